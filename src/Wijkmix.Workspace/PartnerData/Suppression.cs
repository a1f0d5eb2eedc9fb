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
