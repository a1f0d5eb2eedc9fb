using System.Collections.Concurrent;
using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

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
        var result = Run(table, new InferenceOptions
        {
            Replicates = replicates,
            Seed = seed,
            Confidence = confidence,
            MinimumUnitSize = minimumUnitSize,
            LogBase = logBase,
        });
        return new InferenceResult(
            replicates,
            seed,
            confidence,
            result.MutualInformation!,
            result.Theil!,
            result.Dissimilarity!,
            result.MutualInformationByChance!,
            result.DissimilarityByChance!,
            result.SmallUnits);
    }

    /// <summary>
    /// The bootstrap and/or the random allocation of <see cref="Run(CountTable, int, int, double, double, double)"/>
    /// as <see cref="InferenceOptions.Parts"/> asks; with <see cref="InferenceOptions.Levels"/> the
    /// bootstrap also gives each part of the scale decomposition, with <see cref="InferenceOptions.Local"/>
    /// each unit's local segregation and contribution. Replicate r draws its bootstrap and its
    /// allocation from two streams of seed (seed, r): asking for one part leaves the other's values
    /// as they would be with both, and no result depends on the number of cores.
    /// </summary>
    public static InferenceEstimates Run(CountTable table, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var ln = Math.Log(options.LogBase);
        var bootstrap = options.Parts.HasFlag(InferenceParts.Bootstrap);
        var chance = options.Parts.HasFlag(InferenceParts.Null);
        var decomposition = options.Levels is null ? null : Segregation.Decompose(table, options.Levels, options.UnitLevel, options.LogBase);
        var local = options.Local ? Segregation.Local(table, options.LocalParentOf, options.LogBase) : null;
        var plan = new ReplicatePlan(table, options.Levels, options.Local ? options.LocalParentOf : null);

        var replicates = options.Replicates;
        var units = table.UnitCount;
        var parts = decomposition?.Components.Count ?? 0;
        var indices = Enumerable.Range(0, bootstrap ? 3 + (2 * (parts + 1)) : 0).Select(_ => new double[replicates]).ToArray();
        var byChance = Enumerable.Range(0, chance ? 2 : 0).Select(_ => new double[replicates]).ToArray();
        double[] localSegregation = local is null ? [] : new double[units * replicates];
        double[] localContribution = local is null ? [] : new double[units * replicates];

        // Parallel.For starts a new task (and asks for a new local) every few hundred milliseconds,
        // so workspaces go back to a pool; a replicate overwrites everything it reads.
        var workspaces = new ConcurrentBag<ReplicateWorkspace>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, replicates, parallel, () => workspaces.TryTake(out var reused) ? reused : new ReplicateWorkspace(plan), (r, _, work) =>
        {
            var seed = ReplicateSeed(options.Seed, r);
            if (bootstrap)
            {
                work.DrawBootstrap(seed);
                var (m, e, d) = work.Measure();
                indices[0][r] = m / ln;
                indices[1][r] = e > 0 ? m / e : 0;
                indices[2][r] = d;
                if (parts > 0)
                {
                    Span<double> split = stackalloc double[parts];
                    work.Decompose(split);
                    var sum = 0.0;
                    for (var i = 0; i < parts; i++)
                    {
                        sum += split[i];
                        indices[5 + (2 * i)][r] = split[i] / ln;
                        indices[6 + (2 * i)][r] = e > 0 ? split[i] / e : 0;
                    }

                    indices[3][r] = sum / ln;
                    indices[4][r] = e > 0 ? sum / e : 0;
                }

                if (local is not null)
                {
                    work.Local(localSegregation.AsSpan(r), localContribution.AsSpan(r), replicates, options.LogBase);
                }
            }

            if (chance)
            {
                work.DrawAllocation(seed);
                var (m, _, d) = work.Measure();
                byChance[0][r] = m / ln;
                byChance[1][r] = d;
            }

            return work;
        }, workspaces.Add);

        var observed = Observed(table, ln);
        var confidence = options.Confidence;
        return new InferenceEstimates(
            options,
            bootstrap ? Summarise(observed.M, indices[0], confidence) : null,
            bootstrap ? Summarise(observed.H, indices[1], confidence) : null,
            bootstrap ? Summarise(observed.D, indices[2], confidence) : null,
            chance ? Compare(observed.M, byChance[0]) : null,
            chance ? Compare(observed.D, byChance[1]) : null,
            decomposition is null ? null : new ScaleEstimates(
                Summarise(decomposition.MutualInformation, indices[3], confidence),
                Summarise(decomposition.Theil, indices[4], confidence),
                decomposition.Components.Select((c, i) => new ScaleComponentEstimate(
                    c.Level,
                    Summarise(c.MutualInformation, indices[5 + (2 * i)], confidence),
                    Summarise(c.Theil, indices[6 + (2 * i)], confidence))).ToList()),
            local?.Select((l, u) => new LocalEstimate(
                l.Unit,
                Summarise(l.LocalSegregation, localSegregation.AsSpan(u * replicates, replicates), confidence),
                Summarise(l.Contribution, localContribution.AsSpan(u * replicates, replicates), confidence))).ToList(),
            Enumerable.Range(0, units).Where(u => table.UnitTotals[u] < options.MinimumUnitSize).Select(u => table.Units[u]).ToList());
    }

    private static void Check(InferenceOptions options)
    {
        Segregation.CheckBase(options.LogBase);
        if (options.Replicates < 2)
        {
            throw new SegregationInputException($"at least 2 replicates are needed for a standard error; got {options.Replicates}");
        }

        if (!double.IsFinite(options.MinimumUnitSize) || options.MinimumUnitSize < 0)
        {
            throw new SegregationInputException($"the minimum unit size must be a number ≥ 0; got {options.MinimumUnitSize}");
        }

        if (!double.IsFinite(options.Confidence) || options.Confidence is <= 0 or >= 1)
        {
            throw new SegregationInputException($"the confidence level must lie between 0 and 1 (e.g. 0.95); got {options.Confidence}");
        }

        if ((options.Parts & InferenceParts.All) == InferenceParts.None || (options.Parts & ~InferenceParts.All) != InferenceParts.None)
        {
            throw new SegregationInputException($"ask for the bootstrap, the random allocation or both; got {options.Parts}");
        }

        if ((options.Levels is not null || options.Local) && !options.Parts.HasFlag(InferenceParts.Bootstrap))
        {
            throw new SegregationInputException("the decomposition and local estimates come from the bootstrap: ask for InferenceParts.Bootstrap");
        }

        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new SegregationInputException($"the number of cores must be -1 (all) or at least 1; got {options.MaxDegreeOfParallelism}");
        }
    }

    /// <summary>A fixed mix of (seed, replicate) — not HashCode, whose seed changes with every process.</summary>
    internal static int ReplicateSeed(int seed, int replicate)
    {
        var z = unchecked(((ulong)(uint)seed << 32) | (uint)replicate) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    /// <summary>The observed indices by the engine's own kernels, so they equal those of <see cref="Segregation.Multigroup(CountTable, double)"/>.</summary>
    private static (double M, double H, double D) Observed(CountTable table, double ln)
    {
        ReadOnlySpan<double> counts = table.Counts, units = table.UnitTotals, groups = table.GroupTotals;
        var m = Kernels.MutualInformation(counts, units, groups, table.Total);
        return (m / ln, m / Kernels.Entropy(groups, table.Total), Kernels.Dissimilarity(counts, units, groups, table.Total));
    }

    /// <summary>Standard error, type-7 percentile interval and bias-corrected value; undefined (NaN) replicates are left out. Sorts the replicates.</summary>
    private static Estimate Summarise(double observed, Span<double> replicates, double confidence)
    {
        var n = 0;
        for (var i = 0; i < replicates.Length; i++)
        {
            if (!double.IsNaN(replicates[i]))
            {
                replicates[n++] = replicates[i];
            }
        }

        if (n < 2)
        {
            return new Estimate(observed, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var values = replicates[..n];
        double sum = 0, squares = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / n;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        values.Sort();
        var alpha = (1 - confidence) / 2;
        return new Estimate(observed, Math.Sqrt(squares / (n - 1)), Percentile(values, alpha), Percentile(values, 1 - alpha), (2 * observed) - mean);
    }

    private static ChanceComparison Compare(double observed, double[] replicates)
    {
        var expected = replicates.Average();
        var atLeast = replicates.Count(r => r >= observed);
        return new ChanceComparison(observed, expected, observed - expected, (1.0 + atLeast) / (1.0 + replicates.Length));
    }

    /// <summary>Type-7 percentile (linear interpolation between order statistics), as R's default.</summary>
    private static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}
