using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;
using Wijkmix.Workspace.Goals;
using Wijkmix.Workspace.Model;

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
            problems.Add("Veld 'Titel': vul een titel in van 1 tot 200 tekens.");
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
            case "eigen" when (EigenIndicator ?? string.Empty).Trim() is { Length: > 0 and <= 200 } own:
                (source, indicator) = (IndicatorSource.Custom, own);
                break;
            case "eigen":
                problems.Add("Veld 'Eigen indicator': geef de eigen indicator een naam van 1 tot 200 tekens.");
                (source, indicator) = (IndicatorSource.Custom, string.Empty);
                break;
            default:
                problems.Add($"Veld 'Indicator': '{choice}' is geen bekende indicator; kies een CBS-indicator, een segregatie-index of een eigen indicator.");
                (source, indicator) = (IndicatorSource.Custom, string.Empty);
                break;
        }

        // A segregation index is measured over the buurten of the whole gemeente.
        var areaText = source == IndicatorSource.Segregation ? workspace.MunicipalityCode : (Gebied ?? string.Empty).Trim().ToUpperInvariant();
        if (!AreaCode.TryParse(areaText, out var area) || views.Data.Find(area) is null)
        {
            problems.Add($"Veld 'Gebied': '{Gebied}' is geen bekende CBS-gebiedscode.");
        }
        else if ((area.Level == AreaLevel.Municipality ? area : area.Municipality)?.Value != workspace.MunicipalityCode)
        {
            problems.Add($"Veld 'Gebied': {area.Value} ligt niet in de gemeente van de werkruimte ({workspace.MunicipalityCode}).");
        }

        var baselineYear = Year(Nulmetingsjaar, "Nulmetingsjaar", problems);
        var targetYear = Year(Doeljaar, "Doeljaar", problems);
        if (baselineYear is { } y0 && targetYear is { } y1 && y1 <= y0)
        {
            problems.Add($"Veld 'Doeljaar': het doeljaar ({y1}) moet na het nulmetingsjaar ({y0}) liggen.");
        }

        var target = Number(Streefwaarde, "Streefwaarde", problems, required: true);
        var baseline = Number(Nulmeting, "Nulmeting", problems, required: source == IndicatorSource.Custom);
        var perception = (Beleving ?? string.Empty).Trim();
        if (perception.Length > 100)
        {
            problems.Add("Veld 'Belevingsindicator': hoogstens 100 tekens.");
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
                problems.Add($"Veld 'Nulmeting': voor {baselineYear} is er geen cijfer ({point?.Missing ?? "het jaar zit niet in de gegevens"}); vul de nulmeting zelf in of kies een ander nulmetingsjaar.");
                return problems;
            }

            baseline = figure;
        }

        goal.Baseline = baseline;
        return problems;
    }

    private static int? Year(string? text, string field, List<string> problems)
    {
        if (int.TryParse((text ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
        {
            return year;
        }

        problems.Add($"Veld '{field}': '{text}' is geen jaartal tussen 1990 en 2100.");
        return null;
    }

    /// <summary>A number with a decimal comma or point.</summary>
    public static double? Number(string? text, string field, List<string> problems, bool required)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0)
        {
            if (required)
            {
                problems.Add($"Veld '{field}': vul een getal in.");
            }

            return null;
        }

        if (t.Count(c => c is ',' or '.') <= 1 && double.TryParse(t.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        problems.Add($"Veld '{field}': '{t}' is geen getal (gebruik bijvoorbeeld 24,5).");
        return null;
    }
}
