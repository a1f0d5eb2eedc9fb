using System.Text;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Download.Internal;
using Wijkmix.Data.Import;
using Wijkmix.Data.Resources;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Download;

/// <summary>What to download: gemeenten (none = all of the Netherlands), years, the deepest level, and whether boundaries too.</summary>
public sealed record DownloadRequest(IReadOnlyList<AreaCode> Municipalities, IReadOnlyList<int> Years, AreaLevel Level = AreaLevel.Neighbourhood, bool Boundaries = false);

/// <summary>Progress of one table or collection: pages and rows so far.</summary>
public sealed record DownloadProgress(string Item, int Pages, int Rows);

/// <summary>Everything downloaded, read by the importer but not stored, with every problem; valid only when both are clean.</summary>
public sealed record DownloadResult(IReadOnlyList<ParsedFile> Files, IReadOnlyList<string> Problems, int PagesFetched, int PagesFromCache)
{
    public bool IsValid => Problems.Count == 0 && Files.All(f => f.IsValid);

    public IEnumerable<string> AllProblems => Problems.Concat(Files.SelectMany(f => f.Problems.Select(p => p.ToString())));
}

/// <summary>
/// <c>wijkmix download</c> without the console: fetches KWB figures from CBS OData and boundaries from
/// PDOK (pages cached on disk), turns them into the files the <see cref="Importer"/> reads, and reads
/// them. Nothing is stored here; <see cref="Store"/> stores a clean result in one transaction.
/// </summary>
public sealed class KwbDownloader : IDisposable
{
    private readonly DownloadSettings _settings;
    private readonly HttpClient _http;

    /// <param name="handler">The innermost handler (tests, proxies); the resilience and politeness handlers go around it.</param>
    public KwbDownloader(DownloadSettings settings, TimeProvider? time = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _http = DownloadHttp.Create(settings, time ?? TimeProvider.System, handler);
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Downloads and reads everything asked for; stops at the first failure, which becomes the one problem.</summary>
    public async Task<DownloadResult> DownloadAsync(DownloadRequest request, IProgress<DownloadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unknown = request.Years.Where(y => KwbTables.TableOf(y) is null).ToList();
        if (unknown.Count > 0)
        {
            return new DownloadResult([], [string.Format(Messages.Culture, Messages.DlUnknownYear,
                string.Join(", ", unknown), $"{KwbTables.Years.Min()}–{KwbTables.Years.Max()}")], 0, 0);
        }

        var cache = new ResponseCache(_settings.CacheDirectory);
        var pages = new PageFetcher(_http, cache, _settings.Offline);
        var cbs = new CbsOData(pages, WithSlash(_settings.CbsUrl));
        var pdok = new PdokFeatures(pages, WithSlash(_settings.PdokUrl), _settings.PdokPageSize);
        var staging = Path.Combine(_settings.CacheDirectory, "staging-" + Guid.NewGuid().ToString("N")[..12]);
        var files = new List<ParsedFile>();
        IReadOnlyList<AreaCode?> municipalities = request.Municipalities.Count == 0 ? [null] : request.Municipalities.Select(m => (AreaCode?)m).ToList();
        try
        {
            foreach (var year in request.Years.Distinct().Order())
            {
                var table = KwbTables.TableOf(year)!;
                foreach (var municipality in municipalities)
                {
                    var where = municipality?.Value ?? "NL";
                    var item = $"{table} ({year}) {where}";
                    var figures = await cbs.DownloadAsync(year, table, municipality, request.Level,
                        (p, r) => progress?.Report(new DownloadProgress(item, p, r)), cancellationToken).ConfigureAwait(false);
                    files.Add(Importer.Read(Stage(() => WriteTable(staging, figures, where)),
                        new ImportOptions { Year = year, Format = ImportFormat.ODataJson, Dataset = "kwb", DisplayName = $"CBS {table} {where}" }));

                    if (!request.Boundaries)
                    {
                        continue;
                    }

                    // The boundaries of the level asked for (one PDOK collection): a map shows one level at a time.
                    var label = $"PDOK {PdokFeatures.CollectionOf(request.Level)} {year} {where}";
                    var boundaries = await pdok.DownloadAsync(year, municipality, request.Level,
                        (p, r) => progress?.Report(new DownloadProgress(label, p, r)), cancellationToken).ConfigureAwait(false);
                    files.Add(Importer.Read(Stage(() => WriteBoundaries(staging, boundaries, where)),
                        new ImportOptions { Year = year, Format = ImportFormat.GeoJson, DisplayName = label }));
                }
            }

            return new DownloadResult(files, [], pages.Fetched, pages.FromCache);
        }
        catch (DownloadFailedException e)
        {
            return new DownloadResult(files, [e.Message], pages.Fetched, pages.FromCache);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // JSON that parses but is shaped otherwise than documented (a string where an object belongs).
            return new DownloadResult(files, [string.Format(Messages.Culture, Messages.DlUnexpectedShape, e.Message)], pages.Fetched, pages.FromCache);
        }
        finally
        {
            TryDelete(staging);
        }
    }

    /// <summary>Stores a clean download in one transaction (all files or none); refuses one with problems.</summary>
    public static IReadOnlyList<StoreResult> Store(WijkmixStore store, DownloadResult result, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(result);
        return result.IsValid
            ? store.StoreAll(result.Files.Where(f => !f.IsMetadata).ToList(), replace)
            : throw new ArgumentException("Only a download without problems can be stored.", nameof(result));
    }

    /// <summary>Writes a staging file; a full disk or missing rights become the cache message.</summary>
    private string Stage(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PageFetcher.Fail(Messages.DlCacheWrite, _settings.CacheDirectory, e.Message);
        }
    }

    /// <summary>The OData JSON file with DataProperties.json and TableInfos.json beside it, as the importer expects.</summary>
    private static string WriteTable(string staging, CbsTableDownload download, string where)
    {
        var directory = Path.Combine(staging, $"{download.Table}-{where}");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "DataProperties.json"), download.DataProperties, Utf8);
        File.WriteAllText(Path.Combine(directory, "TableInfos.json"), download.TableInfos, Utf8);
        var path = Path.Combine(directory, $"kwb{download.Year}_{download.Table}_{where}.json");
        WriteArray(path, "{\"value\":["u8, download.Records, "]}"u8);
        return path;
    }

    private static string WriteBoundaries(string staging, BoundaryDownload download, string where)
    {
        Directory.CreateDirectory(staging);
        var path = Path.Combine(staging, $"{download.Collection}_{download.Year}_{where}.geojson");
        WriteArray(path, "{\"type\":\"FeatureCollection\",\"features\":["u8, download.Features.Select(Utf8.GetBytes).ToList(), "]}"u8);
        return path;
    }

    private static void WriteArray(string path, ReadOnlySpan<byte> head, IReadOnlyList<byte[]> items, ReadOnlySpan<byte> tail)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(head);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                stream.WriteByte((byte)',');
            }

            stream.Write(items[i]);
        }

        stream.Write(tail);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A staging folder left behind holds only copies of cached pages.
        }
    }
}
