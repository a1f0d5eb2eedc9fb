using Wijkmix.Monitor.Goals;

namespace Wijkmix.Monitor.Tests.Goals;

/// <summary>Goal values as the workspace prints them: one decimal as CBS publishes, indices three, Dutch separators, never "-0".</summary>
public sealed class GoalFiguresShowTests
{
    [Theory]
    [InlineData(76.769, "76,8")]
    [InlineData(-0.0004, "0")]
    [InlineData(0.23456, "0,235")]
    [InlineData(-1.04, "-1")]
    [InlineData(-1.05, "-1,1")]
    [InlineData(12345.67, "12.345,7")]
    [InlineData(40, "40")]
    public void Show_RoundsToOneDecimal_WithoutNegativeZero(double value, string shown) =>
        Assert.Equal(shown, GoalFigures.Show(value));
}
