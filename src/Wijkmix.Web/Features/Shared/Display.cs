using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Monitor;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Shared;

/// <summary>How figures, levels and signals read on the pages, in the request's language.</summary>
public static class Display
{
    public static string Figure(Figure figure, MeasureUnit unit) => figure.State switch
    {
        FigureState.Suppressed => Text.Suppressed,
        FigureState.Unavailable => Text.NotAvailable,
        _ => FigureFormat.Value(figure, unit)!,
    };

    /// <summary>How an estimate was made: "gebiedsgewogen uit buurten 2019, indeling 2022".</summary>
    public static string Estimate(string code) => EstimateMethod.TryParse(code) is { } m
        ? string.Format(CultureInfo.CurrentCulture, Text.EstimateMethodText, LevelPlural(m.FromLevel), m.FromYear, m.ToYear)
        : code;

    /// <summary>One legend line per estimate method among <paramref name="figures"/> (none when nothing is estimated).</summary>
    public static IEnumerable<string> EstimateLegends(IEnumerable<Figure> figures) =>
        figures.Select(f => f.Estimate).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(m => string.Format(CultureInfo.CurrentCulture, Text.LegendEstimated, Estimate(m)));

    public static string Change(double? change, MeasureUnit unit) =>
        change is { } c ? FigureFormat.Change(c, unit) : Text.NotAvailable;

    public static string Index(double value) =>
        double.IsNaN(value) ? Text.NotAvailable : value.ToString("0.000", CultureInfo.CurrentCulture);

    public static string Share(double value) => value.ToString("P1", CultureInfo.CurrentCulture);

    public static string SignedIndex(double value) => value.ToString("+0.0000;−0.0000;0.0000", CultureInfo.CurrentCulture);

    public static string Level(AreaLevel level) => level switch
    {
        AreaLevel.Country => Text.LevelCountry,
        AreaLevel.Municipality => Text.LevelMunicipality,
        AreaLevel.District => Text.LevelDistrict,
        AreaLevel.Neighbourhood => Text.LevelNeighbourhood,
        _ => Text.LevelUnit,
    };

    public static string LevelPlural(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => Text.LevelMunicipalityPlural,
        AreaLevel.District => Text.LevelDistrictPlural,
        AreaLevel.Neighbourhood => Text.LevelNeighbourhoodPlural,
        _ => Level(level),
    };

    /// <summary>The level's name in URLs: gemeente, wijk, buurt.</summary>
    /// <summary>
    /// Why a view of <paramref name="indicator"/> has no figure at all: CBS suppressed every cell, or the
    /// store simply lacks them (then the command and page that fetch them are named).
    /// </summary>
    public static string NoValues(Indicator indicator, AreaLevel level, Area? municipality, bool suppressed) =>
        suppressed
            ? string.Format(CultureInfo.CurrentCulture, Text.NoValuesSuppressed, indicator.Name, LevelPlural(level))
            : string.Format(CultureInfo.CurrentCulture, Text.NoValuesInStore, indicator.Name, LevelPlural(level),
                municipality?.DisplayName ?? Text.Netherlands, municipality?.Code.Value ?? "GEMEENTE", LevelKey(level));

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

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
