using CsCheck;

namespace Wijkmix.Segregation.Tests.SegregationTests;

public class ChangeTests
{
    private static CountTable Table(string[] units, double[,] counts) =>
        CountTable.Create(units, Enumerable.Range(0, counts.GetLength(1)).Select(g => "g" + g).ToArray(), counts);

    private static double SumOfParts(ChangeComponents c) => c.Additions + c.Removals + c.GroupShares + c.UnitSizes + c.Structural;

    [Fact]
    public void Decompose_SameTable_EverythingIsZero()
    {
        var t = Table(["a", "b", "c"], new double[,] { { 10, 30 }, { 25, 5 }, { 8, 8 } });
        var c = Change.Decompose(t, t);
        Assert.All(new[] { c.Difference, c.Additions, c.Removals, c.GroupShares, c.UnitSizes, c.Structural }, v => Assert.Equal(0, v, 12));
    }

    [Fact]
    public void Decompose_OneGroupGrowsEverywhereAlike_IsNoStructuralChange()
    {
        // After: group 1 tripled in every unit. The odds ratios between units are unchanged, so the
        // whole change must come from the margins, none from sorting.
        var before = Table(["a", "b", "c"], new double[,] { { 10, 30 }, { 25, 5 }, { 8, 8 } });
        var after = Table(["a", "b", "c"], new double[,] { { 10, 90 }, { 25, 15 }, { 8, 24 } });
        var c = Change.Decompose(before, after);
        Assert.Equal(0, c.Structural, 9);
        Assert.Equal(c.Difference, SumOfParts(c), 12);
        Assert.NotEqual(0, c.Difference, 6);
    }

    [Fact]
    public void Decompose_AddedAndRemovedUnits_AreCountedApart()
    {
        var before = Table(["a", "b", "gone"], new double[,] { { 10, 30 }, { 25, 5 }, { 50, 1 } });
        var after = Table(["a", "b", "new"], new double[,] { { 10, 30 }, { 25, 5 }, { 1, 60 } });
        var c = Change.Decompose(before, after);
        Assert.Equal((2, 1, 1), (c.UnitsKept, c.UnitsAdded, c.UnitsRemoved));
        var kept = Table(["a", "b"], new double[,] { { 10, 30 }, { 25, 5 } });
        Assert.Equal(Segregation.MutualInformation(after) - Segregation.MutualInformation(kept), c.Additions, 12);
        Assert.Equal(Segregation.MutualInformation(kept) - Segregation.MutualInformation(before), c.Removals, 12);
        Assert.Equal(0, c.GroupShares + c.UnitSizes + c.Structural, 12);
    }

    [Fact]
    public void Decompose_PartsAlwaysAddUpToTheChange()
    {
        var cell = Gen.Int[1, 500].Select(i => (double)i);
        Gen.Select(cell.Array[3].Array[6], cell.Array[3].Array[6]).Sample((a, b) =>
        {
            var units = Enumerable.Range(0, 6).Select(u => "u" + u).ToArray();
            var before = CountTable.Create(units, ["x", "y", "z"], Naive.Matrix(a));
            var after = CountTable.Create(units, ["x", "y", "z"], Naive.Matrix(b));
            var c = Change.Decompose(before, after);
            Assert.Equal(c.Difference, SumOfParts(c), 10);
        }, iter: 100);
    }

    /// <summary>The tables of the reference implementation's "empty cells" test (R package segregation, test_mutual_diff_elbers.R).</summary>
    [Fact]
    public void Decompose_ReferenceImplementationTablesWithEmptyCells_PartsAddUp()
    {
        var before = CountTable.Create(["a", "b", "c"], ["1", "2", "3", "4"], new double[,] { { 0, 30, 20, 10 }, { 5, 10, 15, 20 }, { 4, 3, 2, 1 } });
        var after = CountTable.Create(["a", "b", "d"], ["1", "2", "3", "4"], new double[,] { { 40, 20, 20, 15 }, { 5, 10, 10, 0 }, { 1, 2, 3, 4 } });
        var c = Change.Decompose(before, after);
        Assert.Equal(Segregation.MutualInformation(before), c.Before, 12);
        Assert.Equal(Segregation.MutualInformation(after), c.After, 12);
        Assert.Equal(c.Difference, SumOfParts(c), 10);
        Assert.Equal((2, 1, 1), (c.UnitsKept, c.UnitsAdded, c.UnitsRemoved));
        // Group 1 is absent from unit a before but has 40 of its 45 members there after: the before
        // structure cannot take the after margins, and the result says the split is approximate.
        Assert.False(c.MarginsReached);
    }

    [Fact]
    public void Decompose_NoEmptyCells_ReachesTheMargins()
    {
        var before = Table(["a", "b", "c"], new double[,] { { 10, 30 }, { 25, 5 }, { 8, 8 } });
        var after = Table(["a", "b", "c"], new double[,] { { 12, 20 }, { 30, 9 }, { 5, 11 } });
        Assert.True(Change.Decompose(before, after).MarginsReached);
    }

    [Fact]
    public void Decompose_DifferentGroups_IsRefused()
    {
        var a = CountTable.Create(["u"], ["x", "y"], new double[,] { { 1, 2 } });
        var b = CountTable.Create(["u"], ["x", "z"], new double[,] { { 1, 2 } });
        var error = Assert.Throws<SegregationInputException>(() => Change.Decompose(a, b));
        Assert.Contains("same groups", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(double.NaN, 100)]
    [InlineData(1e-9, 0)]
    public void Decompose_BadFittingSettings_AreRefused(double tolerance, int iterations)
    {
        var t = CountTable.Create(["u", "v"], ["x", "y"], new double[,] { { 1, 2 }, { 3, 1 } });
        Assert.Throws<SegregationInputException>(() => Change.Decompose(t, t, tolerance: tolerance, maxIterations: iterations));
    }

    [Fact]
    public void Decompose_NoUnitInCommon_IsRefused()
    {
        var a = CountTable.Create(["u"], ["x", "y"], new double[,] { { 1, 2 } });
        var b = CountTable.Create(["v"], ["x", "y"], new double[,] { { 1, 2 } });
        Assert.Throws<SegregationInputException>(() => Change.Decompose(a, b));
    }
}
