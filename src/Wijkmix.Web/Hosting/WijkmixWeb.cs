using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Scalar.AspNetCore;
using Wijkmix.Data.Demo;
using Wijkmix.Data.Store;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Monitor;

namespace Wijkmix.Web.Hosting;

/// <summary>Builds and starts the web application: one store, Dutch by default, secure headers, pages and the JSON API.</summary>
public static class WijkmixWeb
{
    /// <summary>Where the application listens when no --urls or ASPNETCORE_URLS is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Largest upload accepted on the Gegevens page.</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args, Console.Out);
        await app.StartAsync().ConfigureAwait(false);
        foreach (var url in Urls(app))
        {
            Console.WriteLine($"Wijkmix draait op {url}  (stoppen: Ctrl+C)");
        }

        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>The addresses the server listens on, after start (a port of 0 is resolved).</summary>
    public static IReadOnlyList<string> Urls(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }

    /// <summary>
    /// The application on the store named by <c>Wijkmix:Store</c> (or <c>$WIJKMIX_STORE</c>, or the default path);
    /// an empty store gets the bundled CBS data first unless <c>Wijkmix:WithoutDemo</c> is true.
    /// </summary>
    public static WebApplication Build(string[] args, TextWriter? log = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Serves wwwroot from the build output (its manifest points at the project folder), whatever the environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxUploadBytes + (1024 * 1024));
        var storePath = builder.Configuration["Wijkmix:Store"] ?? WijkmixStore.DefaultPath;
        var withoutDemo = builder.Configuration.GetValue<bool>("Wijkmix:WithoutDemo");
        builder.Services.AddSingleton(_ => OpenStore(storePath, withoutDemo, log));
        builder.Services.AddSingleton<MonitorData>();
        builder.Services.AddSingleton<MonitorViews>();
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "wijkmix.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Wijkmix API";
            doc.Info.Description = "Kaart, wijkprofiel, wijkkompas en segregatie op de CBS-cijfers in de opslag. Bron: CBS (CC BY 4.0).";
            return Task.CompletedTask;
        }));
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "image/svg+xml"]);
        });

        var app = builder.Build();
        app.UseExceptionHandler("/fout");
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseMiddleware<SecurityHeaders>();
        app.UseResponseCompression();
        app.UseRequestLocalization(Localization());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapMonitorApi();
        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs", o => o.Title = "Wijkmix API");
        return app;
    }

    /// <summary>Dutch by default; English by the switch in the header (a cookie) or <c>?taal=en</c>.</summary>
    public static RequestLocalizationOptions Localization()
    {
        CultureInfo[] cultures = [new("nl-NL"), new("en-GB")];
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("nl-NL"),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "taal", UIQueryStringKey = "taal" },
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    private static WijkmixStore OpenStore(string path, bool withoutDemo, TextWriter? log)
    {
        var store = WijkmixStore.Open(path);
        if (store.IsEmpty && !withoutDemo)
        {
            log?.WriteLine($"Eerste gebruik: de meegeleverde CBS-gegevens worden in {store.Path} geladen…");
            BundledData.ImportInto(store);
        }

        return store;
    }
}
