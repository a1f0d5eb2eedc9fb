namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// The smallest count that may be shown. At least <see cref="Minimum"/> (10); a workspace can only raise it.
/// <c>default(SuppressionThreshold)</c> is the minimum, never zero.
/// </summary>
public readonly record struct SuppressionThreshold
{
    /// <summary>The lowest allowed threshold.</summary>
    public const int Minimum = 10;

    private readonly int raisedBy;

    /// <summary>A threshold of <paramref name="value"/>; throws when it is below <see cref="Minimum"/>.</summary>
    public SuppressionThreshold(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, Minimum);
        raisedBy = value - Minimum;
    }

    /// <summary>The default threshold, 10.</summary>
    public static SuppressionThreshold Default => default;

    /// <summary>Counts below this value are suppressed.</summary>
    public int Value => Minimum + raisedBy;

    /// <inheritdoc />
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
