using System.Globalization;
using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

/// <summary>
/// The change in M between two tables split into its causes (Elbers 2021): units that appeared or
/// disappeared, and, for the units in both, changed group shares, changed unit sizes and the
/// remaining structural change (who lives with whom), the last three as Shapley values.
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

public static class Change
{
    /// <summary>
    /// Decomposes M(after) − M(before). Both tables need the same groups. Tables fitted to other
    /// margins are made by iterative proportional fitting, which keeps a table's odds ratios (its
    /// structure) while giving it the other year's row and column shares.
    /// </summary>
    public static ChangeComponents Decompose(CountTable before, CountTable after, double logBase = Math.E, double tolerance = 1e-12, int maxIterations = 100_000)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        Segregation.CheckBase(logBase);
        if (!double.IsFinite(tolerance) || tolerance <= 0 || maxIterations < 1)
        {
            throw new SegregationInputException($"fitting needs a tolerance > 0 and at least one iteration; got {tolerance} and {maxIterations}");
        }

        if (!before.Groups.SequenceEqual(after.Groups, StringComparer.Ordinal))
        {
            throw new SegregationInputException(
                $"both years need the same groups; before: {string.Join(", ", before.Groups)}; after: {string.Join(", ", after.Groups)}");
        }

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
                t2[(i * k) + g] = after[a, g];
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

        // Shapley value of factor f over three players: average marginal contribution over all orderings.
        double Shapley(int f)
        {
            var phi = 0.0;
            for (var s = 0; s < 8; s++)
            {
                if ((s & f) != 0)
                {
                    continue;
                }

                var size = BitCount(s);
                var weight = size switch { 0 => 2.0 / 6, 1 => 1.0 / 6, _ => 2.0 / 6 };
                phi += weight * (v[s | f] - v[s]);
            }

            return phi;
        }

        var full1 = Segregation.MutualInformation(before) * ln;
        var full2 = Segregation.MutualInformation(after) * ln;
        return new ChangeComponents(
            full1 / ln,
            full2 / ln,
            (full2 - v[7]) / ln,
            (v[0] - full1) / ln,
            Shapley(4) / ln,
            Shapley(2) / ln,
            Shapley(1) / ln,
            kept.Length,
            after.UnitCount - kept.Length,
            before.UnitCount - kept.Length,
            reached);
    }

    private static int BitCount(int s) => (s & 1) + ((s >> 1) & 1) + ((s >> 2) & 1);

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

    private static (double[] Rows, double[] Cols) Margins(double[] table, int n, int k)
    {
        var rows = new double[n];
        var cols = new double[k];
        for (var u = 0; u < n; u++)
        {
            for (var g = 0; g < k; g++)
            {
                rows[u] += table[(u * k) + g];
                cols[g] += table[(u * k) + g];
            }
        }

        return (rows, cols);
    }

    /// <summary>
    /// Iterative proportional fitting of <paramref name="seed"/> to the shares of the target margins.
    /// Empty cells can make the margins unreachable (a group absent from a unit in one year may have
    /// to be there in the other); fitting then stops where it no longer moves, the best fit it can
    /// reach, and says so.
    /// </summary>
    private static (double[] Fitted, bool Exact) Fit(double[] seed, double[] rowTarget, double[] colTarget, int n, int k, double tolerance, int maxIterations)
    {
        double rowSum = rowTarget.Sum(), colSum = colTarget.Sum(), seedSum = seed.Sum();
        var fitted = seed.Select(c => c / seedSum).ToArray();
        var previous = double.PositiveInfinity;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var (rows, _) = Margins(fitted, n, k);
            for (var u = 0; u < n; u++)
            {
                var factor = rows[u] > 0 ? rowTarget[u] / rowSum / rows[u] : 0;
                for (var g = 0; g < k; g++)
                {
                    fitted[(u * k) + g] *= factor;
                }
            }

            var (_, cols) = Margins(fitted, n, k);
            for (var g = 0; g < k; g++)
            {
                var factor = cols[g] > 0 ? colTarget[g] / colSum / cols[g] : 0;
                for (var u = 0; u < n; u++)
                {
                    fitted[(u * k) + g] *= factor;
                }
            }

            (rows, _) = Margins(fitted, n, k);
            var worst = 0.0;
            for (var u = 0; u < n; u++)
            {
                worst = Math.Max(worst, Math.Abs(rows[u] - (rowTarget[u] / rowSum)));
            }

            if (worst <= tolerance)
            {
                return (fitted, true);
            }

            if (Math.Abs(previous - worst) <= tolerance * 1e-3)
            {
                return (fitted, false);
            }

            previous = worst;
        }

        return (fitted, false);
    }

    private static double M(double[] shares, int n, int k)
    {
        var (rows, cols) = Margins(shares, n, k);
        return Kernels.MutualInformation(shares, rows, cols, 1.0);
    }
}
