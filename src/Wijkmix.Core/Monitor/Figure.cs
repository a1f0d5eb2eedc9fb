namespace Wijkmix.Core.Monitor;

/// <summary>How a figure came about.</summary>
public enum FigureState
{
    /// <summary>As published by CBS (or the partner who supplied it).</summary>
    Published,
    /// <summary>Computed by Wijkmix from published counts (a share, a sum of gemeenten).</summary>
    Computed,
    /// <summary>Suppressed at the source ('.'); never shown as a number.</summary>
    Suppressed,
    /// <summary>Not in the store for this area and year.</summary>
    Unavailable,
}

/// <summary>A value with its provenance state; <see cref="Value"/> is null unless the state is Published or Computed.</summary>
public readonly record struct Figure(double? Value, FigureState State)
{
    public static Figure Unavailable { get; } = new(null, FigureState.Unavailable);

    public static Figure Suppressed { get; } = new(null, FigureState.Suppressed);

    public bool HasValue => Value is not null;
}
