using System.Globalization;

namespace Wijkmix.Segregation;

/// <summary>
/// The change in M between two tables split into its causes (Elbers 2021): units that appeared or
/// disappeared, and, for the units in both, changed group shares, changed unit sizes and the
/// remaining structural change (who lives with whom), the last three as Shapley values (how they
/// are split depends on the <see cref="ChangeMethod"/>).
/// </summary>
/// <param name="Additions">M(after) − M(after, only units in both): what new units add.</param>
/// <param name="Removals">M(before, only units in both) − M(before): what disappearing units take away.</param>
/// <param name="GroupShares">Change due to the groups' overall shares (e.g. more highly educated people).</param>
/// <param name="UnitSizes">Change due to the units' sizes (e.g. a buurt that grew).</param>
/// <param name="Structural">Change in how groups sort over units, with both margins held fixed: segregation proper.</param>
/// <param name="MarginsReached">False when empty cells made one year's structure unable to take the other year's margins
/// exactly; the parts still add up to the change, but split it only approximately.</param>
public sealed record ChangeComponents(
    double Before,
    double After,
    double Additions,
    double Removals,
    double GroupShares,
    double UnitSizes,
    double Structural,
    int UnitsKept,
    int UnitsAdded,
    int UnitsRemoved,
    bool MarginsReached = true)
{
    public double Difference => After - Before;
}

/// <summary>How the change of the units both years share is split over its three causes.</summary>
public enum ChangeMethod
{
    /// <summary>
    /// Elbers (2021), as R <c>segregation</c>'s <c>mutual_difference(method = "shapley")</c>: first a
    /// two-factor Shapley split into marginal and structural change (each half of the credit from
    /// swapping the structure at either year's margins), then the marginal part split between group
    /// shares and unit sizes by a two-factor Shapley split under each year's structure, averaged. In
    /// game-theory terms: the Owen value with the margins as one coalition. The default.
    /// </summary>
    Elbers,

    /// <summary>
    /// The plain Shapley value over three equal factors (group shares, unit sizes, structure):
    /// each factor's marginal contribution averaged over all six orders. Structural change then
    /// gets a third of the credit, not a half, from the orders where it comes in between the margins.
    /// </summary>
    FlatShapley,
}

public static partial class Change
{
    /// <summary>
    /// Decomposes M(after) − M(before). Both tables need the same groups, in any order; units and
    /// groups are matched by name. Tables fitted to other margins are made by iterative proportional
    /// fitting, which keeps a table's odds ratios (its structure) while giving it the other year's row
    /// and column shares. <paramref name="method"/> chooses how the shared units' change is split:
    /// <see cref="ChangeMethod.Elbers"/> (the default) or <see cref="ChangeMethod.FlatShapley"/>.
    /// </summary>
    public static ChangeComponents Decompose(
        CountTable before,
        CountTable after,
        double logBase = Math.E,
        double tolerance = 1e-12,
        int maxIterations = 100_000,
        ChangeMethod method = ChangeMethod.Elbers)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        Segregation.CheckBase(logBase);
        if (!double.IsFinite(tolerance) || tolerance <= 0 || maxIterations < 1)
        {
            throw new SegregationInputException($"fitting needs a tolerance > 0 and at least one iteration; got {tolerance} and {maxIterations}");
        }

        if (method is not (ChangeMethod.Elbers or ChangeMethod.FlatShapley))
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture, $"unknown change method {(int)method}"));
        }

        var afterGroup = MatchGroups(before, after);

        var ln = Math.Log(logBase);
        var afterIndex = Enumerable.Range(0, after.UnitCount).ToDictionary(u => after.Units[u], u => u, StringComparer.Ordinal);
        var kept = Enumerable.Range(0, before.UnitCount).Where(u => afterIndex.ContainsKey(before.Units[u])).ToArray();
        if (kept.Length == 0)
        {
            throw new SegregationInputException("the two years have no unit in common; their change cannot be split");
        }

        var k = before.GroupCount;
        var t1 = new double[kept.Length * k];
        var t2 = new double[kept.Length * k];
        for (var i = 0; i < kept.Length; i++)
        {
            var a = afterIndex[before.Units[kept[i]]];
            for (var g = 0; g < k; g++)
            {
                t1[(i * k) + g] = before[kept[i], g];
                t2[(i * k) + g] = after[a, afterGroup[g]];
            }
        }

        CheckGroups(t1, k, "before");
        CheckGroups(t2, k, "after");
        var (rows1, cols1) = Margins(t1, kept.Length, k);
        var (rows2, cols2) = Margins(t2, kept.Length, k);

        // v(structure, unit sizes, group shares), each taken from year 1 (false) or year 2 (true).
        var reached = true;
        double Value(bool structure, bool units, bool groups)
        {
            var (fitted, exact) = Fit(structure ? t2 : t1, units ? rows2 : rows1, groups ? cols2 : cols1, kept.Length, k, tolerance, maxIterations);
            reached &= exact;
            return M(fitted, kept.Length, k);
        }

        var v = new double[8];
        for (var bits = 0; bits < 8; bits++)
        {
            v[bits] = Value((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0);
        }

        var (groupShares, unitSizes, structural) = method == ChangeMethod.Elbers ? ElbersSplit(v) : FlatSplit(v);

        var full1 = Segregation.MutualInformation(before) * ln;
        var full2 = Segregation.MutualInformation(after) * ln;
        return new ChangeComponents(
            full1 / ln,
            full2 / ln,
            (full2 - v[7]) / ln,
            (v[0] - full1) / ln,
            groupShares / ln,
            unitSizes / ln,
            structural / ln,
            kept.Length,
            after.UnitCount - kept.Length,
            before.UnitCount - kept.Length,
            reached);
    }

    /// <summary>
    /// Elbers (2021): v indexed by bits structure (1), unit sizes (2), group shares (4), each set when
    /// taken from the after year. Structural change is the mean effect of swapping the structure at
    /// the before margins (v[0] → v[1]) and at the after margins (v[6] → v[7]); the margins' change is
    /// split by a two-factor Shapley value under each structure, and the two structures averaged.
    /// </summary>
    private static (double Groups, double Units, double Structural) ElbersSplit(double[] v)
    {
        var structural = ((v[1] - v[0]) + (v[7] - v[6])) / 2;
        var units = ((v[2] - v[0]) + (v[6] - v[4]) + (v[3] - v[1]) + (v[7] - v[5])) / 4;
        var groups = ((v[4] - v[0]) + (v[6] - v[2]) + (v[5] - v[1]) + (v[7] - v[3])) / 4;
        return (groups, units, structural);
    }

    /// <summary>Shapley value of each of three equal factors: the average marginal contribution over all six orders.</summary>
    private static (double Groups, double Units, double Structural) FlatSplit(double[] v)
    {
        double Shapley(int f)
        {
            var phi = 0.0;
            for (var s = 0; s < 8; s++)
            {
                if ((s & f) != 0)
                {
                    continue;
                }

                var size = (s & 1) + ((s >> 1) & 1) + ((s >> 2) & 1);
                var weight = size == 1 ? 1.0 / 6 : 2.0 / 6;
                phi += weight * (v[s | f] - v[s]);
            }

            return phi;
        }

        return (Shapley(4), Shapley(2), Shapley(1));
    }

    /// <summary>For each group of <paramref name="before"/>, its column in <paramref name="after"/>, matched by name.</summary>
    private static int[] MatchGroups(CountTable before, CountTable after)
    {
        var index = new Dictionary<string, int>(after.GroupCount, StringComparer.Ordinal);
        for (var g = 0; g < after.GroupCount; g++)
        {
            index[after.Groups[g]] = g;
        }

        var missing = after.Groups.Except(before.Groups, StringComparer.Ordinal)
            .Concat(before.Groups.Where(g => !index.ContainsKey(g))).ToArray();
        if (missing.Length > 0)
        {
            throw new SegregationInputException(
                $"both years need the same groups (in any order); not in both: {string.Join(", ", missing)}; " +
                $"before: {string.Join(", ", before.Groups)}; after: {string.Join(", ", after.Groups)}", group: missing[0]);
        }

        return [.. before.Groups.Select(g => index[g])];
    }

    private static void CheckGroups(double[] table, int k, string which)
    {
        var (_, cols) = Margins(table, table.Length / k, k);
        for (var g = 0; g < k; g++)
        {
            if (cols[g] <= 0)
            {
                throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                    $"group {g} is absent from every unit both years share ({which}); its change cannot be split"));
            }
        }
    }
}
