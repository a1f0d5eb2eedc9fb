using Wijkmix.Data.Download;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>
/// The Gegevens page's downloads: the CBS and PDOK addresses from <c>Wijkmix:CbsUrl</c>/<c>Wijkmix:PdokUrl</c>
/// (or <c>$WIJKMIX_CBS_URL</c>/<c>$WIJKMIX_PDOK_URL</c>, as on the command line; a mirror, or a local server in the
/// tests), the page cache beside the store, and the one runner of store changes (downloads and uploads).
/// </summary>
internal static class DownloadHosting
{
    public static void AddStoreDownloads(this WebApplicationBuilder builder, string storePath)
    {
        var defaults = new DownloadSettings { CacheDirectory = DownloadSettings.CacheBeside(storePath) };
        var settings = defaults with
        {
            CbsUrl = Address(builder.Configuration["Wijkmix:CbsUrl"] ?? Environment.GetEnvironmentVariable("WIJKMIX_CBS_URL"), defaults.CbsUrl),
            PdokUrl = Address(builder.Configuration["Wijkmix:PdokUrl"] ?? Environment.GetEnvironmentVariable("WIJKMIX_PDOK_URL"), defaults.PdokUrl),
        };
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<StoreJobs>();
    }

    /// <summary>An absolute http(s) address; a wrong setting stops the app at start with the setting named.</summary>
    private static Uri Address(string? text, Uri fallback) =>
        string.IsNullOrWhiteSpace(text) ? fallback
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri
        : throw new InvalidOperationException($"Wijkmix:CbsUrl/PdokUrl: '{text}' is geen http(s)-adres.");
}
