using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Cli;

/// <summary>Numbers as a Dutch (or English) reader expects them, by unit; suppressed and missing cells as words.</summary>
internal static class Formatting
{
    public static string Figure(Figure figure, MeasureUnit unit) => figure.State switch
    {
        FigureState.Suppressed => Strings.Suppressed,
        FigureState.Unavailable => Strings.NotAvailable,
        _ => FigureFormat.Value(figure, unit)!,
    };

    /// <summary>A signed difference: "+1,2" (percentage points for percentages).</summary>
    public static string Change(double? change, MeasureUnit unit) =>
        change is { } c ? FigureFormat.Change(c, unit) : Strings.NotAvailable;

    public static string Level(AreaLevel level) => level switch
    {
        AreaLevel.Country => Strings.LevelCountry,
        AreaLevel.Municipality => Strings.LevelMunicipality,
        AreaLevel.District => Strings.LevelDistrict,
        AreaLevel.Neighbourhood => Strings.LevelNeighbourhood,
        _ => Strings.LevelUnit,
    };

    public static string LevelPlural(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => Strings.LevelMunicipalityPlural,
        AreaLevel.District => Strings.LevelDistrictPlural,
        AreaLevel.Neighbourhood => Strings.LevelNeighbourhoodPlural,
        _ => Level(level),
    };

    /// <summary>How an estimate was made, in the user's language: "gebiedsgewogen uit buurten 2019, indeling 2022".</summary>
    public static string Estimate(string? code) => Core.Observations.EstimateMethod.TryParse(code) is { } m
        ? string.Format(CultureInfo.CurrentCulture, Strings.EstimateMethodText, LevelPlural(m.FromLevel), m.FromYear, m.ToYear)
        : code ?? string.Empty;

    public static string Years(IEnumerable<int> years) =>
        string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A band as "median (low–high)", three decimals.</summary>
    public static string Band(Wijkmix.Simulation.Results.Band band) =>
        string.Format(CultureInfo.CurrentCulture, "{0:N3} ({1:N3}–{2:N3})", band.Median, band.Low, band.High);
}
