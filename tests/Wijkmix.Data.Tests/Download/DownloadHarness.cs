using Wijkmix.Core.Areas;
using Wijkmix.Data.Download;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Tests.Download;

/// <summary>A scratch folder with a store and a cache, and a download run against a <see cref="StatServer"/>.</summary>
public sealed class DownloadHarness : IDisposable
{
    public static readonly AreaCode DenHaag = AreaCode.Parse("GM0518");

    private readonly Scratch _scratch = new();

    public DownloadHarness() => Store = _scratch.Store();

    public WijkmixStore Store { get; }

    public string Cache => Path.Combine(_scratch.Directory, "cache");

    /// <summary>Fast retries and no politeness pause, so fault tests take milliseconds, not minutes.</summary>
    public DownloadSettings Settings(StatServer server, bool offline = false) => Settings(server.CbsUrl, server.PdokUrl, offline);

    public DownloadSettings Settings(Uri cbs, Uri pdok, bool offline = false) => new()
    {
        CbsUrl = cbs,
        PdokUrl = pdok,
        CacheDirectory = Cache,
        Offline = offline,
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MinInterval = TimeSpan.Zero,
        AttemptTimeout = TimeSpan.FromSeconds(20),
        PageTimeout = TimeSpan.FromSeconds(60),
    };

    public static DownloadRequest DenHaag2019(AreaLevel level = AreaLevel.Neighbourhood, bool boundaries = false) =>
        new([DenHaag], [2019], level, boundaries);

    /// <summary>Downloads and, when clean, stores; returns the result and what storing did (empty when nothing was stored).</summary>
    public async Task<(DownloadResult Result, IReadOnlyList<StoreResult> Stored)> RunAsync(
        DownloadSettings settings, DownloadRequest request, CancellationToken cancellationToken = default)
    {
        using var downloader = new KwbDownloader(settings);
        var result = await downloader.DownloadAsync(request, cancellationToken: cancellationToken);
        return (result, result.IsValid ? KwbDownloader.Store(Store, result) : []);
    }

    public void Dispose()
    {
        Store.Dispose();
        _scratch.Dispose();
    }
}
