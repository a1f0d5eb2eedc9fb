using System.Globalization;

namespace Wijkmix.Segregation;

/// <summary>
/// An immutable table of counts: units (buurten, wijken, complexes) × groups (education levels,
/// origins). Validated once when built; the index kernels trust it. Counts are stored row-major.
/// </summary>
public sealed partial class CountTable
{
    private readonly double[] _counts;

    private CountTable(string[] units, string[] groups, double[] counts)
    {
        Units = units;
        Groups = groups;
        _counts = counts;
        UnitTotals = new double[units.Length];
        GroupTotals = new double[groups.Length];
        for (var u = 0; u < units.Length; u++)
        {
            for (var g = 0; g < groups.Length; g++)
            {
                var c = counts[(u * groups.Length) + g];
                UnitTotals[u] += c;
                GroupTotals[g] += c;
            }
        }

        Total = UnitTotals.Sum();
    }

    public IReadOnlyList<string> Units { get; }

    public IReadOnlyList<string> Groups { get; }

    public int UnitCount => Units.Count;

    public int GroupCount => Groups.Count;

    public double Total { get; }

    internal double[] UnitTotals { get; }

    internal double[] GroupTotals { get; }

    internal double[] CountArray => _counts;

    /// <summary>The counts, row-major (unit × group).</summary>
    public ReadOnlySpan<double> Counts => _counts;

    public double this[int unit, int group] => _counts[(unit * GroupCount) + group];

    /// <summary>Per group Σ_i Σ_j t_i t_j |π_ig − π_jg| (the Gini numerators).</summary>
    internal double[] PairSums()
    {
        var sums = new double[GroupCount];
        if ((long)UnitCount * GroupCount < 20_000)
        {
            Internal.Kernels.PairSums(_counts, UnitTotals, GroupCount, sums);
            return sums;
        }

        // One sort per group, independent of each other: on two cores they run side by side.
        Parallel.For(0, GroupCount, g => sums[g] = Internal.Kernels.PairSum(_counts, UnitTotals, GroupCount, g));
        return sums;
    }

    public double UnitTotal(int unit) => UnitTotals[unit];

    public double GroupTotal(int group) => GroupTotals[group];

    /// <summary>
    /// Builds a table from a matrix of counts, checking every cell: finite and not negative, no
    /// empty unit, no group absent everywhere, matching lengths, no duplicate names.
    /// </summary>
    public static CountTable Create(IReadOnlyList<string> units, IReadOnlyList<string> groups, double[,] counts)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.GetLength(0) != units.Count || counts.GetLength(1) != groups.Count)
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                $"counts are {counts.GetLength(0)} × {counts.GetLength(1)}, expected {units.Count} units × {groups.Count} groups"));
        }

        var flat = new double[units.Count * groups.Count];
        for (var u = 0; u < units.Count; u++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                flat[(u * groups.Count) + g] = counts[u, g];
            }
        }

        return FromFlat([.. units], [.. groups], flat);
    }

    /// <summary>Checks and wraps a row-major table; <paramref name="namesUnique"/> when the caller built the names from a dictionary.</summary>
    internal static CountTable FromFlat(string[] units, string[] groups, double[] counts, bool namesUnique = false)
    {
        if (units.Length == 0 || groups.Length < 2)
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                $"a table needs at least one unit and two groups; got {units.Length} units and {groups.Length} groups"));
        }

        if (!namesUnique)
        {
            CheckUnique(units, "unit");
            CheckUnique(groups, "group");
        }
        for (var u = 0; u < units.Length; u++)
        {
            var total = 0.0;
            for (var g = 0; g < groups.Length; g++)
            {
                // −0.0 (Math.Round(−0.3), "-0") is a valid zero, but its sign bit would sort it above every share.
                var count = counts[(u * groups.Length) + g] += 0.0;
                CheckCell(units[u], groups[g], count);
                total += count;
            }

            if (total <= 0)
            {
                throw new SegregationInputException($"unit {units[u]} is empty: every group count is 0; leave it out or give its counts", units[u]);
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            var total = 0.0;
            for (var u = 0; u < units.Length; u++)
            {
                total += counts[(u * groups.Length) + g];
            }

            if (total <= 0)
            {
                throw new SegregationInputException($"group {groups[g]} is absent from every unit; segregation of an absent group is undefined", group: groups[g]);
            }
        }

        return new CountTable(units, groups, counts);
    }

    /// <summary>A two-group table: <paramref name="group"/> against the sum of all other groups.</summary>
    public CountTable Binary(string group)
    {
        var g = IndexOfGroup(group);
        var counts = new double[UnitCount * 2];
        for (var u = 0; u < UnitCount; u++)
        {
            counts[2 * u] = this[u, g];
            counts[(2 * u) + 1] = UnitTotals[u] - this[u, g];
        }

        return FromFlat([.. Units], [group, "not " + group], counts);
    }

    /// <summary>A two-group table of <paramref name="a"/> against <paramref name="b"/> only; units with neither are dropped.</summary>
    public CountTable Pair(string a, string b)
    {
        var ga = IndexOfGroup(a);
        var gb = IndexOfGroup(b);
        var units = new List<string>();
        var counts = new List<double>();
        for (var u = 0; u < UnitCount; u++)
        {
            if (this[u, ga] + this[u, gb] > 0)
            {
                units.Add(Units[u]);
                counts.Add(this[u, ga]);
                counts.Add(this[u, gb]);
            }
        }

        return FromFlat([.. units], [a, b], [.. counts]);
    }

    /// <summary>Adds units up to their parents: <paramref name="parentOf"/>[u] names unit u's parent.</summary>
    public CountTable Aggregate(IReadOnlyList<string> parentOf)
    {
        CheckParents(parentOf);
        var parents = parentOf.Distinct(StringComparer.Ordinal).ToArray();
        var index = parents.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var counts = new double[parents.Length * GroupCount];
        for (var u = 0; u < UnitCount; u++)
        {
            var p = index[parentOf[u]];
            for (var g = 0; g < GroupCount; g++)
            {
                counts[(p * GroupCount) + g] += this[u, g];
            }
        }

        return new CountTable(parents, [.. Groups], counts);
    }

    internal void CheckParents(IReadOnlyList<string> parentOf)
    {
        ArgumentNullException.ThrowIfNull(parentOf);
        if (parentOf.Count != UnitCount)
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                $"the hierarchy names a parent for {parentOf.Count} units, the table has {UnitCount}"));
        }

        for (var u = 0; u < UnitCount; u++)
        {
            if (string.IsNullOrEmpty(parentOf[u]))
            {
                throw new SegregationInputException($"unit {Units[u]} has no parent in the hierarchy", Units[u]);
            }
        }
    }

    public int IndexOfGroup(string group)
    {
        for (var g = 0; g < GroupCount; g++)
        {
            if (string.Equals(Groups[g], group, StringComparison.Ordinal))
            {
                return g;
            }
        }

        throw new SegregationInputException($"group {group} is not in the table (groups: {string.Join(", ", Groups)})", group: group);
    }

    /// <summary>Far above any population, far below where products of counts would overflow.</summary>
    internal const double MaxCount = 1e15;

    internal static void CheckCell(string unit, string group, double count)
    {
        if (!double.IsFinite(count) || count < 0 || count > MaxCount)
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                $"unit {unit}, group {group}: count {count} is not a number between 0 and {MaxCount:E0}"), unit, group);
        }
    }

    private static void CheckUnique(string[] names, string what)
    {
        var seen = new HashSet<string>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (string.IsNullOrEmpty(name) || !seen.Add(name))
            {
                throw new SegregationInputException($"{what} name \"{name}\" is empty or occurs twice",
                    what == "unit" ? name : null, what == "group" ? name : null);
            }
        }
    }
}
