using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

/// <summary>
/// The front door of the segregation engine: pure functions from a <see cref="CountTable"/> to
/// immutable results. Definitions and references are in docs/segregation.md.
/// </summary>
public static class Segregation
{
    /// <summary>Every multigroup index of the table. <paramref name="logBase"/> applies to M and E (H is base-free).</summary>
    public static MultigroupIndices Multigroup(CountTable table, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Multigroup(table, table.PairSums(), logBase);
    }

    /// <summary>
    /// The whole aspatial suite in one pass over shared work (the Gini sort per group serves the
    /// multigroup and every group-against-the-rest index): what a report or the web page needs.
    /// </summary>
    public static IndexSuite Suite(CountTable table, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckBase(logBase);
        var pairSums = table.PairSums();
        var k = table.GroupCount;
        var slots = Internal.FusedKernel.FixedSlots + AtkinsonShapes.Length;
        var (m, absolute, exposure, diversity, perGroup) = FusedInParts(table, slots);
        var total = table.Total;
        var entropy = Kernels.Entropy(table.GroupTotals, total);
        var ln = Math.Log(logBase);
        var multigroup = new MultigroupIndices(
            absolute / (2 * total * Kernels.Interaction(table.GroupTotals, total)),
            Kernels.Gini(pairSums, table.GroupTotals, total),
            Math.Max(0, m) / entropy,
            Math.Max(0, m) / ln,
            entropy / ln,
            exposure,
            diversity,
            logBase);
        var groups = new TwoGroupIndices[k];
        for (var g = 0; g < k; g++)
        {
            var slot = perGroup.AsSpan(g * slots, slots);
            double x = table.GroupTotals[g], p = x / total;
            var isolation = slot[2] / x;
            var twoEntropy = -((p * Math.Log(p)) + ((1 - p) * Math.Log(1 - p)));
            var atkinson = new double[AtkinsonShapes.Length];
            for (var s = 0; s < atkinson.Length; s++)
            {
                atkinson[s] = 1 - (p / (1 - p) * Math.Pow(Math.Abs(slot[Internal.FusedKernel.FixedSlots + s] / (p * total)), 1 / (1 - AtkinsonShapes[s])));
            }

            groups[g] = new TwoGroupIndices(
                table.Groups[g],
                "rest",
                slot[0] / (2 * total * p * (1 - p)),
                pairSums[g] / (2 * total * total * p * (1 - p)),
                Math.Max(0, slot[1] / total) / twoEntropy,
                isolation,
                1 - isolation,
                (isolation - p) / (1 - p),
                atkinson[0],
                atkinson[1],
                atkinson[2]);
        }

        return new IndexSuite(multigroup, groups);
    }

    /// <summary>The fused pass over the units, split into one part per core for large tables; the parts' sums are added.</summary>
    private static (double M, double Absolute, double Exposure, double Diversity, double[] PerGroup) FusedInParts(CountTable table, int slots)
    {
        var k = table.GroupCount;
        var n = table.UnitCount;
        var parts = (long)n * k < 20_000 ? 1 : Math.Min(Environment.ProcessorCount, 8);
        var results = new (double M, double Absolute, double Exposure, double Diversity)[parts];
        var perGroups = new double[parts][];
        Parallel.For(0, parts, part =>
        {
            int from = (int)((long)n * part / parts), to = (int)((long)n * (part + 1) / parts);
            perGroups[part] = new double[k * slots];
            results[part] = Internal.FusedKernel.Run(
                table.CountArray.AsSpan(from * k, (to - from) * k), table.UnitTotals.AsSpan(from, to - from), table.GroupTotals, table.Total, AtkinsonShapes, perGroups[part]);
        });

        for (var part = 1; part < parts; part++)
        {
            for (var i = 0; i < perGroups[0].Length; i++)
            {
                perGroups[0][i] += perGroups[part][i];
            }
        }

        // Each part returns M and P already divided by the total, and R by T·I: those add up too.
        return (results.Sum(r => r.M), results.Sum(r => r.Absolute), results.Sum(r => r.Exposure), results.Sum(r => r.Diversity), perGroups[0]);
    }

    private static MultigroupIndices Multigroup(CountTable table, double[] pairSums, double logBase)
    {
        CheckBase(logBase);
        ReadOnlySpan<double> counts = table.Counts, units = table.UnitTotals, groups = table.GroupTotals;
        var total = table.Total;
        var m = Kernels.MutualInformation(counts, units, groups, total);
        var e = Kernels.Entropy(groups, total);
        var ln = Math.Log(logBase);
        return new MultigroupIndices(
            Kernels.Dissimilarity(counts, units, groups, total),
            Kernels.Gini(pairSums, groups, total),
            m / e,
            m / ln,
            e / ln,
            Kernels.NormalizedExposure(counts, units, groups, total),
            Kernels.RelativeDiversity(counts, units, groups, total),
            logBase);
    }

    /// <summary>
    /// The two-group indices of <paramref name="group"/> against <paramref name="reference"/>, or
    /// against all other groups together when the reference is null.
    /// </summary>
    public static TwoGroupIndices TwoGroup(CountTable table, string group, string? reference = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var source = reference is null ? table : table.Pair(group, reference);
        return TwoGroup(source, source.IndexOfGroup(group), reference ?? "rest", source.PairSums());
    }

    private static readonly double[] AtkinsonShapes = [0.1, 0.5, 0.9];

    private static TwoGroupIndices TwoGroup(CountTable source, int g, string reference, double[] pairSums)
    {
        var k = source.GroupCount;
        ReadOnlySpan<double> counts = source.Counts, units = source.UnitTotals;
        double total = source.Total, x = source.GroupTotals[g], p = x / total;
        var isolation = Kernels.Isolation(counts, units, k, g, x);
        var entropy = -((p * Math.Log(p)) + ((1 - p) * Math.Log(1 - p)));
        Span<double> atkinson = stackalloc double[3];
        Kernels.Atkinson(counts, units, k, g, x, total, AtkinsonShapes, atkinson);
        return new TwoGroupIndices(
            source.Groups[g],
            reference,
            Kernels.Dissimilarity(counts, units, k, g, x, total),
            pairSums[g] / (2 * total * total * p * (1 - p)),
            Kernels.MutualInformation(counts, units, k, g, x, total) / entropy,
            isolation,
            1 - isolation,
            (isolation - p) / (1 - p),
            atkinson[0],
            atkinson[1],
            atkinson[2]);
    }

    public static double Dissimilarity(CountTable table) => Apply(table, Kernels.Dissimilarity);

    public static double Gini(CountTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Kernels.Gini(table.PairSums(), table.GroupTotals, table.Total);
    }

    /// <summary>Mutual information M in <paramref name="logBase"/> (natural log by default).</summary>
    public static double MutualInformation(CountTable table, double logBase = Math.E)
    {
        CheckBase(logBase);
        return Apply(table, Kernels.MutualInformation) / Math.Log(logBase);
    }

    public static double Theil(CountTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Apply(table, Kernels.MutualInformation) / Kernels.Entropy(table.GroupTotals, table.Total);
    }

    /// <summary>Atkinson index of <paramref name="group"/> against the rest, shape 0 &lt; b &lt; 1.</summary>
    public static double Atkinson(CountTable table, string group, double b)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (b is <= 0 or >= 1 || !double.IsFinite(b))
        {
            throw new SegregationInputException($"Atkinson's shape parameter must lie strictly between 0 and 1; got {b}");
        }

        var g = table.IndexOfGroup(group);
        return Kernels.Atkinson(table.Counts, table.UnitTotals, table.GroupCount, g, table.GroupTotals[g], table.Total, b);
    }

    /// <summary>
    /// Location quotients, local entropy and each unit's contribution to M. With
    /// <paramref name="parentOf"/> the reference of a unit is its own parent (a buurt against its
    /// wijk), and the contributions then sum to the within-parent part of M.
    /// </summary>
    public static IReadOnlyList<LocalMeasure> Local(CountTable table, IReadOnlyList<string>? parentOf = null, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckBase(logBase);
        var ln = Math.Log(logBase);
        var k = table.GroupCount;
        var references = Enumerable.Repeat(table.GroupTotals, table.UnitCount).ToArray();
        if (parentOf is not null)
        {
            table.CheckParents(parentOf);
            var parents = table.Aggregate(parentOf);
            var byName = Enumerable.Range(0, parents.UnitCount).ToDictionary(i => parents.Units[i], i => i, StringComparer.Ordinal);
            references = parentOf.Select(p => parents.Counts.Slice(byName[p] * k, k).ToArray()).ToArray();
        }

        var result = new LocalMeasure[table.UnitCount];
        for (var u = 0; u < table.UnitCount; u++)
        {
            var t = table.UnitTotals[u];
            var reference = references[u];
            var referenceTotal = reference.Sum();
            double ls = 0, entropy = 0;
            var quotients = new double[k];
            for (var g = 0; g < k; g++)
            {
                var share = table[u, g] / t;
                var expected = reference[g] / referenceTotal;
                quotients[g] = expected > 0 ? share / expected : double.NaN;
                if (share > 0)
                {
                    ls += share * Math.Log(share / expected);
                    entropy -= share * Math.Log(share);
                }
            }

            result[u] = new LocalMeasure(table.Units[u], t / table.Total, Math.Max(0, ls) / ln, entropy / ln, quotients);
        }

        return result;
    }

    /// <summary>Each group's part of M: M = Σ_g P_g ls_g (Elbers 2021).</summary>
    public static IReadOnlyList<GroupComponent> GroupContributions(CountTable table, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        CheckBase(logBase);
        var ln = Math.Log(logBase);
        var result = new GroupComponent[table.GroupCount];
        for (var g = 0; g < table.GroupCount; g++)
        {
            var tg = table.GroupTotals[g];
            var ls = 0.0;
            for (var u = 0; u < table.UnitCount; u++)
            {
                var c = table[u, g];
                if (c > 0)
                {
                    ls += c / tg * Math.Log(c / tg / (table.UnitTotals[u] / table.Total));
                }
            }

            var share = tg / table.Total;
            result[g] = new GroupComponent(table.Groups[g], share, ls / ln, share * ls / ln);
        }

        return result;
    }

    /// <summary>
    /// Splits M (and H) of the table's units exactly over the levels above them. <paramref name="levels"/>
    /// lists, from the finest upward, each unit's ancestor at that level (e.g. its wijk, then its
    /// gemeente); the levels must nest. The first component is between the top-level areas, the last
    /// between the units within their immediate parent; the components add up to M.
    /// </summary>
    public static ScaleDecomposition Decompose(CountTable table, IReadOnlyList<(string Level, IReadOnlyList<string> AncestorOf)> levels, string unitLevel = "unit", double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(levels);
        CheckBase(logBase);
        return Decomposition.Run(table, levels, unitLevel, logBase);
    }

    private delegate double Kernel(ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, ReadOnlySpan<double> groupTotals, double total);

    private static double Apply(CountTable table, Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(table);
        return kernel(table.Counts, table.UnitTotals, table.GroupTotals, table.Total);
    }

    internal static void CheckBase(double logBase)
    {
        if (!double.IsFinite(logBase) || logBase <= 1)
        {
            throw new SegregationInputException($"the log base must be a finite number above 1 (e.g. 2 or e); got {logBase}");
        }
    }
}
