using System.Globalization;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads the first worksheet of an .xlsx (kwb-YYYY.xlsx) into a <see cref="RawTable"/> through
/// MiniExcel's streaming query (docs/decisions/0011-spreadsheet-reader.md). The library places every
/// cell by its reference (<c>r="C7"</c>), not by its order in the XML, and yields an empty row for
/// every row the sheet skips, so line numbers are sheet row numbers. The zip is checked first
/// (<see cref="ZipGuard"/>); rows, columns and cell length are checked as rows arrive.
/// </summary>
internal static class XlsxReader
{
    /// <summary>Shared strings in memory (their size is bounded by the zip check), never in a temporary file; skipped rows kept.</summary>
    private static readonly OpenXmlConfiguration Configuration = new()
    {
        EnableSharedStringCache = false,
        FillMergedCells = false,
        IgnoreEmptyRows = false,
    };

    public static RawTable Read(byte[] bytes, ReadBudget budget)
    {
        ZipGuard.Check(bytes, budget);
        try
        {
            SheetReferences.Check(bytes, budget);
            using var stream = new MemoryStream(bytes, writable: false);
            return Rows(stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: Configuration), budget);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or FormatException or OverflowException
                                      or ArgumentException or IndexOutOfRangeException or InvalidOperationException
                                      or NotSupportedException or KeyNotFoundException or InvalidCastException)
        {
            throw InputFile.Fail(budget.File, string.Format(Messages.Culture, Messages.Corrupt, e.Message));
        }
    }

    private static RawTable Rows(IEnumerable<dynamic> sheet, ReadBudget budget)
    {
        string[]? header = null;
        var rows = new List<RawRow>();
        var line = 0;
        foreach (IDictionary<string, object?> row in sheet)
        {
            line++;
            // Rows below the header row, counting the empty ones a sheet may skip (r="1000000" is a million rows).
            budget.Rows(line - 1, line);
            budget.Columns(row.Count, line);
            var cells = new string?[header?.Length ?? row.Count];
            var empty = true;
            foreach (var (reference, value) in row)
            {
                var column = ColumnIndex(reference);
                var text = Text(value);
                budget.Cell(text, line, header is not null && column < header.Length ? header[column] : null);
                empty &= string.IsNullOrWhiteSpace(text);
                if (column < cells.Length)
                {
                    cells[column] = text;
                }
            }

            if (empty)
            {
                continue;
            }

            if (header is null)
            {
                header = cells.Select(c => c?.Trim() ?? string.Empty).ToArray();
            }
            else
            {
                rows.Add(new RawRow(line, cells));
            }
        }

        return header is null
            ? throw InputFile.Fail(budget.File, Messages.FileEmpty)
            : new RawTable(ImportFormat.KwbXlsx, header, rows);
    }

    /// <summary>"A" → 0, "AA" → 26: the column letters MiniExcel keys a row by.</summary>
    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var c in letters)
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>A cell as the text a CBS CSV would hold: numbers in invariant culture, round-trip precision.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
