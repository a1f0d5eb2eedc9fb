namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary><see cref="Compression.AllPairs"/> against M of the merged tables computed from the definition.</summary>
public class CompressionTests
{
    private static readonly double[,] Counts =
    {
        { 30, 5, 10 }, { 8, 40, 2 }, { 12, 12, 12 }, { 60, 10, 25 }, { 4, 9, 60 }, { 7, 1, 3 }, { 2, 30, 1 }, { 20, 20, 21 },
    };

    private static readonly string[] Units = ["a", "b", "c", "d", "e", "f", "g", "h"];

    private static CountTable Table => CountTable.Create(Units, ["X", "Y", "Z"], Counts);

    /// <summary>The table with the units of each part added up.</summary>
    private static double[,] Merged(IReadOnlyList<string> partOf)
    {
        var parts = partOf.Distinct().ToList();
        var merged = new double[parts.Count, 3];
        for (var u = 0; u < Units.Length; u++)
        {
            for (var g = 0; g < 3; g++)
            {
                merged[parts.IndexOf(partOf[u]), g] += Counts[u, g];
            }
        }

        return merged;
    }

    [Fact]
    public void AllPairs_EveryStep_HasTheMOfItsMergedTable()
    {
        var compression = Compression.AllPairs(Table);
        Assert.Equal(Naive.MutualInformation(Counts), compression.Original, 12);
        Assert.Equal(Units.Length - 1, compression.Steps.Count);
        var part = Units.ToDictionary(u => u, u => u);
        string Root(string u) => part[u] == u ? u : Root(part[u]);
        foreach (var step in compression.Steps)
        {
            part[Root(step.Merged)] = Root(step.Into);
            var merged = Merged([.. Units.Select(Root)]);
            Assert.Equal(step.Units, merged.GetLength(0));
            Assert.Equal(Naive.MutualInformation(merged), step.MutualInformation, 10);
        }

        Assert.Equal(0, compression.Steps[^1].MutualInformation, 12);
    }

    [Fact]
    public void AllPairs_FirstMerge_IsThePairThatLosesLeast()
    {
        var best = (Loss: double.PositiveInfinity, A: "", B: "");
        for (var i = 0; i < Units.Length; i++)
        {
            for (var j = i + 1; j < Units.Length; j++)
            {
                var partOf = Units.Select((u, x) => x == j ? Units[i] : u).ToArray();
                var loss = Naive.MutualInformation(Counts) - Naive.MutualInformation(Merged(partOf));
                if (loss < best.Loss)
                {
                    best = (loss, Units[i], Units[j]);
                }
            }
        }

        var first = Compression.AllPairs(Table).Steps[0];
        Assert.Equal((best.A, best.B), (first.Into, first.Merged));
    }

    [Fact]
    public void AllPairs_UnitsOfTheSameComposition_MergeFirstWithoutLoss()
    {
        // c and h in proportion 1 : 1 : 1 and 20 : 20 : 20 (h made exactly proportional here).
        var counts = (double[,])Counts.Clone();
        (counts[7, 0], counts[7, 1], counts[7, 2]) = (20, 20, 20);
        var compression = Compression.AllPairs(CountTable.Create(Units, ["X", "Y", "Z"], counts));
        Assert.Equal(("c", "h"), (compression.Steps[0].Into, compression.Steps[0].Merged));
        Assert.Equal(compression.Original, compression.Steps[0].MutualInformation, 12);
    }

    [Theory]
    [InlineData(0.99)]
    [InlineData(0.8)]
    [InlineData(0.5)]
    public void Partition_KeepsTheShareAndIsTheCoarsestThatDoes(double keep)
    {
        var compression = Compression.AllPairs(Table);
        var partition = compression.Partition(keep);
        var m = Naive.MutualInformation(Merged(partition));
        Assert.True(m >= (keep * compression.Original) - 1e-12, $"M {m} below {keep} of {compression.Original}");
        var units = partition.Distinct().Count();
        var next = compression.Steps.First(s => s.Units == units - 1);
        Assert.True(next.ShareOfOriginal < keep, "one more merge would still have kept the share");
        Assert.Equal(m, Segregation.MutualInformation(Table.Aggregate(partition)), 12);
    }

    [Fact]
    public void Partition_ShareOutsideZeroOne_IsRefused() =>
        Assert.Throws<SegregationInputException>(() => Compression.AllPairs(Table).Partition(0));
}
