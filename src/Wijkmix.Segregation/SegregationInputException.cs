namespace Wijkmix.Segregation;

/// <summary>Input that cannot be measured, naming the unit and group at fault and what was expected.</summary>
public sealed class SegregationInputException(string message, string? unit = null, string? group = null) : Exception(message)
{
    public string? Unit { get; } = unit;

    public string? Group { get; } = group;
}
