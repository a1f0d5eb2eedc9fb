using System.Collections.Concurrent;
using System.Globalization;
using Wijkmix.Data.Download;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>How far a change of the shared store (a download or an upload) is, and how it ended.</summary>
public enum StoreJobState
{
    Waiting,
    Running,
    Stored,
    Refused,
}

/// <summary>What the progress page shows of one file read (the figures themselves are not kept in memory).</summary>
public sealed record StoredFile(string FileName, int Areas, int Variables, IReadOnlyList<int> Years, int Figures, int Suppressed)
{
    public static StoredFile Of(ParsedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.FileName, file.Areas.Select(a => a.Code).Distinct().Count(), file.VariableCount, file.Years, file.Observations.Count, file.SuppressedCells);
    }
}

/// <summary>
/// One change of the shared store started by an administrator on the Gegevens page, a download from CBS and
/// PDOK (<see cref="Download"/>) or uploaded files (<see cref="Uploaded"/>); read by its progress page while it runs.
/// </summary>
public sealed class StoreJob(Guid id, string startedBy, DateTimeOffset startedAt)
{
    public Guid Id { get; } = id;

    public string StartedBy { get; } = startedBy;

    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>What is fetched, for a download; null for an upload.</summary>
    public DownloadRequest? Download { get; init; }

    /// <summary>The names of the uploaded files, for an upload.</summary>
    public IReadOnlyList<string> Uploaded { get; init; } = [];

    public StoreJobState State { get; internal set; } = StoreJobState.Waiting;

    /// <summary>The table or collection being downloaded, with its pages and rows so far.</summary>
    public DownloadProgress? Progress { get; internal set; }

    public IReadOnlyList<StoredFile> Files { get; internal set; } = [];

    /// <summary>Why nothing was stored: file, line, field and message.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; internal set; } = [];

    public int PagesFetched { get; internal set; }

    public int PagesFromCache { get; internal set; }

    /// <summary>Ended, its clean-up done and its outcome audited (so a page that sees it done also finds it in the log).</summary>
    public bool IsDone { get; internal set; }
}

/// <summary>
/// Runs the Gegevens page's changes of the shared store (downloads and uploads) off the request thread, one at a
/// time (they write the one store and share the download cache), keeps the latest <see cref="Kept"/> for their
/// progress pages, and stores each through one transaction like <c>wijkmix download</c> and <c>wijkmix import</c>:
/// all of it or nothing.
/// </summary>
public sealed partial class StoreJobs(SharedStore data, DownloadSettings settings, TimeProvider clock, ILogger<StoreJobs> log)
{
    public const int Kept = 20;

    private readonly ConcurrentDictionary<Guid, StoreJob> _jobs = new();
    private readonly Lock _gate = new();

    // Jobs run one after another: each is chained after the one before (nothing to dispose at shutdown).
    private Task _last = Task.CompletedTask;

    public DownloadSettings Settings => settings;

    public StoreJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>Queues the download and returns at once; <paramref name="finished"/> is told the outcome (for the audit log).</summary>
    public StoreJob StartDownload(DownloadRequest request, string startedBy, Action<StoreJob> finished)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Enqueue(new StoreJob(Guid.NewGuid(), startedBy, clock.GetUtcNow()) { Download = request }, DownloadAsync, finished, cleanup: null);
    }

    /// <summary>
    /// Queues the import of files saved in <paramref name="folder"/> (deleted when the job ends, whatever happens)
    /// and returns at once; <paramref name="finished"/> is told the outcome.
    /// </summary>
    public StoreJob StartUpload(DirectoryInfo folder, IReadOnlyList<(string Path, string Name)> files, string startedBy, Action<StoreJob> finished)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(files);
        var job = new StoreJob(Guid.NewGuid(), startedBy, clock.GetUtcNow()) { Uploaded = files.Select(f => f.Name).ToList() };
        return Enqueue(job, j => Import(j, files), finished, () => folder.Delete(recursive: true));
    }

    private StoreJob Enqueue(StoreJob job, Func<StoreJob, Task> work, Action<StoreJob> finished, Action? cleanup)
    {
        ArgumentNullException.ThrowIfNull(finished);
        _jobs[job.Id] = job;
        foreach (var old in _jobs.Values.OrderByDescending(j => j.StartedAt).Skip(Kept).Where(j => j.IsDone))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        lock (_gate)
        {
            _last = _last.ContinueWith(_ => RunAsync(job, work, finished, cleanup), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }

        return job;
    }

    private async Task RunAsync(StoreJob job, Func<StoreJob, Task> work, Action<StoreJob> finished, Action? cleanup)
    {
        try
        {
            job.State = StoreJobState.Running;
            await work(job).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A background job must end in a state its page can show, whatever went wrong; the error is logged.
        catch (Exception e)
        {
            LogFailed(log, job.Id, e);
            job.Problems = [new ImportProblem("–", null, null,
                string.Format(CultureInfo.CurrentCulture, job.Download is null ? Text.UploadFailed : Text.DownloadFailed, e.Message))];
            job.State = StoreJobState.Refused;
        }
        finally
        {
            Guarded(job, () => cleanup?.Invoke());
            Guarded(job, () => finished(job));
            job.IsDone = true;
        }
#pragma warning restore CA1031
    }

    private async Task DownloadAsync(StoreJob job)
    {
        using var downloader = new KwbDownloader(settings, clock);
        var result = await downloader.DownloadAsync(job.Download!, new Inline(p => job.Progress = p)).ConfigureAwait(false);
        var files = result.Files.Where(f => !f.IsMetadata).ToList();
        (job.Files, job.PagesFetched, job.PagesFromCache) = (files.Select(StoredFile.Of).ToList(), result.PagesFetched, result.PagesFromCache);
        if (!result.IsValid)
        {
            Finish(job, [.. result.Problems.Select(p => new ImportProblem("–", null, null, p)), .. result.Files.SelectMany(f => f.Problems)], []);
            return;
        }

        Finish(job, [], data.StoreDownload(result));
    }

    private Task Import(StoreJob job, IReadOnlyList<(string Path, string Name)> files)
    {
        var outcome = data.Import(files);
        job.Files = outcome.Files.Where(f => !f.IsMetadata).Select(StoredFile.Of).ToList();
        Finish(job, outcome.Problems, outcome.Results);
        return Task.CompletedTask;
    }

    /// <summary>Stored when there is no problem and no result contradicts the figures already stored (then nothing was stored).</summary>
    private static void Finish(StoreJob job, IReadOnlyList<ImportProblem> problems, IReadOnlyList<StoreResult> results)
    {
        var conflicts = job.Files.Select(f => f.FileName).Zip(results)
            .Where(r => r.Second.Conflict is not null)
            .Select(r => new ImportProblem(r.First, null, null, string.Format(CultureInfo.CurrentCulture, Text.UploadConflict, r.Second.Conflict)));
        job.Problems = [.. problems, .. conflicts];
        job.State = job.Problems.Count == 0 ? StoreJobState.Stored : StoreJobState.Refused;
    }

    /// <summary>Clean-up and the audit callback must not take the runner down; a failure is logged.</summary>
    private void Guarded(StoreJob job, Action action)
    {
#pragma warning disable CA1031
        try
        {
            action();
        }
        catch (Exception e)
        {
            LogFailed(log, job.Id, e);
        }
#pragma warning restore CA1031
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Store job {Id} failed")]
    private static partial void LogFailed(ILogger logger, Guid id, Exception error);

    /// <summary>Progress reported on the downloading thread (Progress&lt;T&gt; would post it elsewhere, out of order).</summary>
    private sealed class Inline(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
