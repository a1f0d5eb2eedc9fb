namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary><see cref="Within.BySuperunit"/> against the definitions (R segregation's mutual_within).</summary>
public class WithinTests
{
    private static readonly double[,] Counts = { { 30, 5, 10 }, { 8, 40, 2 }, { 12, 12, 12 }, { 50, 3, 1 }, { 4, 9, 60 }, { 7, 0, 0 }, { 0, 6, 0 } };
    private static readonly string[] Units = ["b1", "b2", "b3", "b4", "b5", "b6", "b7"];
    private static readonly string[] Wijk = ["W1", "W1", "W2", "W1", "W2", "W3", "W4"];

    private static CountTable Table => CountTable.Create(Units, ["laag", "midden", "hoog"], Counts);

    [Fact]
    public void BySuperunit_EachRowIsItsOwnTableFromTheDefinition()
    {
        var rows = Within.BySuperunit(Table, Wijk);
        Assert.Equal(["W1", "W2", "W3", "W4"], rows.Select(r => r.Superunit));
        var total = Enumerable.Range(0, 7).Sum(u => Counts[u, 0] + Counts[u, 1] + Counts[u, 2]);
        foreach (var row in rows)
        {
            var members = Enumerable.Range(0, 7).Where(u => Wijk[u] == row.Superunit).ToArray();
            var sub = new double[members.Length, 3];
            for (var i = 0; i < members.Length; i++)
            {
                for (var g = 0; g < 3; g++)
                {
                    sub[i, g] = Counts[members[i], g];
                }
            }

            var columns = Enumerable.Range(0, 3).Select(g => members.Sum(u => Counts[u, g])).ToArray();
            var population = columns.Sum();
            Assert.Equal(members.Length, row.Units);
            Assert.Equal(Naive.MutualInformation(sub), row.MutualInformation, 12);
            Assert.Equal(Naive.Entropy(columns), row.Entropy, 12);
            Assert.Equal(population / total, row.Share, 12);
            Assert.Equal(population / total * Naive.MutualInformation(sub), row.Contribution, 12);
        }

        Assert.Equal(Naive.MutualInformation(new double[,] { { 30, 5, 10 }, { 8, 40, 2 }, { 50, 3, 1 } }) / Naive.Entropy([88.0, 48, 13]), rows[0].Theil, 12);
        Assert.Equal(0, rows[2].MutualInformation);
        Assert.True(double.IsNaN(rows[3].Theil), "a superunit of one group has no H");
    }

    [Fact]
    public void BySuperunit_ContributionsAddUpToTheWithinTerm()
    {
        var rows = Within.BySuperunit(Table, Wijk);
        var decomposition = Segregation.Decompose(Table, [("wijk", Wijk)], "buurt");
        Assert.Equal(decomposition.Components[^1].MutualInformation, rows.Sum(r => r.Contribution), 12);
        Assert.Equal(1, rows.Sum(r => r.Share), 12);

        // M(between wijken) + Σ p_s M_s = M.
        var between = Naive.MutualInformation(new double[,] { { 88, 48, 13 }, { 16, 21, 72 }, { 7, 0, 0 }, { 0, 6, 0 } });
        Assert.Equal(Naive.MutualInformation(Counts), between + rows.Sum(r => r.Contribution), 12);
    }

    [Fact]
    public void BySuperunit_LogBaseTwo_IsNatsOverLnTwo()
    {
        var nats = Within.BySuperunit(Table, Wijk);
        var bits = Within.BySuperunit(Table, Wijk, logBase: 2);
        Assert.Equal(nats[0].MutualInformation / Math.Log(2), bits[0].MutualInformation, 12);
        Assert.Equal(nats[0].Theil, bits[0].Theil, 12);
    }

    [Fact]
    public void BySuperunit_HierarchyOfOtherLength_IsRefused() =>
        Assert.Throws<SegregationInputException>(() => Within.BySuperunit(Table, ["W1"]));
}
