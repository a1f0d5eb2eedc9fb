namespace Wijkmix.Core.Variables;

/// <summary>
/// Whether the unit CBS states for a column (DataProperties <c>Unit</c> and <c>Decimals</c>) agrees with
/// the catalogue's unit and the spelling's scale: "x 1 000 euro" must scale to euro by 1 000, "aantal"
/// is a whole count (or a plain number such as an average), "%" a percentage, and so on.
/// </summary>
public static class CbsUnits
{
    public static bool Agree(MeasureUnit unit, double scale, string cbsUnit, int? decimals = null)
    {
        ArgumentNullException.ThrowIfNull(cbsUnit);
        var text = Normalise(cbsUnit);
        var thousands = text.StartsWith("x 1 000 ", StringComparison.Ordinal);
        if (thousands != (scale == 1000))
        {
            return false;
        }

        return unit switch
        {
            MeasureUnit.Count => text == "aantal" && decimals is null or 0,
            MeasureUnit.Percent => text == "%",
            MeasureUnit.Euro => text is "euro" or "x 1 000 euro",
            MeasureUnit.PerThousand => text.StartsWith("per 1 000", StringComparison.Ordinal),
            MeasureUnit.Kilometre => text == "km",
            MeasureUnit.PerSquareKilometre => text.EndsWith("per km²", StringComparison.Ordinal) || text.EndsWith("per km2", StringComparison.Ordinal),
            MeasureUnit.Hectare => text == "ha",
            MeasureUnit.Number => text is "aantal" or "per huishouden" or "getal",
            MeasureUnit.Category => text == "code",
            MeasureUnit.KilowattHour => text == "kwh",
            MeasureUnit.CubicMetre => text is "m³" or "m3",
            _ => false,
        };
    }

    /// <summary>The unit CBS writes for a catalogue unit and scale, for messages ("aantal", "x 1 000 euro", "%").</summary>
    public static string Expected(MeasureUnit unit, double scale) => unit switch
    {
        MeasureUnit.Count => "aantal",
        MeasureUnit.Percent => "%",
        MeasureUnit.Euro => scale == 1000 ? "x 1 000 euro" : "euro",
        MeasureUnit.PerThousand => "per 1 000 inwoners",
        MeasureUnit.Kilometre => "km",
        MeasureUnit.PerSquareKilometre => "per km²",
        MeasureUnit.Hectare => "ha",
        MeasureUnit.Category => "code",
        MeasureUnit.KilowattHour => "kWh",
        MeasureUnit.CubicMetre => "m³",
        _ => "getal",
    };

    /// <summary>Lower case, single ordinary spaces (CBS sometimes writes no-break spaces in "x 1 000").</summary>
    private static string Normalise(string unit) =>
        string.Join(' ', unit.Replace('\u00a0', ' ').Replace('\u202f', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
