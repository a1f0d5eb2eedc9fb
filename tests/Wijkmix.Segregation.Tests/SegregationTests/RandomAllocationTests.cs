namespace Wijkmix.Segregation.Tests.SegregationTests;

/// <summary><see cref="RandomAllocation.ExpectedLocalScores"/> against the exact expectation over every composition.</summary>
public class RandomAllocationTests
{
    private static readonly double[,] Counts = { { 2, 1, 0 }, { 0, 1, 2 }, { 1, 0, 0 }, { 1, 2, 1 } };

    private static CountTable Table => CountTable.Create(["a", "b", "c", "d"], ["X", "Y", "Z"], Counts);

    /// <summary>
    /// E[ls_u] from the definition: under random allocation a unit of size t holds x_g of each group with the
    /// multivariate hypergeometric probability Π_g C(T_g, x_g) / C(T, t), whatever the order units are filled in.
    /// </summary>
    private static double ExactExpected(int unit)
    {
        var totals = Enumerable.Range(0, 3).Select(g => (int)Enumerable.Range(0, 4).Sum(u => Counts[u, g])).ToArray();
        var total = totals.Sum();
        var size = (int)(Counts[unit, 0] + Counts[unit, 1] + Counts[unit, 2]);
        var expected = 0.0;
        for (var x = 0; x <= Math.Min(size, totals[0]); x++)
        {
            for (var y = 0; x + y <= size && y <= totals[1]; y++)
            {
                var z = size - x - y;
                if (z > totals[2])
                {
                    continue;
                }

                var probability = Choose(totals[0], x) * Choose(totals[1], y) * Choose(totals[2], z) / Choose(total, size);
                var ls = new[] { x, y, z }.Select((c, g) => c == 0 ? 0 : (double)c / size * Math.Log((double)c / size / ((double)totals[g] / total))).Sum();
                expected += probability * ls;
            }
        }

        return expected;
    }

    private static double Choose(int n, int k) => Enumerable.Range(1, k).Aggregate(1.0, (acc, i) => acc * (n - k + i) / i);

    [Fact]
    public void ExpectedLocalScores_MatchTheExactExpectation()
    {
        var result = RandomAllocation.ExpectedLocalScores(Table, replicates: 20_000, seed: 3);
        var local = Segregation.Local(Table);
        for (var u = 0; u < 4; u++)
        {
            var exact = ExactExpected(u);
            Assert.True(Math.Abs(result[u].Expected - exact) < 5 * result[u].StandardError,
                $"unit {u}: simulated {result[u].Expected} ± {result[u].StandardError}, exact {exact}");
            Assert.True(result[u].StandardError < 0.01, $"unit {u}: standard error {result[u].StandardError}");
            Assert.Equal(local[u].LocalSegregation, result[u].Observed, 12);
        }

        // The one-person unit is always a single group: its expectation is E[ln(1 / π_g)] = Σ_g π_g ln(1 / π_g) = E.
        Assert.Equal(Naive.Entropy([4.0, 4, 3]), ExactExpected(2), 12);
    }

    [Fact]
    public void ExpectedLocalScores_SameSeedSameResult_OtherSeedOther()
    {
        var first = RandomAllocation.ExpectedLocalScores(Table, replicates: 200, seed: 7);
        var again = RandomAllocation.ExpectedLocalScores(Table, replicates: 200, seed: 7);
        var other = RandomAllocation.ExpectedLocalScores(Table, replicates: 200, seed: 8);
        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(r => r.Expected), other.Select(r => r.Expected));
    }

    [Fact]
    public void ExpectedLocalScores_FractionalCountsOrTooFewReplicates_AreRefused()
    {
        var fractional = CountTable.Create(["a", "b"], ["X", "Y"], new double[,] { { 1.5, 2 }, { 3, 1 } });
        Assert.Throws<SegregationInputException>(() => RandomAllocation.ExpectedLocalScores(fractional));
        Assert.Throws<SegregationInputException>(() => RandomAllocation.ExpectedLocalScores(Table, replicates: 1));
    }
}
