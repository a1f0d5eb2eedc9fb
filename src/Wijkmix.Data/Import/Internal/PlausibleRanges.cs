using Wijkmix.Core.Variables;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>The values a variable of a unit may take when stored (after scaling, so euro not × 1 000), and whether they are whole.</summary>
internal readonly record struct PlausibleRange(double Min, double Max, bool Whole)
{
    public bool Contains(double value) => value >= Min && value <= Max; // false for NaN and ±∞

    public bool IsWholeOrFraction(double value) => !Whole || value == Math.Floor(value);
}

/// <summary>
/// The one table of plausible values per unit, checked for every figure before it can be stored
/// (docs/decisions/0012-import-limits-and-plausibility.md). The bounds are wide: they catch a
/// wrong column, a sign error, a sentinel such as -99999999 or an overflow (1e308 × 1 000 = ∞), not
/// a surprising but real figure. The Netherlands has 18 million inhabitants and 4.2 million ha.
/// </summary>
internal static class PlausibleRanges
{
    public static PlausibleRange For(MeasureUnit unit) => unit switch
    {
        // Inhabitants, dwellings, companies, benefit recipients: whole, never negative.
        MeasureUnit.Count => new(0, 100_000_000, Whole: true),
        // Shares of a whole.
        MeasureUnit.Percent => new(0, 100, Whole: false),
        // Averages and medians (WOZ value, income, household wealth; median wealth can be negative).
        MeasureUnit.Euro => new(-10_000_000, 100_000_000, Whole: false),
        MeasureUnit.PerThousand => new(0, 1_000, Whole: false),
        // Distances to the nearest facility; the Netherlands is about 300 km across.
        MeasureUnit.Kilometre => new(0, 1_000, Whole: false),
        MeasureUnit.PerSquareKilometre => new(0, 1_000_000, Whole: false),
        MeasureUnit.Hectare => new(0, 10_000_000, Whole: false),
        // Average yearly use per dwelling.
        MeasureUnit.KilowattHour => new(0, 1_000_000, Whole: false),
        MeasureUnit.CubicMetre => new(0, 1_000_000, Whole: false),
        // Scores (SES-WOA, can be negative), averages, ratios.
        MeasureUnit.Number => new(-1_000_000, 1_000_000, Whole: false),
        // Coded classes (mate van stedelijkheid 1–5).
        MeasureUnit.Category => new(0, 100, Whole: true),
        _ => new(double.MinValue, double.MaxValue, Whole: false),
    };

    /// <summary>"een percentage", "een aantal": what a figure of the unit is, for messages.</summary>
    public static string Describe(MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => Messages.UnitCount,
        MeasureUnit.Percent => Messages.UnitPercent,
        MeasureUnit.Euro => Messages.UnitEuro,
        MeasureUnit.PerThousand => Messages.UnitPerThousand,
        MeasureUnit.Kilometre => Messages.UnitKilometre,
        MeasureUnit.PerSquareKilometre => Messages.UnitPerSquareKilometre,
        MeasureUnit.Hectare => Messages.UnitHectare,
        MeasureUnit.KilowattHour => Messages.UnitKilowattHour,
        MeasureUnit.CubicMetre => Messages.UnitCubicMetre,
        MeasureUnit.Category => Messages.UnitCategory,
        _ => Messages.UnitNumber,
    };
}
