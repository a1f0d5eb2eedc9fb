using Wijkmix.Core.Variables;

namespace Wijkmix.Data.Export;

/// <summary>
/// Values rounded as CBS publishes them in the Kerncijfers wijken en buurten: counts, money, areas and categories
/// whole; percentages, rates per 1,000, distances and averages to one decimal. The same digits the pages show.
/// </summary>
public static class CbsRounding
{
    public static int Decimals(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count or MeasureUnit.Euro or MeasureUnit.Category or MeasureUnit.Hectare or MeasureUnit.PerSquareKilometre
            or MeasureUnit.KilowattHour or MeasureUnit.CubicMetre => 0,
        _ => 1,
    };

    /// <summary>Half away from zero, computed in decimal so 0.25 rounds to 0.3 as a reader expects.</summary>
    public static double Round(double value, MeasureUnit unit)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 1e15)
        {
            return value;
        }

        return (double)Math.Round((decimal)value, Decimals(unit), MidpointRounding.AwayFromZero);
    }
}
