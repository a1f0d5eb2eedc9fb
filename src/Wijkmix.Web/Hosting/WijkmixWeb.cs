using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Scalar.AspNetCore;
using Wijkmix.Data.Demo;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Features.Gegevens;
using Wijkmix.Web.Features.Kaart;
using Wijkmix.Web.Features.Kompas;
using Wijkmix.Web.Features.Profiel;
using Wijkmix.Web.Features.Segregatie;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Features.Simulatie;
using Wijkmix.Web.Features.Start;
using Wijkmix.Web.Pdf;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Hosting;

/// <summary>Builds and starts the web application: one store, Dutch by default, secure headers, pages and the JSON API.</summary>
public static class WijkmixWeb
{
    /// <summary>Where the application listens when no --urls or ASPNETCORE_URLS is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The setting by which an administrator closes reading: every page and API answer then needs an account.</summary>
    public const string ReadingClosedSetting = "Wijkmix:ReadingClosed";

    /// <summary>Largest upload accepted on the Gegevens page unless <c>Wijkmix:MaxUploadMegabytes</c> says otherwise.</summary>
    public const int DefaultMaxUploadMegabytes = 64;

    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args, Console.Out);
        await app.StartAsync().ConfigureAwait(false);
        foreach (var url in Urls(app))
        {
            Console.WriteLine(string.Format(CultureInfo.CurrentCulture, Text.ConsoleRunning, url));
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
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Pages, views and wwwroot belong to this assembly, also when a test host starts it.
            ApplicationName = typeof(WijkmixWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Keys are kept beside the store on this machine; the warning that they are not encrypted at rest is expected.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        var limits = new UploadLimits(builder.Configuration.GetValue("Wijkmix:MaxUploadMegabytes", DefaultMaxUploadMegabytes));
        builder.Services.AddSingleton(limits);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limits.MaxBytes + (1024 * 1024));
        builder.AddReverseProxySupport();
        var storePath = builder.Configuration["Wijkmix:Store"] ?? WijkmixStore.DefaultPath;
        var withoutDemo = builder.Configuration.GetValue<bool>("Wijkmix:WithoutDemo");
        builder.Services.AddSingleton(_ => OpenStore(storePath, withoutDemo, log));
        builder.Services.AddSingleton(s => new MonitorData(s.GetRequiredService<WijkmixStore>()));
        builder.Services.AddSingleton<SharedStore>();
        builder.Services.AddSingleton<MonitorViews>();
        builder.Services.AddSingleton(BackgroundMap.From(builder.Configuration));
        builder.AddSimulations();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, "keys")));
        // Dutch text (ë, ö, é) is written as is; HTML's own special characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.AddWorkspaces(storePath);
        builder.AddStoreDownloads(storePath);
        builder.AddPdfRendering();
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizeFolder("/Werkruimte");
            // The way in, the error page and the language switch stay open also when reading is closed.
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Shared/Fout");
            o.Conventions.AllowAnonymousToPage("/Shared/Taal");
        });
        // Reading (pages and API) is public unless the installation's administrator closes it; then it needs an account.
        if (builder.Configuration.GetValue<bool>(ReadingClosedSetting))
        {
            builder.Services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o =>
                o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        }

        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "wijkmix.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(Features.Api.ApiDocument.Describe);
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/geo+json", "image/svg+xml"]);
        });

        var app = builder.Build();
        // Open the store now, so a first use loads the bundled data before the address is printed, not during a request.
        app.Services.GetRequiredService<SharedStore>();
        app.MigrateWorkspaces();
        app.UseReverseProxySupport();
        // Pages show a plain Dutch or English page, the API answers with problem details; neither shows a stack trace.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            pages.UseExceptionHandler("/fout");
            pages.UseStatusCodePagesWithReExecute("/fout/{0}");
        });
        app.UseMiddleware<SecurityHeaders>();
        // A body announced above the upload limit is refused before anything reads it; the browser is sent
        // (as a GET, so nothing tries to read the body again) to the page that explains the limit.
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > limits.MaxBytes + (1024 * 1024) && !IsApi(context))
            {
                context.Response.Redirect("/fout/413");
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseResponseCompression();
        app.UseRequestLocalization(Localization());
        app.Use(Features.Shared.LanguageInLinks.KeepOnRedirect);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapStartApi();
        app.MapKaartApi();
        app.MapProfielApi();
        app.MapKompasApi();
        app.MapSegregatieApi();
        app.MapExportApi();
        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs", o => o.Title = Text.ApiTitle);
        return app;
    }

    internal static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Dutch by default; English by the switch in the header (a cookie) or <c>?taal=en</c>.</summary>
    public static RequestLocalizationOptions Localization()
    {
        CultureInfo[] cultures = [new("nl"), new("en")];
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("nl"),
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
            log?.WriteLine(string.Format(CultureInfo.CurrentCulture, Text.ConsoleFirstUse, store.Path));
            BundledData.ImportInto(store);
        }

        return store;
    }
}
