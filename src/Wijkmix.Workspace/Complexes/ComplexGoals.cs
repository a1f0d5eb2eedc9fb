using Wijkmix.Monitor.Goals;

namespace Wijkmix.Workspace.Complexes;

/// <summary>A goal on a complex-level measure, filled year by year from the partners' lettings uploads.</summary>
public static class ComplexGoals
{
    /// <summary>
    /// The share of vulnerable lettings (%) per year, for one complex (<c>BU…:code</c>) or over all complexes in an area,
    /// from published figures only: a year in which one of them has its lettings or regular lettings hidden is left out
    /// (an area's sum of raw figures minus its published complexes would give a hidden one away). An area's year is
    /// given only when its vulnerable and regular lettings each reach <paramref name="threshold"/>.
    /// </summary>
    public static IReadOnlyList<ResultPoint> VulnerableLettings(ComplexData data, string area, int threshold)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(area);
        var years = data.Lettings.SelectMany(b => b.Years).Distinct().Order();
        var points = new List<ResultPoint>();
        foreach (var year in years)
        {
            long vulnerable = 0, all = 0;
            var complete = true;
            foreach (var body in data.Lettings)
            {
                foreach (var unit in body.Units.Where(u => body.Has(u, "verhuringen", year)).Where(u => u == area || (!area.Contains(':', StringComparison.Ordinal) && u.StartsWith("BU", StringComparison.Ordinal) && Core.Areas.AreaCode.Parse(u).Parent is { } b && (b.Value == area || Inside(b.Value, area)))))
                {
                    var (total, regular) = (body.Shown(unit, "verhuringen", year), body.Shown(unit, "regulier", year));
                    complete &= total is not null && regular is not null;
                    all += total ?? 0;
                    vulnerable += (total ?? 0) - (regular ?? 0);
                }
            }

            var guarded = complete && (area.Contains(':', StringComparison.Ordinal) || (vulnerable >= threshold && all - vulnerable >= threshold));
            if (all > 0 && guarded)
            {
                points.Add(new ResultPoint(year, Math.Round(100.0 * vulnerable / all, 1), GoalFigures.Text(nameof(Monitor.Resources.GoalText.FromComplexUploads), vulnerable, all)));
            }
        }

        return points;
    }

    /// <summary>True when buurt <paramref name="buurt"/> lies in wijk or gemeente <paramref name="area"/>.</summary>
    private static bool Inside(string buurt, string area) =>
        Core.Areas.AreaCode.TryParse(area, out var code) && code.Contains(Core.Areas.AreaCode.Parse(buurt));
}
