using System.Globalization;

namespace Wijkmix.Segregation;

/// <summary>One merge: <see cref="Merged"/> joined <see cref="Into"/> (each named by its first unit), leaving <see cref="Units"/> units with M = <see cref="MutualInformation"/>.</summary>
public sealed record CompressionStep(string Merged, string Into, int Units, double MutualInformation, double ShareOfOriginal);

/// <summary>
/// Units merged step by step while keeping as much of M as possible (R <c>segregation</c>'s
/// <c>compress</c>, Elbers 2021), in the "all pairs" variant: each step merges the two units, of any in
/// the table, whose merge loses least M. Merging i and j loses p_ij × M({i, j}), the segregation between
/// the two (the within term of the pair), so the most similar pair by composition and size goes first.
/// </summary>
public sealed class Compression
{
    private readonly IReadOnlyList<string> _units;

    private Compression(IReadOnlyList<string> units, double original, IReadOnlyList<CompressionStep> steps)
    {
        _units = units;
        Original = original;
        Steps = steps;
    }

    /// <summary>M of the table as given, in the log base asked for.</summary>
    public double Original { get; }

    /// <summary>Every merge down to one unit, in order.</summary>
    public IReadOnlyList<CompressionStep> Steps { get; }

    /// <summary>Runs the merges; O(n³) for n units, meant for the buurten of a city (hundreds to a few thousand).</summary>
    public static Compression AllPairs(CountTable table, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        Segregation.CheckBase(logBase);
        int n = table.UnitCount, k = table.GroupCount;
        var ln = Math.Log(logBase);
        var counts = new double[n][];
        for (var u = 0; u < n; u++)
        {
            counts[u] = new double[k];
            for (var g = 0; g < k; g++)
            {
                counts[u][g] = table[u, g];
            }
        }

        var alive = Enumerable.Repeat(true, n).ToArray();
        var loss = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                loss[i, j] = Loss(counts[i], counts[j], table.Total);
            }
        }

        var m = Segregation.MutualInformation(table);
        var original = m;
        var steps = new List<CompressionStep>(n - 1);
        for (var units = n; units > 1; units--)
        {
            var (a, b, best) = (-1, -1, double.PositiveInfinity);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; alive[i] && j < n; j++)
                {
                    if (alive[j] && loss[i, j] < best)
                    {
                        (a, b, best) = (i, j, loss[i, j]);
                    }
                }
            }

            for (var g = 0; g < k; g++)
            {
                counts[a][g] += counts[b][g];
            }

            alive[b] = false;
            m = Math.Max(0, m - best);
            for (var i = 0; i < n; i++)
            {
                if (alive[i] && i != a)
                {
                    var l = Loss(counts[Math.Min(i, a)], counts[Math.Max(i, a)], table.Total);
                    loss[Math.Min(i, a), Math.Max(i, a)] = l;
                }
            }

            steps.Add(new CompressionStep(table.Units[b], table.Units[a], units - 1, m / ln, original > 0 ? m / original : 1));
        }

        return new Compression(table.Units, original / ln, steps);
    }

    /// <summary>
    /// The coarsest partition that keeps at least <paramref name="keep"/> of M (0 &lt; keep ≤ 1): for each
    /// original unit, the name of the merged unit it belongs to, for <see cref="CountTable.Aggregate"/>.
    /// </summary>
    public IReadOnlyList<string> Partition(double keep)
    {
        if (!(keep is > 0 and <= 1))
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture, $"the share of M to keep must lie in (0, 1]; got {keep}"));
        }

        var parent = _units.ToDictionary(u => u, u => u, StringComparer.Ordinal);
        string Root(string u) => parent[u] == u ? u : parent[u] = Root(parent[u]);
        foreach (var step in Steps.TakeWhile(s => s.ShareOfOriginal >= keep - 1e-12))
        {
            parent[Root(step.Merged)] = Root(step.Into);
        }

        return [.. _units.Select(Root)];
    }

    /// <summary>M lost by merging two units: Σ_g Σ_{u∈{i,j}} t_ug/T ln(t_ug t_ij / (t_u T_g,ij)).</summary>
    private static double Loss(double[] x, double[] y, double total)
    {
        double tx = x.Sum(), ty = y.Sum(), t = tx + ty, sum = 0;
        for (var g = 0; g < x.Length; g++)
        {
            var tg = x[g] + y[g];
            if (x[g] > 0)
            {
                sum += x[g] * Math.Log(x[g] * t / (tx * tg));
            }

            if (y[g] > 0)
            {
                sum += y[g] * Math.Log(y[g] * t / (ty * tg));
            }
        }

        return Math.Max(0, sum / total);
    }
}
