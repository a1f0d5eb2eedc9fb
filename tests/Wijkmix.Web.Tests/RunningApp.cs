using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Wijkmix.Web.Hosting;

namespace Wijkmix.Web.Tests;

/// <summary>
/// The real application on a real Kestrel port and a real SQLite file, loaded with the bundled CBS data.
/// Tests talk to it over HTTP like a browser would (cookies kept, no redirects followed).
/// </summary>
public class RunningApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkmix-web-").FullName;
    private WebApplication? _app;

    protected virtual bool WithDemo => true;

    /// <summary>More command-line settings, e.g. the workspace store's provider.</summary>
    protected virtual IEnumerable<string> Settings => [];

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string StorePath => Path.Combine(_folder, "wijkmix.db");

    /// <summary>The running application's services (for tests that look at its endpoints or store).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The app has not started.");

    public virtual Task InitializeAsync() => StartAsync();

    private async Task StartAsync()
    {
        _app = WijkmixWeb.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Wijkmix:Store", StorePath,
            "--Wijkmix:WithoutDemo", WithDemo ? "false" : "true",
            "--Wijkmix:MaxUploadMegabytes", "1",
            .. Settings,
        ]);
        await _app.StartAsync();
        BaseAddress = new Uri(WijkmixWeb.Urls(_app)[0]);
    }

    /// <summary>Stops the application and starts it again on the same stores (on a new port: make new clients).</summary>
    public async Task RestartAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }

    /// <summary>A client with its own cookie jar, as one browser.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>The anti-forgery token of the first form on <paramref name="path"/> (its cookie lands in the client's jar).</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
    }
}

/// <summary>The application on an empty store: for tests that import their own files.</summary>
public sealed class EmptyApp : RunningApp
{
    protected override bool WithDemo => false;
}

[CollectionDefinition(Name)]
public sealed class WithDemoData : ICollectionFixture<RunningApp>
{
    public const string Name = "web app with bundled data";
}
