namespace Wijkmix.Core.Tables;

/// <summary>
/// A table in tidy long form (one row per area, year and variable; value and status in their own
/// columns), as every view is exported; <c>Wijkmix.Data.Export.TidyTableWriter</c> writes it as CSV, XLSX or JSON.
/// </summary>
public sealed class TidyTable(IReadOnlyList<string> columns)
{
    private readonly List<object?[]> _rows = [];

    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<object?[]> Rows => _rows;

    public void Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Expected {Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }
}
