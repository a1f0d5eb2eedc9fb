using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Web.Features.Werkruimte.Doelen;

/// <summary>One indicator of the goal form and the years the store has a figure for it.</summary>
/// <param name="Value">The form's value of the indicator (<c>cbs:…</c>), or the start every value of a segregation grouping shares (<c>segregatie:D:origin:</c>).</param>
public sealed record GoalYearsRow(string Value, string Name, IReadOnlyList<int> Years)
{
    public string Shown => Years.Count == 0 ? string.Empty : string.Join(", ", Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>
/// The years with data the goal form shows beside its years, so a baseline year is chosen that has a figure: per CBS
/// indicator the years with a published (or estimated) figure for the form's area, per segregation grouping the years
/// with buurt counts in the gemeente. Complex-level and own indicators take their years from the partners' deliveries
/// and entries, which the form cannot know in advance.
/// </summary>
public static class GoalYears
{
    public static IReadOnlyList<GoalYearsRow> For(MonitorViews views, string area, string municipality)
    {
        ArgumentNullException.ThrowIfNull(views);
        var rows = new List<GoalYearsRow>();
        if (AreaCode.TryParse(area, out var code) && views.Profile(code, null) is { } view)
        {
            foreach (var choice in GoalFigures.CbsChoices)
            {
                var trend = view.Trends.FirstOrDefault(t => t.Indicator.Id == choice.Key);
                var years = trend?.Points.Where(p => p.Area.HasValue).Select(p => p.Year).Distinct().Order().ToList() ?? [];
                rows.Add(new GoalYearsRow("cbs:" + choice.Key, choice.Name, years));
            }
        }

        if (AreaCode.TryParse(municipality, out var gm) && gm.Level == AreaLevel.Municipality)
        {
            // One row per grouping: every group of a grouping (and the multigroup D) has the years of its counts.
            foreach (var grouping in Grouping.All)
            {
                var years = views.SegregationYears(gm, AreaLevel.Neighbourhood, grouping).Order().ToList();
                rows.Add(new GoalYearsRow($"segregatie:D:{grouping.Id}:", GoalFigures.Text(nameof(Monitor.Resources.GoalText.SegregationAllChoice), grouping.Name), years));
            }
        }

        return rows;
    }

    /// <summary>The row of the form's indicator: its CBS row, or its grouping's row for a segregation indicator; null for others.</summary>
    public static GoalYearsRow? Of(IReadOnlyList<GoalYearsRow> rows, string? indicator)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return indicator is null ? null
            : rows.FirstOrDefault(r => r.Value == indicator || (r.Value.EndsWith(':') && indicator.StartsWith(r.Value, StringComparison.Ordinal)));
    }
}
