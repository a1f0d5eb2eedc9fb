using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Compare;

/// <summary>One indicator for every compared area in the chosen year, and per year for the trend.</summary>
/// <param name="Figures">Per area (in the order of <see cref="Comparison.Areas"/>) its figure in the chosen year.</param>
/// <param name="ByYear">Per year with any figure, per area its figure (unavailable where the area has none that year).</param>
public sealed record ComparisonRow(Indicator Indicator, IReadOnlyList<Figure> Figures, IReadOnlyList<(int Year, IReadOnlyList<Figure> Figures)> ByYear)
{
    /// <summary>True when at least two areas have a value in the chosen year (a comparison to read).</summary>
    public bool Compares => Figures.Count(f => f.HasValue) >= 2;
}

/// <summary>
/// Two to six areas of any level and any gemeente side by side: every indicator in one year, and its course over the
/// years. Each area's figures are its factsheet's (<see cref="ProfileView"/>), so the page shows what the profiles show.
/// </summary>
public sealed record Comparison(IReadOnlyList<Area> Areas, int Year, IReadOnlyList<int> Years, IReadOnlyList<ComparisonRow> Rows)
{
    public const int MinAreas = 2;
    public const int MaxAreas = 6;

    /// <summary>
    /// The comparison of <paramref name="codes"/> (known areas, in order, repeats dropped) in <paramref name="year"/>, by
    /// default the latest year in which all have figures, else the latest year any has. Null when fewer than two are known.
    /// </summary>
    public static Comparison? Build(MonitorViews views, IEnumerable<AreaCode> codes, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(codes);
        var profiles = codes.Distinct().Take(MaxAreas).Select(c => views.Profile(c, null)).OfType<ProfileView>().ToList();
        if (profiles.Count < MinAreas)
        {
            return null;
        }

        var years = profiles.SelectMany(p => p.Profile.AvailableYears).Distinct().Order().ToList();
        var common = years.Where(y => profiles.All(p => p.Profile.AvailableYears.Contains(y))).ToList();
        var chosen = year is { } asked && years.Contains(asked) ? asked : common.Count > 0 ? common[^1] : years[^1];
        var rows = IndicatorSet.All.Select(indicator =>
        {
            var trends = profiles.Select(p => p.Trends.FirstOrDefault(t => t.Indicator.Id == indicator.Id)).ToList();
            Figure At(Trend? trend, int y) => trend?.Points.FirstOrDefault(p => p.Year == y)?.Area ?? Figure.Unavailable;
            var byYear = years.Select(y => (y, (IReadOnlyList<Figure>)trends.Select(t => At(t, y)).ToList()))
                .Where(p => p.Item2.Any(f => f.HasValue)).ToList();
            return new ComparisonRow(indicator, trends.Select(t => At(t, chosen)).ToList(), byYear);
        }).Where(r => r.ByYear.Count > 0).ToList();
        return new Comparison(profiles.Select(p => p.Profile.Area).ToList(), chosen, years, rows);
    }
}
