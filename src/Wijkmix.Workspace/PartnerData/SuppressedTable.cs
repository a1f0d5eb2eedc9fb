namespace Wijkmix.Workspace.PartnerData;

/// <summary>Why a cell is not shown.</summary>
public enum SuppressionReason
{
    /// <summary>The cell is shown.</summary>
    None,

    /// <summary>Primary suppression: the value is below the threshold.</summary>
    Primary,

    /// <summary>Secondary suppression: hidden so that another suppressed cell cannot be worked out from the totals.</summary>
    Secondary,
}

/// <summary>One published cell: a value, or suppressed with the reason.</summary>
public readonly record struct SuppressedCell(long? Value, SuppressionReason Reason)
{
    /// <summary>True when the value is hidden.</summary>
    public bool IsSuppressed => Value is null;

    internal static SuppressedCell Of(long value, SuppressionReason reason) =>
        reason == SuppressionReason.None ? new(value, reason) : new(null, reason);
}

/// <summary>A table of counts with row totals, column totals and a grand total, after disclosure control.</summary>
public sealed class SuppressedTable
{
    private readonly SuppressedCell[] cells;

    internal SuppressedTable(int rowCount, int columnCount, SuppressedCell[] augmentedCells)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        cells = augmentedCells;
    }

    /// <summary>Number of rows (areas or complexes), totals excluded.</summary>
    public int RowCount { get; }

    /// <summary>Number of columns (measures or categories), totals excluded.</summary>
    public int ColumnCount { get; }

    /// <summary>The grand total.</summary>
    public SuppressedCell GrandTotal => At(RowCount, ColumnCount);

    /// <summary>How many cells, totals included, are suppressed.</summary>
    public int SuppressedCount => cells.Count(c => c.IsSuppressed);

    /// <summary>The cell in <paramref name="row"/> and <paramref name="column"/>.</summary>
    public SuppressedCell Cell(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)RowCount, nameof(row));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)ColumnCount, nameof(column));
        return At(row, column);
    }

    /// <summary>The total of <paramref name="row"/>.</summary>
    public SuppressedCell RowTotal(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)RowCount, nameof(row));
        return At(row, ColumnCount);
    }

    /// <summary>The total of <paramref name="column"/>.</summary>
    public SuppressedCell ColumnTotal(int column)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)column, (uint)ColumnCount, nameof(column));
        return At(RowCount, column);
    }

    /// <summary>Any cell of the table with its totals: row <see cref="RowCount"/> holds the column totals, column <see cref="ColumnCount"/> the row totals.</summary>
    internal SuppressedCell At(int row, int column) => cells[(row * (ColumnCount + 1)) + column];
}

/// <summary>A list of counts with its total, after disclosure control.</summary>
/// <param name="Cells">The counts, in input order.</param>
/// <param name="Total">Their total.</param>
public sealed record SuppressedList(IReadOnlyList<SuppressedCell> Cells, SuppressedCell Total);
