namespace Wijkmix.Core.Observations;

/// <summary>How a figure came about.</summary>
public enum FigureState
{
    /// <summary>As published by CBS (or the partner who supplied it).</summary>
    Published,
    /// <summary>Computed by Wijkmix from published counts (a share, a sum of gemeenten).</summary>
    Computed,
    /// <summary>
    /// Estimated by Wijkmix from the figures of another area division (a crosswalk over boundaries);
    /// <see cref="Figure.Estimate"/> names the method.
    /// </summary>
    Estimated,
    /// <summary>Suppressed at the source ('.'); never shown as a number.</summary>
    Suppressed,
    /// <summary>Not in the store for this area and year.</summary>
    Unavailable,
}

/// <summary>A value with its provenance state; <see cref="Value"/> is null unless the state is Published, Computed or Estimated.</summary>
public readonly record struct Figure(double? Value, FigureState State)
{
    /// <summary>For an estimated figure the <see cref="Observations.EstimateMethod.Code"/>; null otherwise.</summary>
    public string? Estimate { get; init; }

    public static Figure Estimated(double value, string method) => new(value, FigureState.Estimated) { Estimate = method };

    public static Figure Unavailable { get; } = new(null, FigureState.Unavailable);

    public static Figure Suppressed { get; } = new(null, FigureState.Suppressed);

    public bool HasValue => Value is not null;
}
