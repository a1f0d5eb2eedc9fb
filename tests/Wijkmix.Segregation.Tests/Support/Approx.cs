namespace Wijkmix.Segregation.Tests.Support;

/// <summary>Floating-point comparisons with the tolerance in the assertion message.</summary>
internal static class Approx
{
    /// <summary>Relative tolerance for library vs. naive implementation and for invariances.</summary>
    public const double Relative = 1e-9;

    /// <summary>Absolute floor: values that should be 0 come out as rounding noise of about 1e-16.</summary>
    public const double Floor = 1e-12;

    public static bool Close(double expected, double actual, double relative = Relative, double floor = Floor) =>
        Math.Abs(expected - actual) <= Math.Max(floor, relative * Math.Max(Math.Abs(expected), Math.Abs(actual)));

    public static void Equal(double expected, double actual, string what, double relative = Relative, double floor = Floor)
    {
        Assert.True(Close(expected, actual, relative, floor),
            FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (difference {actual - expected:R}, tolerance {relative:R} relative, {floor:R} absolute)"));
    }

    /// <summary>Absolute comparison, for sums that must add up to the last few ulps.</summary>
    public static void Absolute(double expected, double actual, double tolerance, string what)
    {
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (difference {actual - expected:R}, tolerance {tolerance:R})"));
    }

    /// <summary>Asserts lower ≤ value ≤ upper, allowing <see cref="Floor"/> of rounding at either end.</summary>
    public static void Within(double lower, double upper, double value, string what)
    {
        Assert.True(value >= lower - Floor && value <= upper + Floor,
            FormattableString.Invariant($"{what} = {value:R} is outside [{lower:R}, {upper:R}]"));
    }
}
