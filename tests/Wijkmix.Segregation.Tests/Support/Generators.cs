using CsCheck;

namespace Wijkmix.Segregation.Tests.Support;

/// <summary>Random valid tables and nestings for the property tests.</summary>
internal static class Generators
{
    /// <summary>Samples per property: enough to hit zeros, single units and weighted counts, small enough for a shared 2-core machine.</summary>
    public const int Iterations = 200;

    /// <summary>Many zeros (segregated cells), mostly whole people, sometimes a weighted (non-integer) count.</summary>
    private static readonly Gen<double> Count = Gen.Frequency(
        (3, Gen.Const(0.0)),
        (6, Gen.Int[1, 60].Select(i => (double)i)),
        (1, Gen.Double[0.01, 100.0]));

    /// <summary>A valid grid: every unit non-empty, every group present somewhere.</summary>
    public static Gen<Grid> Grids(int minUnits = 1, int maxUnits = 8, int minGroups = 2, int maxGroups = 4) =>
        Gen.Int[minUnits, maxUnits].SelectMany(n => Gen.Int[minGroups, maxGroups].SelectMany(k => Count.Array[k].Array[n]))
            .Select(rows => Grid.Of(Repair(rows)));

    /// <summary>A grid with a random permutation of its units and one of its groups.</summary>
    public static Gen<(Grid Grid, int[] UnitOrder, int[] GroupOrder)> GridsWithPermutations() =>
        Grids().SelectMany(grid => Gen.Select(Permutation(grid.UnitCount), Permutation(grid.GroupCount), (u, g) => (grid, u, g)));

    /// <summary>A permutation of 0..n−1, drawn as random sort keys (so CsCheck can shrink it).</summary>
    public static Gen<int[]> Permutation(int n) =>
        Gen.Int[0, 1000].Array[n].Select(keys => Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray());

    /// <summary>
    /// A grid with a random nesting: wijkOf[u] ∈ 0..w−1 for every unit, gemeenteOf[w] ∈ 0..m−1 for every
    /// wijk. Some wijken may stay empty; that is fine, they simply never appear as an ancestor.
    /// </summary>
    public static Gen<(Grid Grid, int[] WijkOf, int[] GemeenteOf)> Nestings() =>
        Grids(minUnits: 2, maxUnits: 12).SelectMany(grid =>
            Gen.Int[1, 5].SelectMany(wijken =>
                Gen.Select(Gen.Int[0, wijken - 1].Array[grid.UnitCount], Gen.Int[0, 2].Array[wijken], (w, m) => (grid, w, m))));

    private static double[][] Repair(double[][] rows)
    {
        int n = rows.Length, k = rows[0].Length;
        for (var u = 0; u < n; u++)
        {
            if (rows[u].All(c => c == 0))
            {
                rows[u][u % k] = 1;
            }
        }

        for (var g = 0; g < k; g++)
        {
            if (rows.All(r => r[g] == 0))
            {
                rows[g % n][g] = 1;
            }
        }

        return rows;
    }
}
