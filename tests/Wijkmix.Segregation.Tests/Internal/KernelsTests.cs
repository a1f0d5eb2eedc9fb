using CsCheck;
using Wijkmix.Segregation.Internal;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.Internal;

public class KernelsTests
{
    [Fact]
    public void PairSums_RandomTables_EqualTheSumOverAllOrderedPairs()
    {
        Generators.Grids(maxUnits: 30).Sample(grid =>
        {
            var table = grid.ToTable();
            var sums = new double[grid.GroupCount];
            Kernels.PairSums(table.Counts, table.UnitTotals, grid.GroupCount, sums);
            for (var g = 0; g < grid.GroupCount; g++)
            {
                var naive = 0.0;
                for (var i = 0; i < grid.UnitCount; i++)
                {
                    for (var j = 0; j < grid.UnitCount; j++)
                    {
                        naive += table.UnitTotal(i) * table.UnitTotal(j) * Math.Abs((table[i, g] / table.UnitTotal(i)) - (table[j, g] / table.UnitTotal(j)));
                    }
                }

                Approx.Equal(naive, sums[g], $"S_{g}");
            }
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Atkinson_SeveralShapesAtOnce_EqualsOneShapeAtATime()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            double[] shapes = [0.05, 0.3, 0.5, 0.95];
            var together = new double[shapes.Length];
            Kernels.Atkinson(table.Counts, table.UnitTotals, grid.GroupCount, 0, table.GroupTotal(0), table.Total, shapes, together);
            for (var s = 0; s < shapes.Length; s++)
            {
                var (x, y) = Naive.Binary(grid.Counts, 0);
                Approx.Equal(Naive.Atkinson(x, y, shapes[s]), together[s], $"A({shapes[s]})");
                Assert.Equal(together[s], Kernels.Atkinson(table.Counts, table.UnitTotals, grid.GroupCount, 0, table.GroupTotal(0), table.Total, shapes[s]));
            }
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Interaction_TwoEqualGroups_IsOneHalf()
    {
        // Σ π (1 − π) = 2 · ½ · ½.
        Assert.Equal(0.5, Kernels.Interaction([3.0, 3.0], 6));
    }
}
