using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Compass;

/// <summary>Flags the wijkkompas raises; each is backed by a rule in <see cref="CompassRules"/>.</summary>
[Flags]
public enum CompassSignals
{
    None = 0,
    /// <summary>The gap to the city is unfavourable and at least the threshold.</summary>
    FallingBehind = 1,
    /// <summary>The gap grew (in the unfavourable direction for welfare indicators) since the previous year.</summary>
    GapWidening = 2,
    /// <summary>Too few inhabitants to judge; no other flag is raised.</summary>
    TooSmall = 4,
}

/// <summary>The thresholds behind the flags, stated in every output.</summary>
/// <param name="PointsThreshold">For percentages: gap in percentage points that counts as falling behind.</param>
/// <param name="RelativeThreshold">For other units: gap as a fraction of the city value that counts as falling behind.</param>
/// <param name="WideningPoints">For percentages: growth of the gap (points) between two years that counts as widening.</param>
/// <param name="WideningRelative">For other units: growth of the gap as a fraction of the city value.</param>
/// <param name="MinimumInhabitants">Areas with fewer inhabitants get no flags, only <see cref="CompassSignals.TooSmall"/>.</param>
public sealed record CompassRules(
    double PointsThreshold = 5,
    double RelativeThreshold = 0.2,
    double WideningPoints = 1,
    double WideningRelative = 0.05,
    int MinimumInhabitants = 200)
{
    public static CompassRules Default { get; } = new();
}

/// <summary>One area, indicator and year against the city.</summary>
public sealed record CompassRow(
    Area Area,
    Indicator Indicator,
    int Year,
    Figure Value,
    Figure City,
    int? PreviousYear,
    CompassSignals Flags)
{
    /// <summary>
    /// Area minus city (percentage points for percentages). None for a count: a buurt's inhabitants
    /// against the whole city's is no gap, only a size.
    /// </summary>
    public double? Gap => Indicator.Unit != MeasureUnit.Count && Value.Value is { } v && City.Value is { } c ? v - c : null;

    /// <summary>Change of the gap since <see cref="PreviousYear"/>.</summary>
    public double? GapChange { get; init; }
}

/// <summary>Every wijk or buurt of a gemeente against the gemeente, per indicator and year.</summary>
public sealed record CompassResult(
    Area Municipality,
    AreaLevel Level,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<int> Years,
    CompassRules Rules,
    IReadOnlyList<CompassRow> Rows);

/// <summary>The wijkkompas: each wijk (or buurt) against the city average over time.</summary>
public static class Wijkkompas
{
    /// <summary>
    /// Compares every area at <paramref name="level"/> inside <paramref name="municipality"/> with the
    /// gemeente's own figure (for shares that is the population-weighted city average) in every year
    /// the store has. Returns null when the gemeente is unknown.
    /// </summary>
    public static CompassResult? Compare(
        IObservationSource source, AreaCode municipality, AreaLevel level, IReadOnlyList<Indicator> indicators, CompassRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(indicators);
        rules ??= CompassRules.Default;
        if (source.FindArea(municipality) is not { } city)
        {
            return null;
        }

        var within = source.AreasWithin(municipality, level);
        var variables = indicators.SelectMany(i => i.Variables).Append("inhabitants").Distinct(StringComparer.Ordinal).ToArray();
        var table = new ObservationTable(source.Get(within.Select(a => a.Code).Append(municipality).ToArray(), variables));
        var years = within.SelectMany(a => table.YearsOf(a.Code)).Intersect(table.YearsOf(municipality)).Distinct().Order().ToArray();

        var rows = new List<CompassRow>();
        var divisions = indicators.ToDictionary(i => i, i => OneDivision(within, table, i).Select(a => a.Code).ToHashSet());
        foreach (var area in within)
        {
            foreach (var indicator in indicators.Where(i => divisions[i].Contains(area.Code)))
            {
                CompassRow? previous = null;
                foreach (var year in years)
                {
                    var value = table.Resolve(indicator, area.Code, year);
                    if (value.State == FigureState.Unavailable)
                    {
                        continue;
                    }

                    var row = new CompassRow(area, indicator, year, value, table.Resolve(indicator, municipality, year), previous?.Year, CompassSignals.None);
                    row = row with { GapChange = row.Gap - previous?.Gap };
                    var inhabitants = table.Get(area.Code, year, "inhabitants");
                    row = row with { Flags = Judge(row, rules, inhabitants) };
                    rows.Add(row);
                    if (row.Gap is not null)
                    {
                        previous = row;
                    }
                }
            }
        }

        return new CompassResult(city, level, indicators, years, rules, rows);
    }

    /// <summary>
    /// The areas of one division only, so a re-divided city never shows the same wijk twice under an old
    /// and a new code: per indicator, the newest division (year of the area list) among the areas that have
    /// a figure for it. Earlier years of that division's areas come from estimates when a crosswalk stored
    /// them; the old codes drop out. An indicator published only before a re-division keeps the old areas.
    /// </summary>
    private static List<Area> OneDivision(IReadOnlyList<Area> areas, ObservationTable table, Indicator indicator)
    {
        var withFigures = areas.Where(a => table.YearsOf(a.Code).Any(y => table.Resolve(indicator, a.Code, y).State != FigureState.Unavailable))
            .ToList();
        if (withFigures.Count == 0 || withFigures.SelectMany(a => a.Years).DefaultIfEmpty().Max() is not (> 0 and var division))
        {
            return withFigures;
        }

        return withFigures.Where(a => a.Years.Contains(division)).ToList();
    }

    private static CompassSignals Judge(CompassRow row, CompassRules rules, Figure inhabitants)
    {
        if (inhabitants.Value is { } n && n < rules.MinimumInhabitants)
        {
            return CompassSignals.TooSmall;
        }

        if (row.Gap is not { } gap || row.City.Value is not { } city)
        {
            return CompassSignals.None;
        }

        var isPercent = row.Indicator.Unit == MeasureUnit.Percent;
        var scale = isPercent ? 1 : Math.Abs(city);
        if (scale == 0)
        {
            return CompassSignals.None;
        }

        // Signed so that positive means "worse than the city" for welfare indicators.
        var sign = row.Indicator.Direction switch
        {
            Direction.HigherIsWorse => 1.0,
            Direction.HigherIsBetter => -1.0,
            _ => 0.0,
        };
        var flags = CompassSignals.None;
        if (sign != 0 && sign * gap / scale >= (isPercent ? rules.PointsThreshold : rules.RelativeThreshold))
        {
            flags |= CompassSignals.FallingBehind;
        }

        if (row.GapChange is { } change && row.PreviousYear is not null)
        {
            // Growth of the unfavourable part of the gap (an area better than the city that moves toward it is not widening).
            var growth = sign != 0
                ? Math.Max(0, sign * gap) - Math.Max(0, sign * (gap - change))
                : Math.Abs(gap) - Math.Abs(gap - change);
            if (growth / scale >= (isPercent ? rules.WideningPoints : rules.WideningRelative))
            {
                flags |= CompassSignals.GapWidening;
            }
        }

        return flags;
    }
}
