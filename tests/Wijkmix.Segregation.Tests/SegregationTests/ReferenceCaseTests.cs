using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary>Every index on the hand-checkable tables of <c>Fixtures/reference-cases.txt</c>.</summary>
public class ReferenceCaseTests
{
    /// <summary>The indices that must each have an even-mix, a complete-separation and an in-between case.</summary>
    private static readonly string[] EveryIndex =
    [
        "Multigroup.Dissimilarity", "Multigroup.Gini", "Multigroup.Theil", "Multigroup.MutualInformation",
        "Multigroup(base 2).MutualInformation", "Multigroup.NormalizedExposure", "Multigroup.RelativeDiversity",
        "TwoGroup(A).Dissimilarity", "TwoGroup(A).Gini", "TwoGroup(A).Theil", "TwoGroup(A).Isolation",
        "TwoGroup(A).Exposure", "TwoGroup(A).CorrelationRatio", "TwoGroup(A).Atkinson01", "TwoGroup(A).Atkinson05",
        "TwoGroup(A).Atkinson09",
    ];

    public static TheoryData<string> CaseIds() => [.. ReferenceCases.All.Select(c => c.Id)];

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Index_ReferenceCase_MatchesTheHandComputedValue(string id)
    {
        var reference = ReferenceCases.All.Single(c => c.Id == id);
        var expected = Expression.Evaluate(reference.Expected);
        var actual = ReferenceCases.Evaluate(reference.Index, reference.Table.ToTable());
        Approx.Absolute(expected, actual, 1e-12, reference.ToString());
    }

    [Theory]
    [InlineData("even mix")]
    [InlineData("complete separation")]
    [InlineData("in between")]
    public void Fixture_EveryScenario_CoversEveryIndex(string scenario)
    {
        var covered = ReferenceCases.All.Where(c => c.Case.StartsWith(scenario, StringComparison.Ordinal)).Select(c => c.Index).ToHashSet();
        Assert.All(EveryIndex, index => Assert.Contains(index, covered));
    }

    [Fact]
    public void Fixture_EveryCase_NamesItsSource()
    {
        Assert.NotEmpty(ReferenceCases.All);
        Assert.All(ReferenceCases.All, c => Assert.Matches("^(hand computation: |literature: |reference implementation: )", c.Source));
        Assert.Equal(ReferenceCases.All.Count, ReferenceCases.All.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("3/8", 0.375)]
    [InlineData("1 - 2*3", -5)]
    [InlineData("2^3^2", 512)]
    [InlineData("-2^2", -4)]
    [InlineData("(1 + 3)/2 - sqrt(4)", 0)]
    [InlineData("log2(8) + ln(1)", 3)]
    public void Expression_FixtureArithmetic_EvaluatesLikePaper(string text, double expected)
    {
        Assert.Equal(expected, Expression.Evaluate(text));
    }

    [Theory]
    [InlineData("1 +")]
    [InlineData("exp(1)")]
    [InlineData("(1")]
    [InlineData("1 2")]
    public void Expression_Malformed_Throws(string text)
    {
        Assert.Throws<FormatException>(() => Expression.Evaluate(text));
    }
}
