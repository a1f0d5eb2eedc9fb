using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Factsheet;

namespace Wijkmix.Monitor.Catalogue;

/// <summary>One variable of the catalogue for an area: its definition, and its figure beside the gemeente's (and Nederland's when stored) in every year.</summary>
public sealed record VariableView(CatalogueVariable Variable, Trend Trend)
{
    /// <summary>The latest year in which the area has a figure, else its latest suppressed cell; null when it never has the variable.</summary>
    public TrendPoint? Latest => Trend.Points.LastOrDefault(p => p.Area.HasValue) ?? Trend.Points.LastOrDefault(p => p.Area.State != FigureState.Unavailable);

    /// <summary>The view of <paramref name="variable"/> for <paramref name="area"/> (cached per state of the store).</summary>
    public static VariableView Of(MonitorData data, AreaCode area, CatalogueVariable variable)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(variable);
        return data.Cached($"variable|{area.Value}|{variable.Id}", s => Build(s, area, variable));
    }

    public static VariableView Build(IObservationSource source, AreaCode area, CatalogueVariable variable)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(variable);
        var table = Table(source.Get(Around(area), [variable.Id]));
        return new VariableView(variable, TrendOf(table, variable, area));
    }

    /// <summary>
    /// The observations indexed with a published figure before a suppressed cell of the same area, year and variable: the
    /// KWB (preferred source) suppresses Utrecht's wijk distances of 2023 that the Nabijheid table publishes. Otherwise the
    /// store's order of sources stands (the sort is stable), and an estimate still comes after every published cell.
    /// </summary>
    internal static ObservationTable Table(IEnumerable<Observation> observations) =>
        new(observations.OrderBy(o => o.Estimate is not null ? 2 : o.Value is null ? 1 : 0));

    /// <summary>The area, its gemeente and Nederland: the codes every figure of an area is set beside.</summary>
    internal static AreaCode[] Around(AreaCode area) =>
        [.. new[] { area, AreaCode.Country }.Concat(area.Municipality is { } m ? [m] : []).Distinct()];

    /// <summary>The variable over every year in which the area or its gemeente has it.</summary>
    internal static Trend TrendOf(ObservationTable table, CatalogueVariable variable, AreaCode area)
    {
        var municipality = area.Municipality is { } m && m != area ? m : (AreaCode?)null;
        var years = table.YearsOf(area).Concat(municipality is { } gm ? table.YearsOf(gm) : [])
            .Distinct().Order()
            .Where(y => table.Get(area, y, variable.Id).State != FigureState.Unavailable
                        || (municipality is { } g && table.Get(g, y, variable.Id).State != FigureState.Unavailable));
        var points = years.Select(y => new TrendPoint(y, table.Get(area, y, variable.Id),
            municipality is { } g ? table.Get(g, y, variable.Id) : Figure.Unavailable,
            area == AreaCode.Country ? Figure.Unavailable : table.Get(AreaCode.Country, y, variable.Id))).ToList();
        return new Trend(variable.Indicator, points);
    }
}
