using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;
using Wijkmix.Monitor.Resources;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.Goals;

/// <summary>A goal's name and results: read from the monitor for CBS and segregation goals, entered by partners otherwise.</summary>
public static class GoalResults
{
    /// <summary>The indicator's name as the page shows it.</summary>
    public static string NameOf(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return GoalFigures.Find(goal.Source, goal.Indicator)?.Name ?? goal.Indicator;
    }

    /// <summary>Every year's result of the goal, oldest first.</summary>
    /// <param name="complexes">The workspace's complex figures, for goals on a complex-level measure (none without).</param>
    /// <param name="threshold">The workspace's suppression threshold (for an aggregate over complexes).</param>
    public static IReadOnlyList<ResultPoint> Results(MonitorViews views, Goal goal, Complexes.ComplexData? complexes = null, int threshold = 10)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(goal);
        return goal.Source switch
        {
            IndicatorSource.Cbs => GoalFigures.Cbs(views, goal.Indicator, goal.AreaCode),
            IndicatorSource.Segregation => GoalFigures.SegregationSeries(views, goal.Indicator, goal.AreaCode),
            IndicatorSource.Complexes => complexes is null ? [] : Complexes.ComplexGoals.VulnerableLettings(complexes, goal.AreaCode, threshold),
            _ => goal.Results.OrderBy(r => r.Year).ThenBy(r => r.At)
                .GroupBy(r => r.Year).Select(g => g.Last())
                .Select(r => new ResultPoint(r.Year, r.Value, GoalFigures.Text(nameof(GoalText.EnteredBy), r.SourceNote, r.EnteredBy))).ToList(),
        };
    }
}
