using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Wijkmix.Web.Hosting;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// The real application (bundled CBS data, SQLite file, Kestrel on a free port) and Debian's chromium,
/// driven by Playwright. <c>$WIJKMIX_CHROMIUM</c> overrides the browser; <c>$WIJKMIX_SCREENSHOTS</c>
/// names a folder for page screenshots (scripts/screenshots.sh sets it to docs/screenshots).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkmix-browser-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("WIJKMIX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public string Screenshots { get; } = Environment.GetEnvironmentVariable("WIJKMIX_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install Debian's chromium (.ci/run does) or set WIJKMIX_CHROMIUM.");
        }

        // The work limit is raised so the progress test can start a run long enough to be watched and cancelled
        // before it ends (20 replicates of all of Utrecht's households); the limit itself is tested in Web.Tests.
        _app = WijkmixWeb.Build(["--urls", "http://127.0.0.1:0", "--Wijkmix:Store", Path.Combine(_folder, "wijkmix.db"),
            "--Wijkmix:MaxSimulationWork", "2000000000"]);
        await _app.StartAsync();
        BaseAddress = new Uri(WijkmixWeb.Urls(_app)[0]);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Closed network: no background connections, no sandbox (CI runs as root).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh browser context (own cookies) at a desktop size, with downloads allowed.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Makes the account with <paramref name="email"/> a site administrator (beheerder), as the first account of an installation is.</summary>
    public async Task MakeAdministratorAsync(string email)
    {
        using var scope = _app!.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Wijkmix.Workspace.Storage.WorkspaceDb>();
        db.Users.Single(u => u.Email == email).IsAdministrator = true;
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
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
            // The temp folder is cleaned by the system.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WithBrowser : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser and app";
}
