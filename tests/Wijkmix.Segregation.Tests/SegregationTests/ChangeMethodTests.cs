using CsCheck;

namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary>Elbers' split against the flat Shapley value, both against the definitions in <see cref="Naive"/>.</summary>
public class ChangeMethodTests
{
    private static readonly string[] Groups3 = ["x", "y", "z"];

    // Two years of five units and three groups, no empty cell: both structures reach both margins.
    private static readonly double[,] Before = { { 40, 30, 20 }, { 5, 10, 45 }, { 12, 12, 6 }, { 30, 2, 9 }, { 7, 21, 14 } };
    private static readonly double[,] After = { { 20, 20, 25 }, { 5, 10, 10 }, { 30, 8, 6 }, { 22, 9, 30 }, { 4, 25, 17 } };

    private static string[] Units(int n) => [.. Enumerable.Range(0, n).Select(u => "u" + u)];

    private static CountTable Table(double[,] c, string[]? units = null, string[]? groups = null) =>
        CountTable.Create(units ?? Units(c.GetLength(0)), groups ?? Groups3, c);

    private static double SumOfParts(ChangeComponents c) => c.Additions + c.Removals + c.GroupShares + c.UnitSizes + c.Structural;

    [Fact]
    public void Decompose_ByDefault_IsElbersSplitFromTheDefinition()
    {
        var c = Change.Decompose(Table(Before), Table(After));
        var (groups, units, structural) = Naive.ElbersChange(Before, After);
        Assert.Equal(groups, c.GroupShares, 1e-9);
        Assert.Equal(units, c.UnitSizes, 1e-9);
        Assert.Equal(structural, c.Structural, 1e-9);
        Assert.True(c.MarginsReached);
        Assert.Equal(c.Difference, c.GroupShares + c.UnitSizes + c.Structural, 14);

        // The two methods give visibly different splits of this change, so the checks above would
        // fail for the flat Shapley value.
        var flat = Naive.FlatChange(Before, After);
        Assert.True(Math.Abs(flat.Structural - structural) > 1e-4, $"flat {flat.Structural}, Elbers {structural}");
        Assert.True(Math.Abs(flat.Units - units) > 1e-4, $"flat {flat.Units}, Elbers {units}");
    }

    [Fact]
    public void Decompose_FlatShapley_IsTheSixOrderAverageFromTheDefinition()
    {
        var c = Change.Decompose(Table(Before), Table(After), method: ChangeMethod.FlatShapley);
        var (groups, units, structural) = Naive.FlatChange(Before, After);
        Assert.Equal(groups, c.GroupShares, 1e-9);
        Assert.Equal(units, c.UnitSizes, 1e-9);
        Assert.Equal(structural, c.Structural, 1e-9);
        Assert.Equal(c.Difference, SumOfParts(c), 14);
    }

    [Fact]
    public void Decompose_RandomTables_ElbersMatchesTheDefinitionAndAddsUp()
    {
        var cell = Gen.Int[1, 400].Select(i => (double)i);
        Gen.Select(cell.Array[3].Array[4], cell.Array[3].Array[4]).Sample((a, b) =>
        {
            double[,] before = Naive.Matrix(a), after = Naive.Matrix(b);
            var c = Change.Decompose(Table(before), Table(after));
            var expected = Naive.ElbersChange(before, after);
            Assert.Equal(expected.Groups, c.GroupShares, 1e-9);
            Assert.Equal(expected.Units, c.UnitSizes, 1e-9);
            Assert.Equal(expected.Structural, c.Structural, 1e-9);
            Assert.Equal(c.Difference, SumOfParts(c), 1e-12);
        }, iter: 40);
    }

    [Theory]
    [InlineData(ChangeMethod.Elbers)]
    [InlineData(ChangeMethod.FlatShapley)]
    public void Decompose_YearsSwapped_EveryPartChangesSign(ChangeMethod method)
    {
        var forward = Change.Decompose(Table(Before), Table(After), method: method);
        var back = Change.Decompose(Table(After), Table(Before), method: method);
        Assert.Equal(-forward.GroupShares, back.GroupShares, 12);
        Assert.Equal(-forward.UnitSizes, back.UnitSizes, 12);
        Assert.Equal(-forward.Structural, back.Structural, 12);
    }

    [Fact]
    public void Decompose_GroupsAndUnitsInAnotherOrder_GiveTheSameSplit()
    {
        var plain = Change.Decompose(Table(Before), Table(After));

        // After: groups z, x, y and units in reverse order; the same counts by name.
        var units = Units(5);
        var reordered = new double[5, 3];
        int[] fromColumn = [2, 0, 1];
        for (var u = 0; u < 5; u++)
        {
            for (var g = 0; g < 3; g++)
            {
                reordered[u, g] = After[4 - u, fromColumn[g]];
            }
        }

        var shuffled = Change.Decompose(Table(Before), Table(reordered, [.. units.Reverse()], ["z", "x", "y"]));
        Assert.Equal(plain, shuffled);

        // The before year in another group order only changes the order of sums.
        var beforeReordered = new double[5, 3];
        for (var u = 0; u < 5; u++)
        {
            for (var g = 0; g < 3; g++)
            {
                beforeReordered[u, g] = Before[u, fromColumn[g]];
            }
        }

        var other = Change.Decompose(Table(beforeReordered, groups: ["z", "x", "y"]), Table(After));
        Assert.Equal(plain.Structural, other.Structural, 12);
        Assert.Equal(plain.UnitSizes, other.UnitSizes, 12);
        Assert.Equal(plain.GroupShares, other.GroupShares, 12);
    }

    [Fact]
    public void Decompose_GroupMissingInOneYear_IsRefusedNamingIt()
    {
        var before = CountTable.Create(["u", "v"], ["x", "y", "z"], new double[,] { { 1, 2, 3 }, { 3, 2, 1 } });
        var after = CountTable.Create(["u", "v"], ["y", "x"], new double[,] { { 1, 2 }, { 3, 2 } });
        var error = Assert.Throws<SegregationInputException>(() => Change.Decompose(before, after));
        Assert.Contains("same groups", error.Message, StringComparison.Ordinal);
        Assert.Contains("not in both: z", error.Message, StringComparison.Ordinal);
        Assert.Equal("z", error.Group);
    }

    [Fact]
    public void Decompose_UnknownMethod_IsRefused()
    {
        var t = Table(Before);
        Assert.Throws<SegregationInputException>(() => Change.Decompose(t, t, method: (ChangeMethod)7));
    }
}
