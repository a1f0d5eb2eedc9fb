using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Monitor;
using Wijkmix.Core.Variables;

namespace Wijkmix.Cli;

/// <summary>Numbers as a Dutch (or English) reader expects them, by unit; suppressed and missing cells as words.</summary>
internal static class Formatting
{
    public static string Figure(Figure figure, MeasureUnit unit) => figure.State switch
    {
        FigureState.Suppressed => Strings.Suppressed,
        FigureState.Unavailable => Strings.NotAvailable,
        _ => Number(figure.Value!.Value, unit) + (figure.State == FigureState.Computed ? "*" : string.Empty),
    };

    public static string Number(double value, MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count or MeasureUnit.Hectare or MeasureUnit.PerSquareKilometre => value.ToString("N0", CultureInfo.CurrentCulture),
        MeasureUnit.Percent => value.ToString("N1", CultureInfo.CurrentCulture) + " %",
        MeasureUnit.Euro => "€ " + value.ToString("N0", CultureInfo.CurrentCulture),
        MeasureUnit.Category => value.ToString("N0", CultureInfo.CurrentCulture),
        _ => value.ToString("N1", CultureInfo.CurrentCulture),
    };

    /// <summary>A signed difference: "+1,2" (percentage points for percentages).</summary>
    public static string Change(double? change, MeasureUnit unit)
    {
        if (change is not { } c)
        {
            return Strings.NotAvailable;
        }

        var digits = unit is MeasureUnit.Count or MeasureUnit.Euro ? "N0" : "N1";
        var text = Math.Abs(c).ToString(digits, CultureInfo.CurrentCulture);
        return (c > 0 ? "+" : c < 0 ? "−" : "±") + text + (unit == MeasureUnit.Percent ? " pp" : string.Empty);
    }

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

    public static string Years(IEnumerable<int> years) =>
        string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The status column of exports: stable codes, the same in every language, like the variable ids.</summary>
    public static string Status(Figure figure) => figure.State switch
    {
        FigureState.Published => "published",
        FigureState.Computed => "computed",
        FigureState.Suppressed => "suppressed",
        _ => "missing",
    };
}
