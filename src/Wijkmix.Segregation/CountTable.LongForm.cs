using System.Globalization;

namespace Wijkmix.Segregation;

/// <summary>Tables from long form rows: one row per (unit, group, count).</summary>
public sealed partial class CountTable
{
    /// <summary>
    /// Builds a table from long form rows (unit, group, count); repeated (unit, group) rows add up.
    /// Units and groups keep the order in which they first appear. One pass: a unit repeated on
    /// consecutive rows (as long files list them) is found without hashing, groups by a short scan.
    /// </summary>
    public static CountTable FromLong(IEnumerable<(string Unit, string Group, double Count)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new LongFormBuilder(rows.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var (unit, group, value) in rows)
        {
            builder.Add(unit, group, value);
        }

        return builder.Build();
    }

    /// <summary>
    /// Builds a table from long form rows already turned into indices: row r is
    /// (<paramref name="units"/>[<paramref name="unitOfRow"/>[r]], <paramref name="groups"/>[<paramref name="groupOfRow"/>[r]],
    /// <paramref name="countOfRow"/>[r]). Repeated (unit, group) rows add up; units and groups keep the
    /// order of the two lists. For readers that intern names as they go (a long CSV).
    /// </summary>
    public static CountTable FromLong(
        IReadOnlyList<string> units,
        IReadOnlyList<string> groups,
        ReadOnlySpan<int> unitOfRow,
        ReadOnlySpan<int> groupOfRow,
        ReadOnlySpan<double> countOfRow)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(groups);
        return FromIndices(units, groups, unitOfRow, groupOfRow, countOfRow, namesUnique: false);
    }

    /// <summary>The indexed rows into a table; <paramref name="namesUnique"/> when the names came from a dictionary (no second check).</summary>
    internal static CountTable FromIndices(
        IReadOnlyList<string> units,
        IReadOnlyList<string> groups,
        ReadOnlySpan<int> unitOfRow,
        ReadOnlySpan<int> groupOfRow,
        ReadOnlySpan<double> countOfRow,
        bool namesUnique)
    {
        if (unitOfRow.Length != groupOfRow.Length || unitOfRow.Length != countOfRow.Length)
        {
            throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                $"long form rows need a unit, a group and a count each; got {unitOfRow.Length} units, {groupOfRow.Length} groups and {countOfRow.Length} counts"));
        }

        int n = units.Count, k = groups.Count;
        var flat = new double[(long)n * k];
        for (var r = 0; r < unitOfRow.Length; r++)
        {
            int u = unitOfRow[r], g = groupOfRow[r];
            if ((uint)u >= (uint)n || (uint)g >= (uint)k)
            {
                throw new SegregationInputException(string.Create(CultureInfo.InvariantCulture,
                    $"row {r} refers to unit {u} and group {g}; there are {n} units and {k} groups"));
            }

            CheckCell(units[u], groups[g], countOfRow[r]);
            flat[((long)u * k) + g] += countOfRow[r];
        }

        return FromFlat([.. units], [.. groups], flat, namesUnique);
    }
}
