using Wijkmix.Data.Download;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.Answers;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>What an upload did: problems (nothing stored) or what was stored.</summary>
public sealed record UploadOutcome(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ParsedFile> Files, IReadOnlyList<StoreResult> Results)
{
    public bool Stored => Problems.Count == 0 && Results.All(r => r.Status != StoreStatus.Conflict);
}

/// <summary>
/// The application's statistics store: the monitor reads it through <see cref="MonitorData"/> (one gate, a cache per
/// question); uploads and downloads write it through the same gate, and a write that stored something clears the cache.
/// </summary>
public sealed class SharedStore(WijkmixStore store, MonitorData data)
{
    public StoreInfo Info => data.Cached("info", _ => data.Read(_ => store.Info()));

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

        var stored = parsed.Where(p => !p.IsMetadata).ToList();
        return new UploadOutcome([], stored, data.Change(() => store.StoreAll(stored), Changed));
    }

    /// <summary>Stores a clean download in one transaction (all files or none) and forgets every cached answer.</summary>
    public IReadOnlyList<StoreResult> StoreDownload(DownloadResult result) => data.Change(() => KwbDownloader.Store(store, result), Changed);

    private static bool Changed(IReadOnlyList<StoreResult> results) => results.Any(r => r.Status == StoreStatus.Stored);
}
