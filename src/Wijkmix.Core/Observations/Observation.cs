using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Observations;

/// <summary>Whether a cell holds a number or was suppressed by CBS ('.': unknown, unreliable or secret).</summary>
public enum ValueStatus
{
    Value,
    Suppressed,
}

/// <summary>
/// One published figure: a variable for an area in a year. A suppressed cell has no value; it is a
/// state of its own and never reads as zero.
/// </summary>
public readonly record struct Observation(AreaCode Area, int Year, string VariableId, double? Value)
{
    public ValueStatus Status => Value is null ? ValueStatus.Suppressed : ValueStatus.Value;

    /// <summary>
    /// Null for a published figure; for a figure Wijkmix estimated from another area division, the
    /// <see cref="EstimateMethod.Code"/> of how it was made.
    /// </summary>
    public string? Estimate { get; init; }

    public static Observation Suppressed(AreaCode area, int year, string variableId) => new(area, year, variableId, null);
}
