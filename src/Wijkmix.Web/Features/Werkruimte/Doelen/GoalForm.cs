using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;
using Wijkmix.Workspace.Goals;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte.Doelen;

/// <summary>The goal form as posted (texts, so a refused form comes back exactly as typed).</summary>
public sealed class GoalForm
{
    public string? Titel { get; set; }

    /// <summary>"cbs:{id}", "segregatie:{key}" or "eigen".</summary>
    public string? Indicator { get; set; }

    public string? EigenIndicator { get; set; }

    public string? Gebied { get; set; }

    public string? Nulmeting { get; set; }

    public string? Nulmetingsjaar { get; set; }

    public string? Streefwaarde { get; set; }

    public string? Doeljaar { get; set; }

    public string? Beleving { get; set; }

    public int Versie { get; set; }

    public static GoalForm From(Goal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        return new()
        {
            Titel = goal.Title,
            Indicator = ChoiceValue(goal.Source, goal.Indicator),
            EigenIndicator = goal.Source == IndicatorSource.Custom ? goal.Indicator : null,
            Gebied = goal.AreaCode,
            Nulmeting = goal.Baseline?.ToString(CultureInfo.GetCultureInfo("nl-NL")),
            Nulmetingsjaar = goal.BaselineYear?.ToString(CultureInfo.InvariantCulture),
            Streefwaarde = goal.Target.ToString(CultureInfo.GetCultureInfo("nl-NL")),
            Doeljaar = goal.TargetYear.ToString(CultureInfo.InvariantCulture),
            Beleving = goal.PerceptionIndicator,
            Versie = goal.Version,
        };
    }

    public static string ChoiceValue(IndicatorSource source, string key) => source switch
    {
        IndicatorSource.Cbs => "cbs:" + key,
        IndicatorSource.Segregation => "segregatie:" + key,
        IndicatorSource.Complexes => "complexen:" + key,
        _ => "eigen",
    };

    /// <summary>Checks the form and writes it onto <paramref name="goal"/>; returns the problems (each naming its field), empty when valid.</summary>
    public List<string> ApplyTo(Goal goal, Workspace.Model.Workspace workspace, MonitorViews views)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(views);
        var problems = new List<string>();
        var title = (Titel ?? string.Empty).Trim();
        if (title.Length is 0 or > 200)
        {
            problems.Add(WorkspaceText.Format("GoalTitle", 200));
        }

        var choice = (Indicator ?? string.Empty).Trim();
        var colon = choice.IndexOf(':', StringComparison.Ordinal);
        var (kind, key) = colon < 0 ? (choice, string.Empty) : (choice[..colon], choice[(colon + 1)..]);
        IndicatorSource source;
        string indicator;
        switch (kind)
        {
            case "cbs" when GoalFigures.Find(IndicatorSource.Cbs, key) is not null:
                (source, indicator) = (IndicatorSource.Cbs, key);
                break;
            case "segregatie" when GoalFigures.Find(IndicatorSource.Segregation, key) is not null:
                (source, indicator) = (IndicatorSource.Segregation, key);
                break;
            case "complexen" when GoalFigures.Find(IndicatorSource.Complexes, key) is not null:
                (source, indicator) = (IndicatorSource.Complexes, key);
                break;
            case "eigen" when (EigenIndicator ?? string.Empty).Trim() is { Length: > 0 and <= 200 } own:
                (source, indicator) = (IndicatorSource.Custom, own);
                break;
            case "eigen":
                problems.Add(WorkspaceText.Format("GoalOwnIndicator", 200));
                (source, indicator) = (IndicatorSource.Custom, string.Empty);
                break;
            default:
                problems.Add(WorkspaceText.Format("GoalIndicator", choice));
                (source, indicator) = (IndicatorSource.Custom, string.Empty);
                break;
        }

        // A segregation index is measured over the buurten of the whole gemeente.
        var areaText = source == IndicatorSource.Segregation ? workspace.MunicipalityCode : (Gebied ?? string.Empty).Trim().ToUpperInvariant();
        // A complex-level goal may be measured on one complex (BU…:code) in the gemeente, or on an area.
        if (!AreaCode.TryParse(areaText, out var area) || (views.Data.Find(area.Level == AreaLevel.Unit ? area.Parent!.Value : area) is null)
            || (area.Level == AreaLevel.Unit && source != IndicatorSource.Complexes))
        {
            problems.Add(WorkspaceText.Format("GoalArea", Gebied));
        }
        else if ((area.Level == AreaLevel.Municipality ? area : area.Municipality)?.Value != workspace.MunicipalityCode)
        {
            problems.Add(WorkspaceText.Format("GoalAreaOutside", area.Value, workspace.MunicipalityCode));
        }

        var baselineYear = GoalInput.Year(Nulmetingsjaar, WorkspaceText.Get("FieldBaselineYear"), problems);
        var targetYear = GoalInput.Year(Doeljaar, WorkspaceText.Get("FieldTargetYear"), problems);
        if (baselineYear is { } y0 && targetYear is { } y1 && y1 <= y0)
        {
            problems.Add(WorkspaceText.Format("GoalTargetYear", y1, y0));
        }

        var target = GoalInput.Number(Streefwaarde, WorkspaceText.Get("FieldTarget"), problems, required: true);
        var baseline = GoalInput.Number(Nulmeting, WorkspaceText.Get("FieldBaseline"), problems, required: source is IndicatorSource.Custom or IndicatorSource.Complexes);
        var perception = (Beleving ?? string.Empty).Trim();
        if (perception.Length > 100)
        {
            problems.Add(WorkspaceText.Format("GoalPerception", 100));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        goal.Title = title;
        goal.Source = source;
        goal.Indicator = indicator;
        goal.AreaCode = area.Value;
        goal.BaselineYear = baselineYear;
        goal.Target = target!.Value;
        goal.TargetYear = targetYear!.Value;
        goal.PerceptionIndicator = perception.Length == 0 ? null : perception;
        if (baseline is null)
        {
            // Left empty: the figure of the baseline year, when the store has one (never imputed).
            var point = GoalResults.Results(views, goal).FirstOrDefault(p => p.Year == baselineYear);
            if (point?.Value is not { } figure)
            {
                problems.Add(WorkspaceText.Format("GoalBaselineMissing", baselineYear, point?.Missing ?? WorkspaceText.Get("GoalYearNotInData")));
                return problems;
            }

            baseline = figure;
        }

        goal.Baseline = baseline;
        return problems;
    }
}
