using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

/// <summary>A bootstrap estimate: the observed value, its standard error, a percentile interval and the bias-corrected value.</summary>
public sealed record Estimate(double Value, double StandardError, double Lower, double Upper, double BiasCorrected);

/// <summary>The value a city with the same unit sizes and group totals would show by chance, and how far the observed value lies above it.</summary>
/// <param name="PValue">(1 + replicates at or above the observed value) / (1 + replicates).</param>
public sealed record ChanceComparison(double Observed, double Expected, double Excess, double PValue);

/// <summary>Uncertainty of the main indices.</summary>
/// <param name="SmallUnits">Units with fewer people than the minimum: their local figures are too noisy to judge.</param>
public sealed record InferenceResult(
    int Replicates,
    int Seed,
    double Confidence,
    Estimate MutualInformation,
    Estimate Theil,
    Estimate Dissimilarity,
    ChanceComparison MutualInformationByChance,
    ChanceComparison DissimilarityByChance,
    IReadOnlyList<string> SmallUnits);

/// <summary>Bootstrap and random-allocation inference (Elbers 2021, "A method for studying differences in segregation across time and space").</summary>
public static class Inference
{
    /// <summary>
    /// Multinomial bootstrap of the whole table (cell counts rounded to whole people) for standard
    /// errors, percentile intervals and bias-corrected M, H and D; and simulations of random
    /// allocation (each unit keeps its size, members drawn from the city's group shares) for the
    /// value expected by chance. Replicate r uses seed (seed, r), so results repeat exactly
    /// whatever the number of cores.
    /// </summary>
    public static InferenceResult Run(CountTable table, int replicates = 1000, int seed = 1, double confidence = 0.95, double minimumUnitSize = 50, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        Segregation.CheckBase(logBase);
        if (replicates < 2)
        {
            throw new SegregationInputException($"at least 2 replicates are needed for a standard error; got {replicates}");
        }

        if (!double.IsFinite(minimumUnitSize) || minimumUnitSize < 0)
        {
            throw new SegregationInputException($"the minimum unit size must be a number ≥ 0; got {minimumUnitSize}");
        }

        if (!double.IsFinite(confidence) || confidence is <= 0 or >= 1)
        {
            throw new SegregationInputException($"the confidence level must lie between 0 and 1 (e.g. 0.95); got {confidence}");
        }

        var ln = Math.Log(logBase);
        var k = table.GroupCount;
        var observed = Measure(table.Counts, table.UnitTotals, table.GroupTotals, table.Total);
        var boot = new (double M, double H, double D)[replicates];
        var chance = new (double M, double H, double D)[replicates];
        var cells = table.Counts.ToArray();
        var shares = table.GroupTotals;
        Parallel.For(0, replicates, r =>
        {
            var sampling = new Sampling(ReplicateSeed(seed, r));
            var sample = new double[cells.Length];
            sampling.Multinomial((long)Math.Round(table.Total), cells, sample);
            boot[r] = MeasureSample(sample, table.UnitCount, k);

            var allocated = new double[cells.Length];
            for (var u = 0; u < table.UnitCount; u++)
            {
                sampling.Multinomial((long)Math.Round(table.UnitTotals[u]), shares, allocated.AsSpan(u * k, k));
            }

            chance[r] = MeasureSample(allocated, table.UnitCount, k);
        });

        return new InferenceResult(
            replicates,
            seed,
            confidence,
            Summarise(observed.M / ln, boot.Select(b => b.M / ln).ToArray(), confidence),
            Summarise(observed.H, boot.Select(b => b.H).ToArray(), confidence),
            Summarise(observed.D, boot.Select(b => b.D).ToArray(), confidence),
            Compare(observed.M / ln, chance.Select(c => c.M / ln).ToArray()),
            Compare(observed.D, chance.Select(c => c.D).ToArray()),
            Enumerable.Range(0, table.UnitCount).Where(u => table.UnitTotals[u] < minimumUnitSize).Select(u => table.Units[u]).ToList());
    }

    /// <summary>A fixed mix of (seed, replicate) — not HashCode, whose seed changes with every process.</summary>
    internal static int ReplicateSeed(int seed, int replicate)
    {
        var z = unchecked(((ulong)(uint)seed << 32) | (uint)replicate) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    private static (double M, double H, double D) Measure(ReadOnlySpan<double> counts, ReadOnlySpan<double> units, ReadOnlySpan<double> groups, double total)
    {
        var m = Kernels.MutualInformation(counts, units, groups, total);
        return (m, m / Kernels.Entropy(groups, total), Kernels.Dissimilarity(counts, units, groups, total));
    }

    /// <summary>Indices of a drawn table; units that drew nobody drop out, as they would from data.</summary>
    private static (double M, double H, double D) MeasureSample(double[] sample, int unitCount, int k)
    {
        var compact = new double[sample.Length];
        var units = new double[unitCount];
        var groups = new double[k];
        var kept = 0;
        var total = 0.0;
        for (var u = 0; u < unitCount; u++)
        {
            var row = sample.AsSpan(u * k, k);
            var t = 0.0;
            foreach (var c in row)
            {
                t += c;
            }

            if (t <= 0)
            {
                continue;
            }

            row.CopyTo(compact.AsSpan(kept * k, k));
            for (var g = 0; g < k; g++)
            {
                groups[g] += row[g];
            }

            units[kept++] = t;
            total += t;
        }

        return groups.Count(g => g > 0) < 2
            ? (0, 0, 0)
            : Measure(compact.AsSpan(0, kept * k), units.AsSpan(0, kept), groups, total);
    }

    private static Estimate Summarise(double observed, double[] replicates, double confidence)
    {
        var mean = replicates.Average();
        var sd = Math.Sqrt(replicates.Sum(r => (r - mean) * (r - mean)) / (replicates.Length - 1));
        Array.Sort(replicates);
        var alpha = (1 - confidence) / 2;
        return new Estimate(observed, sd, Percentile(replicates, alpha), Percentile(replicates, 1 - alpha), (2 * observed) - mean);
    }

    private static ChanceComparison Compare(double observed, double[] replicates)
    {
        var expected = replicates.Average();
        var atLeast = replicates.Count(r => r >= observed);
        return new ChanceComparison(observed, expected, observed - expected, (1.0 + atLeast) / (1.0 + replicates.Length));
    }

    /// <summary>Type-7 percentile (linear interpolation between order statistics), as R's default.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
