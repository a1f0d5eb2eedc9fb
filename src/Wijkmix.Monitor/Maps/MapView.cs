using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Maps;

/// <summary>An area on the map: its figure, its colour class (null without a value) and whether a boundary is stored.</summary>
public sealed record MapArea(Area Area, Figure Value, int? Class, bool HasBoundary);

/// <summary>One class of the legend: values from <see cref="From"/> up to and including <see cref="To"/>.</summary>
public sealed record LegendClass(int Index, double From, double To);

/// <summary>A choropleth: every area of a level (within a gemeente, or all gemeenten) with one indicator in one year.</summary>
public sealed record MapView(
    Area? Municipality,
    AreaLevel Level,
    Indicator Indicator,
    int Year,
    IReadOnlyList<int> Years,
    IReadOnlyList<MapArea> Areas,
    IReadOnlyList<LegendClass> Legend)
{
    /// <summary>Colour classes of the legend (light to dark).</summary>
    public const int Classes = 5;

    public int WithBoundary => Areas.Count(a => a.HasBoundary);

    /// <summary>
    /// Builds the map; null when the level has no areas. The year defaults to the latest with a value;
    /// an unknown year falls back to it too (the page says which year is shown).
    /// </summary>
    public static MapView? Build(IObservationSource store, IReadOnlyList<Area> areas, IReadOnlySet<AreaCode> withBoundary, Area? municipality, AreaLevel level,
        Indicator indicator, int? year)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(withBoundary);
        ArgumentNullException.ThrowIfNull(indicator);
        if (areas.Count == 0)
        {
            return null;
        }

        var codes = areas.Select(a => a.Code).ToArray();
        var table = new ObservationTable(store.Get(codes, indicator.Variables.Distinct(StringComparer.Ordinal).ToArray()));
        var years = codes.SelectMany(table.YearsOf).Distinct()
            .Where(y => codes.Any(c => table.Resolve(indicator, c, y).HasValue)).Order().ToList();
        var chosen = year is { } y0 && years.Contains(y0) ? y0 : years.Count > 0 ? years[^1] : year ?? 0;
        var shown = areas.Where(a => a.Years.Contains(chosen) || years.Count == 0).ToList();
        var figures = shown.Select(a => table.Resolve(indicator, a.Code, chosen)).ToList();
        var legend = Breaks(figures.Where(f => f.HasValue).Select(f => f.Value!.Value).ToList());
        var mapAreas = shown.Select((a, i) => new MapArea(a, figures[i], ClassOf(legend, figures[i].Value), withBoundary.Contains(a.Code))).ToList();
        return new MapView(municipality, level, indicator, chosen, years, mapAreas, legend);
    }

    /// <summary>Quantile classes over the values (fewer when values repeat).</summary>
    public static IReadOnlyList<LegendClass> Breaks(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return [];
        }

        var sorted = values.Order().ToArray();
        var uppers = Enumerable.Range(1, Classes)
            .Select(k => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(k * sorted.Length / (double)Classes) - 1)])
            .Distinct().ToList();
        var legend = new List<LegendClass>(uppers.Count);
        var from = sorted[0];
        for (var i = 0; i < uppers.Count; i++)
        {
            legend.Add(new LegendClass(i, from, uppers[i]));
            from = uppers[i];
        }

        return legend;
    }

    private static int? ClassOf(IReadOnlyList<LegendClass> legend, double? value) =>
        value is { } v ? legend.FirstOrDefault(c => v <= c.To)?.Index ?? legend.Count - 1 : null;
}
