namespace Wijkmix.Segregation.Internal;

/// <summary>
/// What every replicate of one inference run shares, read-only: the table as bootstrap weights,
/// the unit sizes for random allocation, the node of each unit at each level above it, and a
/// table of c ln c for whole counts (a drawn table holds whole people, so most logarithms of a
/// replicate are look-ups).
/// </summary>
internal sealed class ReplicatePlan
{
    /// <summary>Above this a count's c ln c is computed rather than looked up (8 MB of table).</summary>
    private const int MaxLookup = 1 << 20;

    private readonly double[] _xLogX;

    public ReplicatePlan(CountTable table, IReadOnlyList<(string Level, IReadOnlyList<string> AncestorOf)>? levels, IReadOnlyList<string>? localParentOf)
    {
        Units = table.UnitCount;
        Groups = table.GroupCount;
        Cells = table.CountArray;
        GroupShares = table.GroupTotals;
        Total = (long)Math.Round(table.Total);
        UnitSizes = table.UnitTotals.Select(t => Math.Round(t)).ToArray();
        UnitPrefix = new double[Units + 1];
        for (var u = 0; u < Units; u++)
        {
            UnitPrefix[u + 1] = UnitPrefix[u] + table.UnitTotals[u];
        }

        Levels = levels?.Select(l => Number(l.AncestorOf)).ToArray() ?? [];
        LocalParents = localParentOf is null ? null : Number(localParentOf);

        var largest = UnitSizes.Length == 0 ? 0 : UnitSizes.Max();
        var size = (int)Math.Min(MaxLookup, (largest * 1.25) + 1024);
        _xLogX = new double[size];
        for (var c = 1; c < size; c++)
        {
            _xLogX[c] = c * Math.Log(c);
        }
    }

    public int Units { get; }

    public int Groups { get; }

    public double[] Cells { get; }

    public double[] GroupShares { get; }

    public long Total { get; }

    /// <summary>Each unit's size rounded to whole people, for random allocation.</summary>
    public double[] UnitSizes { get; }

    /// <summary>Running sums of the unit totals (from 0), to split the bootstrap's N over units.</summary>
    public double[] UnitPrefix { get; }

    /// <summary>From the level just above the units to the top: the node of each unit, and the number of nodes.</summary>
    public (int[] NodeOf, int Count)[] Levels { get; }

    public (int[] NodeOf, int Count)? LocalParents { get; }

    /// <summary>c ln c, with 0 ln 0 = 0; c is a whole number ≥ 0.</summary>
    public double XLogX(double c) => c < _xLogX.Length ? _xLogX[(int)c] : c * Math.Log(c);

    /// <summary>Numbers the names 0, 1, … in order of first appearance.</summary>
    private static (int[] NodeOf, int Count) Number(IReadOnlyList<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodeOf = new int[names.Count];
        for (var u = 0; u < nodeOf.Length; u++)
        {
            if (!index.TryGetValue(names[u], out var node))
            {
                node = index.Count;
                index.Add(names[u], node);
            }

            nodeOf[u] = node;
        }

        return (nodeOf, index.Count);
    }
}
