using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>Where a simulation of the page is: waiting in the queue, running, kept, failed or cancelled.</summary>
public enum SimulationJobState
{
    Waiting,
    Running,
    Done,
    Failed,
    Cancelled,
}

/// <summary>One simulation asked for on the page, from the moment it is queued until its outcome is kept (or it ends otherwise).</summary>
public sealed class SimulationJob(string key, SimulationSetup setup, string text, string fileName, int replicates, SimulationForm? form, string owner, DateTimeOffset queuedAt)
    : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private int _done;

    public string Key { get; } = key;

    public SimulationSetup Setup { get; } = setup;

    public string Text { get; } = text;

    public string FileName { get; } = fileName;

    public int Replicates { get; } = replicates;

    public SimulationForm? Form { get; } = form;

    /// <summary>The token of the browser that started it: only that browser may cancel it.</summary>
    public string Owner { get; } = owner;

    /// <summary>The language the notes and summary are written in: the starter's.</summary>
    public string Culture { get; } = CultureInfo.CurrentUICulture.Name;

    public DateTimeOffset QueuedAt { get; } = queuedAt;

    public string Name => Setup.Scenario.Name;

    public string MunicipalityCode => Setup.Figures.Code;

    /// <summary>Replicate-years in the whole run: every variant (the baseline included) × replicates × (burn-in + recorded years).</summary>
    public int Total { get; private set; } = (setup.Scenario.Variants.Count + 1) * replicates * (setup.Scenario.BurnInYears + setup.Scenario.Years);

    /// <summary>Replicate-years simulated so far.</summary>
    public int Done => Volatile.Read(ref _done);

    public SimulationJobState State { get; internal set; } = SimulationJobState.Waiting;

    /// <summary>Why the run failed, in the page's words.</summary>
    public string? Error { get; internal set; }

    public bool IsOver => State is SimulationJobState.Done or SimulationJobState.Failed or SimulationJobState.Cancelled;

    internal CancellationToken Cancellation => _cancel.Token;

    internal void Report(SimulationProgress progress)
    {
        Total = progress.Total;
        Volatile.Write(ref _done, Math.Max(progress.Done, Done));
    }

    internal void Cancel() => _cancel.Cancel();

    /// <summary>Called when an ended job is forgotten.</summary>
    public void Dispose() => _cancel.Dispose();
}

/// <summary>
/// The page's simulations, run off the request thread by a hosted service one at a time (a run keeps every core
/// busy), in the order asked. At most <see cref="Limits.Waiting"/> wait; more are refused. Each finished outcome is
/// kept in <see cref="SimulationResults"/>; the jobs themselves (for their progress pages) live in memory only.
/// </summary>
public sealed partial class SimulationJobs(SimulationResults results, SimulationJobs.Limits limits, ILogger<SimulationJobs> log) : BackgroundService
{
    /// <summary>Default for <c>Wijkmix:SimulationQueue</c>: runs that may wait behind the one running.</summary>
    public const int DefaultWaiting = 4;

    /// <summary>Ended jobs remembered for their progress pages (a kept outcome is found in the store in any case).</summary>
    public const int Remembered = 20;

    private readonly Channel<SimulationJob> _queue = Channel.CreateUnbounded<SimulationJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, SimulationJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many runs may wait.</summary>
    public sealed record Limits(int Waiting);

    public int MaxWaiting => limits.Waiting;

    public SimulationJob? Find(string? key) => key is null ? null : _jobs.GetValueOrDefault(key);

    /// <summary>Runs ahead of <paramref name="job"/>: those waiting before it, and the one running.</summary>
    public int Ahead(SimulationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return _jobs.Values.Count(j => !j.IsOver && j.QueuedAt < job.QueuedAt && j != job);
    }

    /// <summary>
    /// Queues <paramref name="job"/>, or returns the job of the same key already waiting or running; null when the queue
    /// is full (nothing queued).
    /// </summary>
    public SimulationJob? Enqueue(SimulationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (_jobs.TryGetValue(job.Key, out var same) && !same.IsOver)
            {
                return same;
            }

            if (_jobs.Values.Count(j => j.State == SimulationJobState.Waiting) >= limits.Waiting)
            {
                return null;
            }

            _jobs[job.Key] = job;
            same?.Dispose();
            foreach (var old in _jobs.Values.Where(j => j.IsOver).OrderByDescending(j => j.QueuedAt).Skip(Remembered).ToList())
            {
                _jobs.TryRemove(old.Key, out _);
                old.Dispose();
            }

            _queue.Writer.TryWrite(job);
            return job;
        }
    }

    /// <summary>Cancels a waiting or running job; only the browser that started it may (false otherwise, or when it is over).</summary>
    public bool Cancel(SimulationJob job, string? owner)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (owner != job.Owner || job.IsOver)
            {
                return false;
            }

            job.Cancel();
            if (job.State == SimulationJobState.Waiting)
            {
                job.State = SimulationJobState.Cancelled;
            }

            return true;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            lock (_gate)
            {
                if (job.State != SimulationJobState.Waiting)
                {
                    continue;
                }

                job.State = SimulationJobState.Running;
            }

            await RunAsync(job, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(SimulationJob job, CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation, stopping);
        try
        {
            var culture = CultureInfo.GetCultureInfo(job.Culture);
            var outcome = await Task.Run(
                () =>
                {
                    (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
                    return KeptOutcome.Of(job.Setup.Run(job.Replicates, new Inline(job.Report), both.Token));
                },
                both.Token).ConfigureAwait(false);
            var compressed = outcome.Compress();
            if (compressed.Length > results.MaxOutcomeBytes)
            {
                Fail(job, string.Format(CultureInfo.CurrentCulture, Text.ResourceManager.GetString(nameof(Text.SimTooLargeToKeep), culture)!,
                    compressed.Length / (1024 * 1024), results.MaxOutcomeBytes / (1024 * 1024)));
                return;
            }

            await results.SaveAsync(job, outcome, compressed, stopping).ConfigureAwait(false);
            job.State = SimulationJobState.Done;
        }
#pragma warning disable CA1031 // A job must end in a state its page can show, whatever went wrong; the error is logged.
        catch (Exception e)
        {
            if (both.IsCancellationRequested)
            {
                job.State = SimulationJobState.Cancelled;
                return;
            }

            LogFailed(log, job.Key, e);
            Fail(job, e.Message);
        }
#pragma warning restore CA1031
    }

    private static void Fail(SimulationJob job, string why)
    {
        // Written in the starter's language, like the outcome itself.
        job.Error = string.Format(CultureInfo.GetCultureInfo(job.Culture), Text.ResourceManager.GetString(nameof(Text.SimFailed), CultureInfo.GetCultureInfo(job.Culture))!, why);
        job.State = SimulationJobState.Failed;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Simulation {Key} failed")]
    private static partial void LogFailed(ILogger logger, string key, Exception error);

    /// <summary>Progress reported on the simulating thread (Progress&lt;T&gt; would post it elsewhere, out of order).</summary>
    private sealed class Inline(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
