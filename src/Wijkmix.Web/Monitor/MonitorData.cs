using System.Collections.Concurrent;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Download;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;

namespace Wijkmix.Web.Monitor;

/// <summary>What an upload did: problems (nothing stored) or what was stored.</summary>
public sealed record UploadOutcome(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ParsedFile> Files, IReadOnlyList<StoreResult> Results)
{
    public bool Stored => Problems.Count == 0 && Results.All(r => r.Status != StoreStatus.Conflict);
}

/// <summary>
/// The one store of the application. SQLite connections are not thread-safe, so every read goes
/// through one gate; results are cached per question because the figures change only on import,
/// which clears the cache.
/// </summary>
public sealed class MonitorData(WijkmixStore store) : IDisposable
{
    private readonly Lock _gate = new();
    private ConcurrentDictionary<string, Lazy<object>> _cache = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="read"/> alone on the store.</summary>
    public T Read<T>(Func<WijkmixStore, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read(store);
        }
    }

    /// <summary>The answer to <paramref name="key"/>, computed once per state of the store.</summary>
    public T Cached<T>(string key, Func<WijkmixStore, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        var cache = _cache;
        return (T)cache.GetOrAdd(key, _ => new Lazy<object>(() => Read(compute))).Value;
    }

    public IReadOnlyList<Area> Areas => Cached("areas", s => s.AllAreas());

    public IReadOnlyList<Area> Municipalities =>
        Cached("municipalities", _ => Areas.Where(a => a.Level == AreaLevel.Municipality).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).ToList());

    public Area? Find(AreaCode code) => Areas.FirstOrDefault(a => a.Code == code);

    public IReadOnlyList<Area> Within(AreaCode parent, AreaLevel level) =>
        Cached($"within|{parent.Value}|{level}", s => s.AreasWithin(parent, level).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).ToList());

    public StoreInfo Info => Cached("info", s => s.Info());

    /// <summary>Areas with a stored boundary (in any year).</summary>
    public IReadOnlySet<AreaCode> WithBoundary => Cached("boundaries", s => s.CodesWithGeometry(Areas.Select(a => a.Code).ToArray()));

    /// <summary>Gemeenten that have figures per buurt.</summary>
    public IReadOnlySet<AreaCode> WithNeighbourhoods => Cached("detailed", _ => Areas
        .Where(a => a.Level == AreaLevel.Neighbourhood).Select(a => a.Code.Municipality).OfType<AreaCode>().ToHashSet());

    /// <summary>
    /// Reads uploaded files with the command line's importers and stores them in one transaction,
    /// only when every file is valid and none conflicts with stored figures.
    /// </summary>
    public UploadOutcome Import(IReadOnlyList<(string Path, string Name)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var parsed = files.Select(f => Importer.Read(f.Path, new ImportOptions { DisplayName = f.Name })).ToList();
        var problems = parsed.SelectMany(p => p.Problems).ToList();
        if (problems.Count > 0)
        {
            return new UploadOutcome(problems, parsed, []);
        }

        var data = parsed.Where(p => !p.IsMetadata).ToList();
        var results = Forget(Read(s => s.StoreAll(data)));
        return new UploadOutcome([], data, results);
    }

    /// <summary>Stores a clean download in one transaction (all files or none) and forgets every cached answer.</summary>
    public IReadOnlyList<StoreResult> StoreDownload(DownloadResult result) => Forget(Read(s => KwbDownloader.Store(s, result)));

    /// <summary>
    /// Forgets every cached answer when the store changed; a file stored before, or a refused one, leaves the
    /// answers as they are (every reader would otherwise compute them all again for nothing).
    /// </summary>
    private IReadOnlyList<StoreResult> Forget(IReadOnlyList<StoreResult> results)
    {
        if (results.Any(r => r.Status == StoreStatus.Stored))
        {
            _cache = new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal);
        }

        return results;
    }

    public void Dispose() => store.Dispose();
}
