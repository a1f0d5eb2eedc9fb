using Wijkmix.Segregation.Internal;
using Wijkmix.Segregation.Tests.Support;
using Seg = Wijkmix.Segregation.Segregation;

namespace Wijkmix.Segregation.Tests.Internal;

/// <summary>
/// The one-pass measures of a drawn table (sums of c ln c) against the engine's own functions on
/// the same table built as a <see cref="CountTable"/>: the brute-force reference. Units that drew
/// nobody are left out of the reference table, as they drop out of a replicate.
/// </summary>
public class ReplicateWorkspaceTests
{
    private static readonly string[] Groups = ["a", "b", "c"];

    /// <summary>30 units in 6 wijken in 2 gemeenten; unit 0 has a single person, so it often draws nobody.</summary>
    private static (CountTable Table, string[] Wijk, string[] Gemeente) Table()
    {
        var random = new Random(5);
        var counts = new double[30, 3];
        for (var u = 0; u < 30; u++)
        {
            for (var g = 0; g < 3; g++)
            {
                counts[u, g] = u == 0 ? (g == 0 ? 1 : 0) : random.Next(0, 60) + (g == u / 10 ? 80 : 0);
            }
        }

        var units = Enumerable.Range(0, 30).Select(u => "u" + u).ToArray();
        return (CountTable.Create(units, Groups, counts), units.Select((_, u) => "w" + (u / 5)).ToArray(), units.Select((_, u) => "g" + (u / 15)).ToArray());
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Measures_OfADrawnTable_EqualTheEngineOnThatTable(int seed, bool allocation)
    {
        var (table, wijk, gemeente) = Table();
        (string, IReadOnlyList<string>)[] levels = [("wijk", wijk), ("gemeente", gemeente)];
        foreach (var parents in new[] { null, wijk })
        {
            var work = new ReplicateWorkspace(new ReplicatePlan(table, levels, parents));
            if (allocation)
            {
                work.DrawAllocation(seed);
            }
            else
            {
                work.DrawBootstrap(seed);
            }

            var (m, e, d) = work.Measure();
            var parts = new double[3];
            work.Decompose(parts);
            var segregation = new double[table.UnitCount];
            var contribution = new double[table.UnitCount];
            work.Local(segregation, contribution, 1, 2);

            var kept = Enumerable.Range(0, table.UnitCount).Where(u => Row(work, u).Sum() > 0).ToArray();
            var drawn = CountTable.Create(kept.Select(u => table.Units[u]).ToArray(), Groups, To2D(kept.Select(u => Row(work, u)).ToArray()));
            var indices = Seg.Multigroup(drawn);
            Approx.Equal(indices.MutualInformation, m, "M");
            Approx.Equal(indices.Theil, m / e, "H");
            Approx.Equal(indices.Dissimilarity, d, "D");
            var split = Seg.Decompose(drawn, [("wijk", kept.Select(u => wijk[u]).ToList()), ("gemeente", kept.Select(u => gemeente[u]).ToList())]);
            for (var i = 0; i < 3; i++)
            {
                Approx.Equal(split.Components[i].MutualInformation, parts[i], split.Components[i].Level);
            }

            var local = Seg.Local(drawn, parents is null ? null : kept.Select(u => parents[u]).ToList(), 2);
            for (var i = 0; i < kept.Length; i++)
            {
                Approx.Equal(local[i].LocalSegregation, segregation[kept[i]], "ls of " + local[i].Unit);
                Approx.Equal(local[i].Contribution, contribution[kept[i]], "contribution of " + local[i].Unit);
            }

            Assert.All(Enumerable.Range(0, table.UnitCount).Except(kept), u => Assert.True(double.IsNaN(segregation[u]) && contribution[u] == 0));
        }
    }

    [Fact]
    public void Draws_KeepTheTotalOrEachUnitsSize()
    {
        var (table, _, _) = Table();
        var work = new ReplicateWorkspace(new ReplicatePlan(table, null, null));
        work.DrawBootstrap(8);
        Assert.Equal(table.Total, work.Sample.ToArray().Sum());
        Assert.NotEqual(table.Counts.ToArray(), work.Sample.ToArray());
        work.DrawAllocation(8);
        Assert.Equal(Enumerable.Range(0, table.UnitCount).Select(table.UnitTotal), Enumerable.Range(0, table.UnitCount).Select(u => Row(work, u).Sum()));
    }

    private static double[] Row(ReplicateWorkspace work, int u) => work.Sample.Slice(u * 3, 3).ToArray();

    private static double[,] To2D(double[][] rows)
    {
        var result = new double[rows.Length, 3];
        for (var u = 0; u < rows.Length; u++)
        {
            for (var g = 0; g < 3; g++)
            {
                result[u, g] = rows[u][g];
            }
        }

        return result;
    }
}
