using System.Buffers;
using System.Diagnostics;

namespace Wijkmix.Segregation.Internal;

/// <summary>
/// The index formulas over a validated table (row-major counts, unit and group totals). No checks
/// (the table was validated when built), no allocation but pooled sort buffers.
/// </summary>
internal static class Kernels
{
    /// <summary>Σ_i t_i |π_ig − π_g| summed over groups, / (2 T I).</summary>
    public static double Dissimilarity(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, ReadOnlySpan<double> groupTotals, double total)
    {
        var k = groupTotals.Length;
        var sum = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var t = unitTotals[u];
            for (var g = 0; g < k; g++)
            {
                sum += Math.Abs(counts[(u * k) + g] - (t * groupTotals[g] / total));
            }
        }

        return sum / (2 * total * Interaction(groupTotals, total));
    }

    /// <summary>Σ_g S_g / (2 T² I), with the per-group pair sums S_g of <see cref="PairSums"/>.</summary>
    public static double Gini(ReadOnlySpan<double> pairSums, ReadOnlySpan<double> groupTotals, double total)
    {
        var sum = 0.0;
        foreach (var s in pairSums)
        {
            sum += s;
        }

        return sum / (2 * total * total * Interaction(groupTotals, total));
    }

    /// <summary>
    /// S_g = Σ_i Σ_j t_i t_j |π_ig − π_jg| for each group, by sorting units by π_ig (radix sort, O(n))
    /// and prefix sums: no n × n pairs. With two groups, group g against the rest has the same S_g.
    /// </summary>
    public static void PairSums(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, Span<double> result)
    {
        for (var g = 0; g < groups; g++)
        {
            result[g] = PairSum(counts, unitTotals, groups, g);
        }
    }

    /// <summary>S_g for one group; see <see cref="PairSums"/>.</summary>
    public static double PairSum(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, int g)
    {
        var n = unitTotals.Length;
        var shares = ArrayPool<double>.Shared.Rent(n);
        var weights = ArrayPool<double>.Shared.Rent(n);
        try
        {
            for (var u = 0; u < n; u++)
            {
                shares[u] = counts[(u * groups) + g] / unitTotals[u];
                weights[u] = unitTotals[u];
            }

            RadixSort.Sort(shares.AsSpan(0, n), weights.AsSpan(0, n));
            double below = 0, weightedBelow = 0, pairs = 0;
            for (var u = 0; u < n; u++)
            {
                pairs += weights[u] * ((shares[u] * below) - weightedBelow);
                below += weights[u];
                weightedBelow += weights[u] * shares[u];
            }

            return 2 * pairs;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(shares);
            ArrayPool<double>.Shared.Return(weights);
        }
    }

    /// <summary>Mutual information M = Σ_u Σ_g p_ug ln(p_ug / (p_u p_g)) in nats.</summary>
    public static double MutualInformation(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, ReadOnlySpan<double> groupTotals, double total)
    {
        var k = groupTotals.Length;
        var m = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var t = unitTotals[u];
            for (var g = 0; g < k; g++)
            {
                var c = counts[(u * k) + g];
                if (c > 0)
                {
                    m += c * Math.Log(c * total / (t * groupTotals[g]));
                }
            }
        }

        return Math.Max(0, m / total);
    }

    /// <summary>Entropy of the group distribution in nats: −Σ_g π_g ln π_g.</summary>
    public static double Entropy(ReadOnlySpan<double> groupTotals, double total)
    {
        var e = 0.0;
        foreach (var t in groupTotals)
        {
            if (t > 0)
            {
                var p = t / total;
                e -= p * Math.Log(p);
            }
        }

        return e;
    }

    /// <summary>Simpson's interaction I = Σ_g π_g (1 − π_g).</summary>
    public static double Interaction(ReadOnlySpan<double> groupTotals, double total)
    {
        var i = 0.0;
        foreach (var t in groupTotals)
        {
            var p = t / total;
            i += p * (1 - p);
        }

        Debug.Assert(i > 0, "a validated table has at least two present groups");
        return i;
    }

    /// <summary>Normalised exposure P = Σ_g Σ_i (t_i/T)(π_ig − π_g)² / (1 − π_g).</summary>
    public static double NormalizedExposure(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, ReadOnlySpan<double> groupTotals, double total)
    {
        var k = groupTotals.Length;
        var sum = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var t = unitTotals[u];
            for (var g = 0; g < k; g++)
            {
                var pg = groupTotals[g] / total;
                var d = (counts[(u * k) + g] / t) - pg;
                sum += t * d * d / (1 - pg);
            }
        }

        return sum / total;
    }

    /// <summary>Relative diversity R = Σ_g Σ_i t_i (π_ig − π_g)² / (T I).</summary>
    public static double RelativeDiversity(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, ReadOnlySpan<double> groupTotals, double total)
    {
        var k = groupTotals.Length;
        var sum = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var t = unitTotals[u];
            for (var g = 0; g < k; g++)
            {
                var d = (counts[(u * k) + g] / t) - (groupTotals[g] / total);
                sum += t * d * d;
            }
        }

        return sum / (total * Interaction(groupTotals, total));
    }

    /// <summary>Isolation of group g: Σ_i (x_i/X)(x_i/t_i).</summary>
    public static double Isolation(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, int g, double groupTotal)
    {
        var sum = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var x = counts[(u * groups) + g];
            sum += x / groupTotal * (x / unitTotals[u]);
        }

        return sum;
    }

    /// <summary>Two-group D of group g against the rest: Σ_i t_i |π_ig − P| / (2 T P (1 − P)).</summary>
    public static double Dissimilarity(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, int g, double groupTotal, double total)
    {
        var p = groupTotal / total;
        var sum = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            sum += Math.Abs(counts[(u * groups) + g] - (unitTotals[u] * p));
        }

        return sum / (2 * total * p * (1 - p));
    }

    /// <summary>Two-group M of group g against the rest, in nats.</summary>
    public static double MutualInformation(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, int g, double groupTotal, double total)
    {
        var rest = total - groupTotal;
        var m = 0.0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var t = unitTotals[u];
            var x = counts[(u * groups) + g];
            var y = t - x;
            if (x > 0)
            {
                m += x * Math.Log(x * total / (t * groupTotal));
            }

            if (y > 0)
            {
                m += y * Math.Log(y * total / (t * rest));
            }
        }

        return Math.Max(0, m / total);
    }

    /// <summary>Atkinson index of group g with shape b (0 &lt; b &lt; 1), Massey and Denton (1988).</summary>
    public static double Atkinson(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, int g, double groupTotal, double total, double b)
    {
        Span<double> shapes = [b];
        Span<double> result = stackalloc double[1];
        Atkinson(counts, unitTotals, groups, g, groupTotal, total, shapes, result);
        return result[0];
    }

    /// <summary>
    /// Atkinson indices for several shapes in one pass: (1 − π)^(1−b) π^b = exp((1 − b) ln(1 − π) + b ln π),
    /// so each unit costs two logarithms and one exponential per shape instead of two powers.
    /// </summary>
    public static void Atkinson(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, int groups, int g, double groupTotal, double total,
        ReadOnlySpan<double> shapes, Span<double> result)
    {
        Span<double> sums = stackalloc double[shapes.Length];
        sums.Clear();
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var pi = counts[(u * groups) + g] / unitTotals[u];
            double logShare = Math.Log(pi), logRest = Math.Log(1 - pi);
            for (var s = 0; s < shapes.Length; s++)
            {
                sums[s] += Math.Exp(((1 - shapes[s]) * logRest) + (shapes[s] * logShare)) * unitTotals[u];
            }
        }

        var p = groupTotal / total;
        for (var s = 0; s < shapes.Length; s++)
        {
            result[s] = 1 - (p / (1 - p) * Math.Pow(Math.Abs(sums[s] / (p * total)), 1 / (1 - shapes[s])));
        }
    }
}
