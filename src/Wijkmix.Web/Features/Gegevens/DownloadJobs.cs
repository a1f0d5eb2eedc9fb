using System.Collections.Concurrent;
using System.Globalization;
using Wijkmix.Data.Download;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;
using Wijkmix.Web.Monitor;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>How far a download of the Gegevens page is, and how it ended.</summary>
public enum DownloadState
{
    Waiting,
    Running,
    Stored,
    Refused,
}

/// <summary>What the progress page shows of one downloaded file (the figures themselves are not kept in memory).</summary>
public sealed record DownloadedFile(string FileName, int Areas, int Variables, IReadOnlyList<int> Years, int Figures, int Suppressed)
{
    public static DownloadedFile Of(ParsedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new(file.FileName, file.Areas.Select(a => a.Code).Distinct().Count(), file.VariableCount, file.Years, file.Observations.Count, file.SuppressedCells);
    }
}

/// <summary>One download started by an administrator on the Gegevens page; read by its progress page while it runs.</summary>
public sealed class DownloadJob(Guid id, DownloadRequest request, string startedBy, DateTimeOffset startedAt)
{
    public Guid Id { get; } = id;

    public DownloadRequest Request { get; } = request;

    public string StartedBy { get; } = startedBy;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DownloadState State { get; internal set; } = DownloadState.Waiting;

    /// <summary>The table or collection being read, with its pages and rows so far.</summary>
    public DownloadProgress? Progress { get; internal set; }

    public IReadOnlyList<DownloadedFile> Files { get; internal set; } = [];

    public IReadOnlyList<StoreResult> Results { get; internal set; } = [];

    public IReadOnlyList<string> Problems { get; internal set; } = [];

    public int PagesFetched { get; internal set; }

    public int PagesFromCache { get; internal set; }

    public bool IsDone => State is DownloadState.Stored or DownloadState.Refused;
}

/// <summary>
/// Runs the Gegevens page's downloads off the request thread, one at a time (they share the cache and write
/// the one store), keeps the latest <see cref="Kept"/> for their progress pages, and stores each through the
/// same single transaction as <c>wijkmix download</c>: all of it or nothing.
/// </summary>
public sealed partial class DownloadJobs(MonitorData data, DownloadSettings settings, TimeProvider clock, ILogger<DownloadJobs> log)
{
    public const int Kept = 20;

    private readonly ConcurrentDictionary<Guid, DownloadJob> _jobs = new();
    private readonly Lock _gate = new();

    // Jobs run one after another: each is chained after the one before (nothing to dispose at shutdown).
    private Task _last = Task.CompletedTask;

    public DownloadSettings Settings => settings;

    public DownloadJob? Find(Guid id) => _jobs.GetValueOrDefault(id);


    /// <summary>Queues the download and returns at once; <paramref name="finished"/> is told the outcome (for the audit log).</summary>
    public DownloadJob Start(DownloadRequest request, string startedBy, Action<DownloadJob> finished)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(finished);
        var job = new DownloadJob(Guid.NewGuid(), request, startedBy, clock.GetUtcNow());
        _jobs[job.Id] = job;
        foreach (var old in _jobs.Values.OrderByDescending(j => j.StartedAt).Skip(Kept).Where(j => j.IsDone))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        lock (_gate)
        {
            _last = _last.ContinueWith(_ => RunAsync(job, finished), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }

        return job;
    }

    private async Task RunAsync(DownloadJob job, Action<DownloadJob> finished)
    {
        try
        {
            job.State = DownloadState.Running;
            using var downloader = new KwbDownloader(settings, clock);
            var result = await downloader.DownloadAsync(job.Request, new Inline(p => job.Progress = p)).ConfigureAwait(false);
            (job.Files, job.PagesFetched, job.PagesFromCache) =
                (result.Files.Where(f => !f.IsMetadata).Select(DownloadedFile.Of).ToList(), result.PagesFetched, result.PagesFromCache);
            if (!result.IsValid)
            {
                job.Problems = result.AllProblems.ToList();
                job.State = DownloadState.Refused;
                return;
            }

            job.Results = data.StoreDownload(result);
            var conflicts = job.Results.Where(r => r.Conflict is not null).Select(r => r.Conflict!.ToString()).ToList();
            job.Problems = conflicts;
            job.State = conflicts.Count == 0 ? DownloadState.Stored : DownloadState.Refused;
        }
#pragma warning disable CA1031 // A background job must end in a state its page can show, whatever went wrong; the error is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(log, job.Id, e);
            job.Problems = [string.Format(CultureInfo.CurrentCulture, Resources.Text.DownloadFailed, e.Message)];
            job.State = DownloadState.Refused;
        }
        finally
        {
            NotifyFinished(job, finished);
        }
    }

    private void NotifyFinished(DownloadJob job, Action<DownloadJob> finished)
    {
#pragma warning disable CA1031 // The audit callback must not take the runner down; its failure is logged.
        try
        {
            finished(job);
        }
        catch (Exception e)
        {
            LogFailed(log, job.Id, e);
        }
#pragma warning restore CA1031
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Download {Id} failed")]
    private static partial void LogFailed(ILogger logger, Guid id, Exception error);

    /// <summary>Progress reported on the downloading thread (Progress&lt;T&gt; would post it elsewhere, out of order).</summary>
    private sealed class Inline(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
