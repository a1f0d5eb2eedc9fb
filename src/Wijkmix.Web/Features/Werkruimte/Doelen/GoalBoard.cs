using Microsoft.EntityFrameworkCore;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;
using Wijkmix.Web.Charts;
using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Goals;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte.Doelen;

/// <summary>Goals versus results of one workspace, shared by the Doelen page and the printable report.</summary>
public static class GoalBoard
{
    /// <summary>The workspace's goals with their results, progress and perception, and its survey figures.</summary>
    public static async Task<(IReadOnlyList<GoalView> Goals, IReadOnlyList<SurveyFigure> Survey)> LoadAsync(WorkspaceDb db, MonitorViews views, Workspace.Model.Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(workspace);
        var goals = await db.Goals.AsNoTracking().Include(g => g.Results).Where(g => g.WorkspaceId == workspace.Id).OrderBy(g => g.Id).ToListAsync().ConfigureAwait(false);
        var survey = await db.SurveyFigures.AsNoTracking().Where(s => s.WorkspaceId == workspace.Id)
            .OrderBy(s => s.Indicator).ThenBy(s => s.AreaCode).ThenBy(s => s.Year).ToListAsync().ConfigureAwait(false);
        var complexes = goals.Any(g => g.Source == IndicatorSource.Complexes)
            ? await ComplexSources.LoadAsync(db, workspace.Id, null, ownDetail: false).ConfigureAwait(false)
            : null;
        return (goals.Select(g => View(views, g, survey, workspace, complexes)).ToList(), survey);
    }

    private static GoalView View(MonitorViews views, Goal goal, List<SurveyFigure> survey, Workspace.Model.Workspace workspace, ComplexData? complexes)
    {
        var workspaceArea = workspace.AreaCode;
        var results = GoalResults.Results(views, goal, complexes, workspace.SuppressionThreshold);
        var latest = results.LastOrDefault(r => r.Value is not null);
        var progress = GoalRules.ProgressOf(goal.Baseline, goal.BaselineYear, goal.Target, goal.TargetYear, latest?.Value, latest?.Year);
        var perception = goal.PerceptionIndicator is { } indicator ? PerceptionOf(survey, indicator, goal.AreaCode, workspaceArea) : [];
        var divergence = perception.Count > 0 && goal.Baseline is { } baseline
            ? GoalRules.Divergence(results.Where(r => r.Value is not null).ToDictionary(r => r.Year, r => r.Value!.Value),
                perception.ToDictionary(p => p.Year, p => p.Value), baseline, goal.Target)
            : null;
        var series = new List<Series>
        {
            new(WorkspaceText.Get("ChartResult"), "gebied", results.Select(r => ((double)r.Year, r.Value)).ToList()),
            new(WorkspaceText.Get("ChartGoal"), "doellijn", goal.BaselineYear is { } y0 && goal.Baseline is { } b ? [(y0, b), (goal.TargetYear, goal.Target)] : [(goal.TargetYear, goal.Target)]),
        };
        var chart = SvgCharts.Lines($"trend-{goal.Id}", WorkspaceText.Format("GoalChart", goal.Title), series, v => GoalFigures.Show(v));
        return new GoalView(goal, GoalResults.NameOf(goal), results, latest, progress, perception, divergence, chart);
    }

    /// <summary>Survey figures for the goal's area, or the workspace's area when the survey has none for the goal's.</summary>
    private static List<(int Year, double Value, string Source)> PerceptionOf(List<SurveyFigure> survey, string indicator, string area, string workspaceArea)
    {
        var matching = survey.Where(s => string.Equals(s.Indicator, indicator, StringComparison.OrdinalIgnoreCase)).ToList();
        var own = matching.Where(s => s.AreaCode == area).ToList();
        return (own.Count > 0 ? own : matching.Where(s => s.AreaCode == workspaceArea)).Select(s => (s.Year, s.Value, s.SourceNote)).ToList();
    }
}
