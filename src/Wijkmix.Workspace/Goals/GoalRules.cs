using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Goals;

/// <summary>Where a goal stands: reached, on track or not on track (or nothing measured yet).</summary>
public enum ProgressStatus
{
    NoResult,
    NotOnTrack,
    OnTrack,
    Reached,
}

/// <summary>A goal's progress: the share of the way from baseline to target covered by the latest result, and its status.</summary>
public sealed record Progress(double? Share, double? TimeShare, ProgressStatus Status)
{
    /// <summary>The status in the member's language (Dutch by default), e.g. "op koers".</summary>
    public string Dutch => WorkspaceText.Get("Progress" + Status);
}

/// <summary>A registered figure moving one way while resident perception moves the other (between two common years).</summary>
public sealed record DivergenceFinding(int FromYear, int ToYear, double RegisteredChange, double PerceptionChange, bool Flagged, string Explanation);

/// <summary>The rules the doelen page applies, written out on the page.</summary>
public static class GoalRules
{
    /// <summary>How far perception must move (in its own unit, e.g. percentage points) to count as moving.</summary>
    public const double PerceptionTolerance = 2.0;

    public static string ProgressRule => WorkspaceText.Get("GoalProgressRule");

    public static string DivergenceRule => WorkspaceText.Get("GoalDivergenceRule");

    /// <summary>The progress of a result <paramref name="latest"/> in <paramref name="latestYear"/> against the goal.</summary>
    public static Progress ProgressOf(double? baseline, int? baselineYear, double target, int targetYear, double? latest, int? latestYear)
    {
        if (latest is not { } value || baseline is not { } start || latestYear is not { } year)
        {
            return new Progress(null, null, ProgressStatus.NoResult);
        }

        double? time = baselineYear is { } y0 && targetYear > y0 ? Math.Clamp((double)(year - y0) / (targetYear - y0), 0, 1) : null;
        if (target.Equals(start))
        {
            var reached = value.Equals(target);
            return new Progress(reached ? 1 : 0, time, reached ? ProgressStatus.Reached : ProgressStatus.NotOnTrack);
        }

        var share = (value - start) / (target - start);
        var status = share >= 1 - 1e-9 ? ProgressStatus.Reached
            : share >= (time ?? 1) - 1e-9 ? ProgressStatus.OnTrack
            : ProgressStatus.NotOnTrack;
        return new Progress(share, time, status);
    }

    /// <summary>
    /// Compares the registered series (towards the goal means towards <paramref name="target"/> from <paramref name="baseline"/>)
    /// with the perception series (higher is better) between their two latest common years; null when they share fewer than two years.
    /// </summary>
    public static DivergenceFinding? Divergence(IReadOnlyDictionary<int, double> registered, IReadOnlyDictionary<int, double> perception, double baseline, double target,
        double tolerance = PerceptionTolerance)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(perception);
        var common = registered.Keys.Intersect(perception.Keys).Order().ToList();
        if (common.Count < 2)
        {
            return null;
        }

        var (from, to) = (common[^2], common[^1]);
        var registeredChange = registered[to] - registered[from];
        var perceptionChange = perception[to] - perception[from];
        var towards = Math.Sign(target - baseline) * registeredChange;
        var flagged = (towards > 0 && perceptionChange < -tolerance) || (towards < 0 && perceptionChange > tolerance);
        var registeredWay = WorkspaceText.Get(towards > 0 ? "RegisteredTowards" : towards < 0 ? "RegisteredAway" : "RegisteredStill");
        var perceptionWay = WorkspaceText.Get(perceptionChange > tolerance ? "PerceptionUp" : perceptionChange < -tolerance ? "PerceptionDown" : "PerceptionWithin");
        var explanation = WorkspaceText.Format(flagged ? "DivergenceFlagged" : "DivergenceNone", from, to, registeredWay, perceptionWay);
        return new DivergenceFinding(from, to, registeredChange, perceptionChange, flagged, explanation);
    }
}
