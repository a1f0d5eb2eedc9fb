using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// The <see cref="ImportLimits"/> of one import, checked by the readers as they go; a refusal names
/// the file, the line where known and the limit (Dutch name, value and setting).
/// </summary>
internal sealed class ReadBudget(ImportLimits limits, string file)
{
    private long _vertices;

    public ImportLimits Limits { get; } = limits;

    public string File { get; } = file;

    public void Decompressed(long bytes)
    {
        if (bytes > Limits.MaxDecompressedBytes)
        {
            throw Exceeded(null, null, Messages.LimitDecompressedBytes, Limits.MaxDecompressedBytes, nameof(ImportLimits.MaxDecompressedBytes));
        }
    }

    /// <summary>Call with the number of data rows read so far (or announced, as a JSON array's length).</summary>
    public void Rows(long rows, int? line = null)
    {
        if (rows > Limits.MaxRows)
        {
            throw Exceeded(line, null, Messages.LimitRows, Limits.MaxRows, nameof(ImportLimits.MaxRows));
        }
    }

    public void Columns(long columns, int? line = null)
    {
        if (columns > Limits.MaxColumns)
        {
            throw Exceeded(line, null, Messages.LimitColumns, Limits.MaxColumns, nameof(ImportLimits.MaxColumns));
        }
    }

    public void Cell(string? text, int? line = null, string? field = null)
    {
        if (text is not null && text.Length > Limits.MaxCellLength)
        {
            throw CellTooLong(line, field);
        }
    }

    public ImportFailedException CellTooLong(int? line, string? field) =>
        Exceeded(line, field, Messages.LimitCellLength, Limits.MaxCellLength, nameof(ImportLimits.MaxCellLength));

    public void Line(int length, int line)
    {
        if (length > Limits.MaxLineLength)
        {
            throw Exceeded(line, null, Messages.LimitLineLength, Limits.MaxLineLength, nameof(ImportLimits.MaxLineLength));
        }
    }

    /// <summary>The vertices of one area's geometry; also counted towards the file's total.</summary>
    public void Vertices(int vertices, string? area)
    {
        if (vertices > Limits.MaxVerticesPerFeature)
        {
            throw Exceeded(null, area, Messages.LimitVerticesPerFeature, Limits.MaxVerticesPerFeature, nameof(ImportLimits.MaxVerticesPerFeature));
        }

        _vertices += vertices;
        if (_vertices > Limits.MaxVerticesTotal)
        {
            throw Exceeded(null, area, Messages.LimitVerticesTotal, Limits.MaxVerticesTotal, nameof(ImportLimits.MaxVerticesTotal));
        }
    }

    public ImportFailedException JsonTooDeep(int? line) =>
        Exceeded(line, null, Messages.LimitJsonDepth, Limits.MaxJsonDepth, nameof(ImportLimits.MaxJsonDepth));

    private ImportFailedException Exceeded(int? line, string? field, string what, long limit, string setting) =>
        new(new ImportProblem(File, line, field, MessageNumbers.Format(Messages.LimitExceeded, what, limit, setting)));
}
