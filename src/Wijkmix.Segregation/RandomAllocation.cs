using System.Globalization;

namespace Wijkmix.Segregation;

/// <summary>A unit's local segregation against what random allocation would give it.</summary>
/// <param name="Observed">ls_u of the table, in the log base asked for.</param>
/// <param name="Expected">The mean of ls_u over the replicates of random allocation.</param>
/// <param name="StandardError">The Monte Carlo standard error of <paramref name="Expected"/>.</param>
public sealed record ExpectedLocal(string Unit, double Observed, double Expected, double StandardError);

/// <summary>
/// Local scores under random allocation (Elbers 2021, as R <c>segregation</c>'s expected values): every
/// person is placed at random, unit sizes and group totals kept, so a small unit shows ls_u &gt; 0 by
/// chance alone. Simulated with a seed, exactly: each replicate deals the city's people into the units
/// without replacement (a multivariate hypergeometric draw per unit). Cost grows with the population
/// times the groups times the replicates; meant for tables of up to some hundred thousand people.
/// </summary>
public static class RandomAllocation
{
    public static IReadOnlyList<ExpectedLocal> ExpectedLocalScores(CountTable table, int replicates = 500, int seed = 1, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        Segregation.CheckBase(logBase);
        if (replicates < 2)
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture, $"random allocation needs at least 2 replicates; got {replicates}"));
        }

        int n = table.UnitCount, k = table.GroupCount;
        foreach (var count in table.Counts)
        {
            if (count != Math.Floor(count))
            {
                throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                    $"random allocation deals whole people; count {count} is not a whole number"));
            }
        }

        var ln = Math.Log(logBase);
        var shares = new double[k];
        for (var g = 0; g < k; g++)
        {
            shares[g] = table.GroupTotal(g) / table.Total;
        }

        var sum = new double[n];
        var sumOfSquares = new double[n];
        var random = new Random(seed);
        var remaining = new long[k];
        var drawn = new double[k];
        for (var r = 0; r < replicates; r++)
        {
            for (var g = 0; g < k; g++)
            {
                remaining[g] = (long)table.GroupTotal(g);
            }

            var left = (long)table.Total;
            for (var u = 0; u < n; u++)
            {
                Array.Clear(drawn);
                for (var person = 0L; person < (long)table.UnitTotal(u); person++)
                {
                    var pick = random.NextInt64(left);
                    var g = 0;
                    while (pick >= remaining[g])
                    {
                        pick -= remaining[g++];
                    }

                    remaining[g]--;
                    left--;
                    drawn[g]++;
                }

                var ls = Local(drawn, table.UnitTotal(u), shares) / ln;
                sum[u] += ls;
                sumOfSquares[u] += ls * ls;
            }
        }

        var result = new ExpectedLocal[n];
        var observed = new double[k];
        for (var u = 0; u < n; u++)
        {
            for (var g = 0; g < k; g++)
            {
                observed[g] = table[u, g];
            }

            var mean = sum[u] / replicates;
            var variance = Math.Max(0, (sumOfSquares[u] - (replicates * mean * mean)) / (replicates - 1));
            result[u] = new ExpectedLocal(table.Units[u], Local(observed, table.UnitTotal(u), shares) / ln, mean, Math.Sqrt(variance / replicates));
        }

        return result;
    }

    /// <summary>ls = Σ_g π_ug ln(π_ug / π_g), in nats.</summary>
    private static double Local(double[] counts, double total, double[] shares)
    {
        var ls = 0.0;
        for (var g = 0; g < counts.Length; g++)
        {
            if (counts[g] > 0)
            {
                var p = counts[g] / total;
                ls += p * Math.Log(p / shares[g]);
            }
        }

        return ls;
    }
}
