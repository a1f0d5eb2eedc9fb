using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Resources;
using Wijkmix.Simulation.Results;

namespace Wijkmix.Monitor.Indicators;

/// <summary>How figures, levels and missing figures read, in the current UI language; the same on the pages and in the answers.</summary>
public static class Wording
{
    public static string Figure(Figure figure, MeasureUnit unit) => figure.State switch
    {
        FigureState.Suppressed => MonitorText.Suppressed,
        FigureState.Unavailable => MonitorText.NotAvailable,
        _ => FigureFormat.Value(figure, unit)!,
    };

    /// <summary>How an estimate was made: "gebiedsgewogen uit buurten 2019, indeling 2022".</summary>
    public static string Estimate(string code) => EstimateMethod.TryParse(code) is { } m
        ? string.Format(CultureInfo.CurrentCulture, MonitorText.EstimateMethodText, LevelPlural(m.FromLevel), m.FromYear, m.ToYear)
        : code;

    /// <summary>One legend line per estimate method among <paramref name="figures"/> (none when nothing is estimated).</summary>
    public static IEnumerable<string> EstimateLegends(IEnumerable<Figure> figures) =>
        figures.Select(f => f.Estimate).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(m => string.Format(CultureInfo.CurrentCulture, MonitorText.LegendEstimated, Estimate(m)));

    public static string Change(double? change, MeasureUnit unit) =>
        change is { } c ? FigureFormat.Change(c, unit) : MonitorText.NotAvailable;

    public static string Index(double value) =>
        double.IsNaN(value) ? MonitorText.NotAvailable : value.ToString("0.000", CultureInfo.CurrentCulture);

    public static string Level(AreaLevel level) => level switch
    {
        AreaLevel.Country => MonitorText.LevelCountry,
        AreaLevel.Municipality => MonitorText.LevelMunicipality,
        AreaLevel.District => MonitorText.LevelDistrict,
        AreaLevel.Neighbourhood => MonitorText.LevelNeighbourhood,
        _ => MonitorText.LevelUnit,
    };

    public static string LevelPlural(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => MonitorText.LevelMunicipalityPlural,
        AreaLevel.District => MonitorText.LevelDistrictPlural,
        AreaLevel.Neighbourhood => MonitorText.LevelNeighbourhoodPlural,
        _ => Level(level),
    };

    /// <summary>
    /// Why a view of <paramref name="indicator"/> has no figure at all: CBS suppressed every cell, or the
    /// store simply lacks them (then the command and page that fetch them are named).
    /// </summary>
    public static string NoValues(Indicator indicator, AreaLevel level, Area? municipality, bool suppressed) =>
        suppressed
            ? string.Format(CultureInfo.CurrentCulture, MonitorText.NoValuesSuppressed, indicator.Name, LevelPlural(level))
            : string.Format(CultureInfo.CurrentCulture, MonitorText.NoValuesInStore, indicator.Name, LevelPlural(level),
                municipality?.DisplayName ?? MonitorText.Netherlands, municipality?.Code.Value ?? "GEMEENTE", LevelKey(level));

    /// <summary>The level's name in URLs and on the command line: gemeente, wijk, buurt.</summary>
    public static string LevelKey(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        AreaLevel.Neighbourhood => "buurt",
        _ => "land",
    };

    public static AreaLevel? ParseLevel(string? key) => key?.ToLowerInvariant() switch
    {
        "gemeente" or "municipality" => AreaLevel.Municipality,
        "wijk" or "district" => AreaLevel.District,
        "buurt" or "neighbourhood" => AreaLevel.Neighbourhood,
        _ => null,
    };

    public static string Years(IEnumerable<int> years) =>
        string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The label of a simulation measure (its stable id in exports) in the current language.</summary>
    public static string SimulationMeasure(string id) => SimulationLabels.Measure(id);

    /// <summary>The label of a simulated group (its stable id in exports) in the current language.</summary>
    public static string SimulationGroup(string id) => SimulationLabels.Group(id);
}
