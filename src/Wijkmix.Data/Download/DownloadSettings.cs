namespace Wijkmix.Data.Download;

/// <summary>Where to download from, where to cache, and how patiently; every member has a sensible default.</summary>
public sealed record DownloadSettings
{
    /// <summary>
    /// CBS OData v3 root. CBS offers the same tables as "Api" and "Feed" ("Handleiding CBS Open Data
    /// Services", CBS 2014, section "Api en Feed"). <c>ODataApi</c> answers a query of more than 10,000 rows
    /// with 500 "query returns more than 10000 records" (a user's report); published examples page the feed
    /// (<c>ODataFeed/…?$skip=10000</c>, gist "API request OData CBS"). We follow <c>odata.nextLink</c>
    /// whichever root is given, so both work for one gemeente; <c>--all</c> needs the feed.
    /// </summary>
    public Uri CbsUrl { get; init; } = new("https://opendata.cbs.nl/ODataFeed/odata/");

    /// <summary>PDOK root; the year's API is <c>{root}wijken-en-buurten-{year}/ogc/v1/</c> (pdok.nl, "CBS Wijken en Buurten (OGC API Features)").</summary>
    public Uri PdokUrl { get; init; } = new("https://api.pdok.nl/cbs/");

    /// <summary>Raw responses, one file per URL.</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>Use only the cache; a page that is not there is a problem, never a request.</summary>
    public bool Offline { get; init; }

    /// <summary>Retries after the first attempt on 408/429/5xx, a reset connection or a timeout.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first back-off; doubled on every retry (with jitter) unless the server sends Retry-After.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>One attempt may take this long before it is retried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>One page, all retries included, may take this long.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Politeness: at least this long between the starts of two requests to the servers.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Features per PDOK page; PDOK serves at most 1,000 per request (pdok.nl, "FAQ OGC API").</summary>
    public int PdokPageSize { get; init; } = 1000;

    /// <summary>The cache folder beside a store file: <c>~/.local/share/wijkmix/cache</c> for the default store.</summary>
    public static string CacheBeside(string storePath) =>
        Environment.GetEnvironmentVariable("WIJKMIX_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath)) ?? ".", "cache");
}
