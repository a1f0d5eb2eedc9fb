namespace Wijkmix.Data.Import.Internal;

/// <summary>A row of cells with the line it came from (1-based; the header is line 1 in text files).</summary>
internal readonly record struct RawRow(int Line, string?[] Cells);

/// <summary>A table as read from a file, before any meaning is given to its columns.</summary>
/// <param name="FileYear">A year the file itself states (metadata); null when it does not.</param>
internal sealed record RawTable(ImportFormat Format, IReadOnlyList<string> Header, IReadOnlyList<RawRow> Rows, int? FileYear = null)
{
    /// <summary>Rows of a GeoJSON file carry their geometry alongside, by row index.</summary>
    public IReadOnlyList<string?>? Geometries { get; init; }

    /// <summary>The year stated by metadata files beside the data file (TableInfos.json); weaker than the file's own name.</summary>
    public int? SiblingYear { get; init; }

    /// <summary>The table's own column metadata (DataProperties.json beside an OData file) by key; empty when absent.</summary>
    public IReadOnlyDictionary<string, CbsColumn> Columns { get; init; } = new Dictionary<string, CbsColumn>();
}
