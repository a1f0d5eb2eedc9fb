namespace Wijkmix.Segregation.Tests;

public class CountTableTests
{
    private static readonly CountTable Three = CountTable.Create(
        ["u1", "u2", "u3", "u4"], ["A", "B", "C"], new double[,] { { 3, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 }, { 0, 0, 2 } });

    [Fact]
    public void Create_Matrix_KeepsNamesCountsAndTotals()
    {
        Assert.Equal(["u1", "u2", "u3", "u4"], Three.Units);
        Assert.Equal(["A", "B", "C"], Three.Groups);
        Assert.Equal((4, 3), (Three.UnitCount, Three.GroupCount));
        Assert.Equal([3.0, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 2], Three.Counts.ToArray());
        Assert.Equal(1, Three[2, 0]);
        Assert.Equal(2, Three[3, 2]);
        Assert.Equal([4.0, 2, 2, 2], Enumerable.Range(0, 4).Select(Three.UnitTotal));
        Assert.Equal([4.0, 2, 4], Enumerable.Range(0, 3).Select(Three.GroupTotal));
        Assert.Equal(10, Three.Total);
        Assert.Equal(2, Three.IndexOfGroup("C"));
    }

    [Fact]
    public void Create_CallerChangesTheMatrixLater_TableStaysAsBuilt()
    {
        var counts = new double[,] { { 1, 2 }, { 3, 4 } };
        var table = CountTable.Create(["a", "b"], ["X", "Y"], counts);
        counts[0, 0] = 100;
        Assert.Equal(1, table[0, 0]);
        Assert.Equal(10, table.Total);
    }

    [Fact]
    public void FromLong_RepeatedRows_AddUpAndKeepFirstAppearanceOrder()
    {
        var table = CountTable.FromLong([("b", "Y", 2), ("a", "X", 1), ("b", "X", 3), ("a", "X", 4), ("a", "Y", 0)]);
        Assert.Equal(["b", "a"], table.Units);
        Assert.Equal(["Y", "X"], table.Groups);
        Assert.Equal([2.0, 3, 0, 5], table.Counts.ToArray());
    }

    [Fact]
    public void FromLong_SameCountsAsCreate_GivesTheSameIndices()
    {
        var rows = new List<(string, string, double)>();
        for (var u = 0; u < Three.UnitCount; u++)
        {
            for (var g = 0; g < Three.GroupCount; g++)
            {
                if (Three[u, g] > 0)
                {
                    rows.Add((Three.Units[u], Three.Groups[g], Three[u, g]));
                }
            }
        }

        var fromLong = CountTable.FromLong(rows);
        Assert.Equal(Three.Counts.ToArray(), fromLong.Counts.ToArray());
        Assert.Equal(Segregation.Multigroup(Three), Segregation.Multigroup(fromLong));
    }

    [Fact]
    public void FromLong_ManyGroupsAndUnitsComingBack_AddUpInFirstAppearanceOrder()
    {
        // 20 groups (past the short scan), units revisited out of turn, every cell given in two rows.
        var random = new Random(3);
        var rows = new List<(string, string, double)>();
        var expected = new double[30, 20];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < 30 * 20; i++)
            {
                int u = (i * 7) % 30, g = (i * 11) % 20;
                double count = random.Next(0, 9) + (pass == 0 && g == 0 ? 1 : 0);
                expected[u, g] += count;
                rows.Add(("u" + u, "g" + g, count));
            }
        }

        var table = CountTable.FromLong(rows);
        string[] firstUnits = [.. rows.Select(r => r.Item1).Distinct()], firstGroups = [.. rows.Select(r => r.Item2).Distinct()];
        Assert.Equal(firstUnits, table.Units);
        Assert.Equal(firstGroups, table.Groups);
        for (var u = 0; u < 30; u++)
        {
            for (var g = 0; g < 20; g++)
            {
                Assert.Equal(expected[int.Parse(firstUnits[u][1..], System.Globalization.CultureInfo.InvariantCulture), int.Parse(firstGroups[g][1..], System.Globalization.CultureInfo.InvariantCulture)], table[u, g]);
            }
        }
    }

    [Theory]
    [InlineData("", "X")]
    [InlineData("a", "")]
    public void FromLong_EmptyName_IsRefused(string unit, string group)
    {
        var e = Assert.Throws<SegregationInputException>(() => CountTable.FromLong([("b", "X", 1), ("b", "Y", 1), (unit, group, 2)]));
        Assert.Contains("is empty or occurs twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLong_Indices_SameTableAsNames()
    {
        var table = CountTable.FromLong(["b", "a"], ["Y", "X"], [0, 1, 0, 1, 1], [0, 1, 1, 1, 0], [2.0, 1, 3, 4, 0]);
        Assert.Equal(["b", "a"], table.Units);
        Assert.Equal(["Y", "X"], table.Groups);
        Assert.Equal([2.0, 3, 0, 5], table.Counts.ToArray());
    }

    [Fact]
    public void FromLong_IndicesOutsideTheListsOrOfUnequalLength_AreRefused()
    {
        Assert.Throws<SegregationInputException>(() => CountTable.FromLong(["a"], ["X", "Y"], [0, 1], [0, 1], [1.0, 2]));
        Assert.Throws<SegregationInputException>(() => CountTable.FromLong(["a"], ["X", "Y"], [0, 0], [0, 2], [1.0, 2]));
        Assert.Throws<SegregationInputException>(() => CountTable.FromLong(["a"], ["X", "Y"], [0, 0], [0, 1], [1.0]));
        var bad = Assert.Throws<SegregationInputException>(() => CountTable.FromLong(["a"], ["X", "Y"], [0, 0], [0, 1], [1.0, double.NaN]));
        Assert.Equal(("a", "Y"), (bad.Unit, bad.Group));
    }

    [Fact]
    public void Binary_Group_IsThatGroupAgainstTheSumOfTheOthers()
    {
        var binary = Three.Binary("A");
        Assert.Equal(["A", "not A"], binary.Groups);
        Assert.Equal(Three.Units, binary.Units);
        Assert.Equal([3.0, 1, 0, 2, 1, 1, 0, 2], binary.Counts.ToArray());
    }

    [Fact]
    public void Pair_TwoGroups_DropsUnitsWithNeitherAndIgnoresTheRest()
    {
        var pair = Three.Pair("A", "B");
        Assert.Equal(["A", "B"], pair.Groups);
        Assert.Equal(["u1", "u2", "u3"], pair.Units); // u4 holds only C
        Assert.Equal([3.0, 1, 0, 1, 1, 0], pair.Counts.ToArray());
        Assert.Equal(6, pair.Total);
    }

    [Fact]
    public void Pair_ReversedOrder_SwapsTheColumns()
    {
        var pair = Three.Pair("C", "A");
        Assert.Equal(["C", "A"], pair.Groups);
        Assert.Equal(["u1", "u2", "u3", "u4"], pair.Units);
        Assert.Equal([0.0, 3, 1, 0, 1, 1, 2, 0], pair.Counts.ToArray());
    }

    [Fact]
    public void Aggregate_Parents_AddsUnitsUpInFirstAppearanceOrder()
    {
        var wijken = Three.Aggregate(["W2", "W1", "W2", "W1"]);
        Assert.Equal(["W2", "W1"], wijken.Units);
        Assert.Equal(Three.Groups, wijken.Groups);
        Assert.Equal([4.0, 1, 1, 0, 1, 3], wijken.Counts.ToArray());
        Assert.Equal([6.0, 4], Enumerable.Range(0, 2).Select(wijken.UnitTotal));
        Assert.Equal([4.0, 2, 4], Enumerable.Range(0, 3).Select(wijken.GroupTotal));
        Assert.Equal(10, wijken.Total);
    }

    [Fact]
    public void Aggregate_AllUnitsInOneParent_HasNoSegregation()
    {
        var city = Three.Aggregate(["city", "city", "city", "city"]);
        Assert.Equal(0, Segregation.MutualInformation(city));
        Assert.Equal(0, Segregation.Dissimilarity(city), 15);
    }

    [Fact]
    public void Create_CountBeyondAnyPopulation_IsRefusedBeforeItCanOverflow()
    {
        var error = Assert.Throws<SegregationInputException>(() => CountTable.Create(["u", "v"], ["x", "y"], new double[,] { { 1e160, 0 }, { 0, 1e160 } }));
        Assert.Equal(("u", "x"), (error.Unit, error.Group));
    }
}
