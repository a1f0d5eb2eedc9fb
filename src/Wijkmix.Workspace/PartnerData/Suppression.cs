namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Statistical disclosure control for tables of counts published with row, column and grand totals.
/// <para>
/// Primary: every cell and total below the threshold is suppressed, <b>zeros included</b>, so every shown
/// value is at least the threshold. Secondary, repeated until nothing changes: (1) in every line (a row with
/// its total, a column with its total, the row of column totals, the column of row totals) either nothing or
/// at least two cells are suppressed, and the suppressed values together reach the threshold; (2) an exact
/// audit (maximum flow, equivalent to the linear programme over all line equations and non-negativity) checks
/// that no suppressed cell is pinned and no suppressed cell below the threshold can be shown to be below it.
/// A complementary cell is the smallest shown cell in the line whose crossing line also needs a complement, else
/// the smallest shown cell in the line (ties: first in row-major order of the table with its totals).
/// </para>
/// </summary>
public static class Suppression
{
    /// <summary>Suppresses <paramref name="table"/> (rows × columns, same length, counts 0 or more) with its totals.</summary>
    public static SuppressedTable Apply(IReadOnlyList<IReadOnlyList<long>> table, SuppressionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Count == 0 || table[0].Count == 0 || table.Any(r => r is null || r.Count != table[0].Count))
        {
            throw new ArgumentException("The table needs at least one row and column, all rows of equal length.", nameof(table));
        }

        if (table.Any(r => r.Any(v => v < 0)))
        {
            throw new ArgumentException("Counts cannot be negative.", nameof(table));
        }

        int rows = table.Count, columns = table[0].Count, width = columns + 1;
        var values = new long[(rows + 1) * width];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = table[r][c];
                values[(r * width) + c] = v;
                values[(r * width) + columns] = checked(values[(r * width) + columns] + v);
                values[(rows * width) + c] = checked(values[(rows * width) + c] + v);
                values[(rows * width) + columns] = checked(values[(rows * width) + columns] + v);
            }
        }

        var reasons = new SuppressionPlanner(values, rows + 1, width, threshold.Value).Plan();
        return new SuppressedTable(rows, columns, [.. values.Select((v, i) => SuppressedCell.Of(v, reasons[i]))]);
    }

    /// <summary>Suppresses a list of counts published with its total (a table with one column).</summary>
    public static SuppressedList Apply(IReadOnlyList<long> counts, SuppressionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var table = Apply([.. counts.Select(c => (IReadOnlyList<long>)[c])], threshold);
        return new SuppressedList([.. Enumerable.Range(0, counts.Count).Select(r => table.Cell(r, 0))], table.ColumnTotal(0));
    }
}

/// <summary>Chooses the suppressed cells of one augmented table (cells, then totals in the last row and column).</summary>
internal sealed class SuppressionPlanner(long[] values, int height, int width, long threshold)
{
    private readonly SuppressionReason[] reasons = new SuppressionReason[values.Length];

    public SuppressionReason[] Plan()
    {
        for (var i = 0; i < values.Length; i++)
        {
            reasons[i] = values[i] < threshold ? SuppressionReason.Primary : SuppressionReason.None;
        }

        while (EnforceLines() || ProtectFirstExposedCell())
        {
        }

        return reasons;
    }

    private bool IsSuppressed(int i) => reasons[i] != SuppressionReason.None;

    private IEnumerable<int> Row(int r) => Enumerable.Range(r * width, width);

    private IEnumerable<int> Column(int c) => Enumerable.Range(0, height).Select(r => (r * width) + c);

    /// <summary>True when a line has a suppressed cell that is alone or whose line holds less than the threshold.</summary>
    private bool NeedsComplement(IEnumerable<int> line)
    {
        var suppressed = line.Where(IsSuppressed).ToArray();
        return suppressed.Length == 1 || (suppressed.Length > 1 && suppressed.Sum(i => values[i]) < threshold);
    }

    /// <summary>One pass of the line rule; true when a cell was added.</summary>
    private bool EnforceLines()
    {
        var changed = false;
        var rows = Enumerable.Range(0, height).Select(r => (Cells: Row(r).ToArray(), IsRow: true));
        var columns = Enumerable.Range(0, width).Select(c => (Cells: Column(c).ToArray(), IsRow: false));
        foreach (var (line, isRow) in rows.Concat(columns))
        {
            // Prefer a complement whose crossing line needs one too: one cell then serves both lines.
            bool CrossingNeedsComplement(int i) => NeedsComplement(isRow ? Column(i % width) : Row(i / width));
            while (NeedsComplement(line) && (AddSmallest(line.Where(CrossingNeedsComplement)) || AddSmallest(line)))
            {
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Audits suppressed cells in order; adds a complement for the first exposed one. True when one was added.</summary>
    private bool ProtectFirstExposedCell()
    {
        var audit = new DisclosureFlow(values, reasons, height, width);
        for (var i = 0; i < values.Length; i++)
        {
            if (IsSuppressed(i) && !audit.IsProtected(i, threshold))
            {
                var (r, c) = (i / width, i % width);
                return AddSmallest([.. Row(r), .. Column(c)]) || AddSmallest(Enumerable.Range(0, values.Length));
            }
        }

        return false;
    }

    /// <summary>Suppresses the smallest shown cell among <paramref name="candidates"/> (ties: lowest index).</summary>
    private bool AddSmallest(IEnumerable<int> candidates)
    {
        var best = -1;
        foreach (var i in candidates.Where(i => !IsSuppressed(i)))
        {
            if (best < 0 || values[i] < values[best] || (values[i] == values[best] && i < best))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            reasons[best] = SuppressionReason.Secondary;
        }

        return best >= 0;
    }
}
