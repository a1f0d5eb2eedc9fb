using Wijkmix.Workspace.Complexes;

namespace Wijkmix.Workspace.Tests.Complexes;

public class FlagRuleTests
{
    [Theory]
    [InlineData(50, 3, 2.0, new string[0])]
    [InlineData(100, 3, 2.0, new[] { "percentage" })] // "more than 100 %" can never flag
    [InlineData(0, 0, 0.5, new[] { "percentage", "jaren", "factor" })]
    [InlineData(50, 11, double.NaN, new[] { "jaren", "factor" })]
    public void Check_NamesEachFieldOutOfRange(int percent, int years, double factor, string[] fields) =>
        Assert.Equal(fields, FlagRule.Check(percent, years, factor).Select(p => p.Field));

    [Fact]
    public void Describe_WritesTheFactorAsDutchUsesIt()
    {
        using var culture = new Resources.UseCulture("nl-NL");
        Assert.Contains("meer dan 1,55 keer het aandeel in de buurt", new FlagRule(50, 3, 1.55).Describe(), StringComparison.Ordinal);
    }
}
