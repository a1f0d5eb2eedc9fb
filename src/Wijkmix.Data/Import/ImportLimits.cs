namespace Wijkmix.Data.Import;

/// <summary>
/// How much work one import may do. Every reader checks these while it reads and refuses the file
/// with a message naming the limit, so a damaged or hostile file costs bounded time and memory.
/// The defaults hold the largest files CBS publishes (the nationwide kwb-YYYY.xlsx: about 17 000
/// rows × 121 columns, 60 MB of sheet XML; the Wijk- en Buurtkaart: about 14 000 buurten) several
/// times over; a server that imports uploads may set lower ones through <see cref="ImportOptions.Limits"/>.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>Bytes after gunzipping, and the sum of all parts of a zip (xlsx, shapefile) as unpacked (default 256 MiB).</summary>
    public long MaxDecompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Rows (records, features) in one file (default 1 000 000).</summary>
    public int MaxRows { get; init; } = 1_000_000;

    /// <summary>Columns (fields, properties) in one row or header (default 16 384, Excel's last column XFD).</summary>
    public int MaxColumns { get; init; } = 16_384;

    /// <summary>Characters in one cell (default 32 767, the most Excel holds in a cell).</summary>
    public int MaxCellLength { get; init; } = 32_767;

    /// <summary>Characters in one line of a text file (default 1 048 576).</summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>Nesting depth of a JSON document (default 64, the System.Text.Json default).</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>Vertices in the geometry of one area (default 1 000 000).</summary>
    public int MaxVerticesPerFeature { get; init; } = 1_000_000;

    /// <summary>Vertices in all geometries of one file together (default 20 000 000).</summary>
    public long MaxVerticesTotal { get; init; } = 20_000_000;

    /// <summary>The defaults.</summary>
    public static ImportLimits Default { get; } = new();
}
