namespace Wijkmix.Core.Variables;

/// <summary>The unit a variable's values are stored in (after scaling, so WOZ and income are in euro).</summary>
public enum MeasureUnit
{
    Count,
    Percent,
    Euro,
    PerThousand,
    Kilometre,
    PerSquareKilometre,
    Hectare,
    /// <summary>Kilowatt-hours per year (average electricity supply per dwelling).</summary>
    KilowattHour,
    /// <summary>Cubic metres per year (average natural gas consumption per dwelling).</summary>
    CubicMetre,
    /// <summary>A plain number: an average, a ratio or a score.</summary>
    Number,
    /// <summary>An ordered category coded as a number (mate van stedelijkheid 1–5).</summary>
    Category,
}

/// <summary>Which direction of a welfare indicator is favourable; composition variables are neutral.</summary>
public enum Direction
{
    Neutral,
    HigherIsBetter,
    HigherIsWorse,
}
