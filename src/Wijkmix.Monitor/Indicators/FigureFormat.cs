using System.Globalization;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;

namespace Wijkmix.Monitor.Indicators;

/// <summary>Numbers as a Dutch (or English) reader expects them, by unit, in the current culture.</summary>
public static class FigureFormat
{
    /// <summary>"12.345", "12,3 %", "€ 220.000" or "4,5".</summary>
    public static string Number(double value, MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count or MeasureUnit.Hectare or MeasureUnit.PerSquareKilometre or MeasureUnit.Category
            or MeasureUnit.KilowattHour or MeasureUnit.CubicMetre => value.ToString("N0", CultureInfo.CurrentCulture),
        MeasureUnit.Percent => value.ToString("N1", CultureInfo.CurrentCulture) + " %",
        MeasureUnit.Euro => "€ " + value.ToString("N0", CultureInfo.CurrentCulture),
        _ => value.ToString("N1", CultureInfo.CurrentCulture),
    };

    /// <summary>Marks an estimated figure wherever it is printed: "≈ 12.345".</summary>
    public const string EstimateMark = "≈";

    /// <summary>A value with "*" when Wijkmix computed it and "≈ " before it when Wijkmix estimated it; null when there is no value.</summary>
    public static string? Value(Figure figure, MeasureUnit unit) => figure switch
    {
        { Value: not { } } => null,
        { State: FigureState.Estimated, Value: { } e } => EstimateMark + " " + Number(e, unit),
        { Value: { } v } => Number(v, unit) + (figure.State == FigureState.Computed ? "*" : string.Empty),
    };

    /// <summary>A signed difference: "+1,2", "−300", "±0,0 pp" (percentage points for percentages).</summary>
    public static string Change(double change, MeasureUnit unit)
    {
        var digits = unit is MeasureUnit.Count or MeasureUnit.Euro ? "N0" : "N1";
        var text = Math.Abs(change).ToString(digits, CultureInfo.CurrentCulture);
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + text + (unit == MeasureUnit.Percent ? " pp" : string.Empty);
    }

    /// <summary>The status column of exports: stable codes, the same in every language.</summary>
    public static string Status(Figure figure) => figure.State switch
    {
        FigureState.Published => "published",
        FigureState.Computed => "computed",
        FigureState.Estimated => "estimated",
        FigureState.Suppressed => "suppressed",
        _ => "missing",
    };
}
