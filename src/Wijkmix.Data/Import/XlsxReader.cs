using System.Globalization;
using MiniExcelLibs;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import;

/// <summary>Reads the first sheet of a kwb-YYYY.xlsx into a <see cref="RawTable"/>; line numbers are sheet row numbers.</summary>
internal static class XlsxReader
{
    public static RawTable Read(byte[] bytes, string file)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            string[]? header = null;
            var rows = new List<RawRow>();
            var line = 0;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
            {
                line++;
                var cells = row.Values.Select(Cell).ToArray();
                if (header is null)
                {
                    header = cells.Select(c => c?.Trim() ?? string.Empty).ToArray();
                    continue;
                }

                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                Array.Resize(ref cells, header.Length);
                rows.Add(new RawRow(line, cells));
            }

            return header is null
                ? throw InputFile.Fail(file, Messages.FileEmpty)
                : new RawTable(ImportFormat.KwbXlsx, header, rows);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException
                                      or System.Xml.XmlException or FormatException or ArgumentException)
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.Corrupt, e.Message));
        }
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
