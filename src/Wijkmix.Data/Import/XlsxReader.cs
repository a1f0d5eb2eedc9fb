using System.IO.Compression;
using System.Xml;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import;

/// <summary>
/// Reads the first worksheet of an .xlsx (kwb-YYYY.xlsx) into a <see cref="RawTable"/> by streaming
/// its XML: shared strings, inline strings and numbers as written. Line numbers are sheet row
/// numbers. A general-purpose spreadsheet library materialises every row as a dictionary, which
/// costs seconds and gigabytes on a nationwide file (see bench/README.md).
/// </summary>
internal static class XlsxReader
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const int MaxColumns = 16_384; // XFD, the last column Excel allows

    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static RawTable Read(byte[] bytes, string file)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var strings = SharedStrings(zip);
            var sheet = zip.GetEntry(FirstSheetPath(zip)) ?? throw new InvalidDataException("no worksheet");
            using var stream = sheet.Open();
            return Rows(stream, strings, file);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or FormatException or OverflowException
                                      or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.Corrupt, e.Message));
        }
    }

    /// <summary>One forward pass over the sheet XML; no subtree readers, so a nationwide sheet stays cheap.</summary>
    private static RawTable Rows(Stream stream, List<string> strings, string file)
    {
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false, DtdProcessing = DtdProcessing.Prohibit });
        string[]? header = null;
        var rows = new List<RawRow>();
        var cells = new List<string?>();
        var line = 0;
        string? type = null;
        string? value = null;
        var column = 0;
        var inText = false;

        void EndCell()
        {
            while (cells.Count < column)
            {
                cells.Add(null);
            }

            cells.Add(type switch
            {
                "s" when value is not null => strings[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)],
                "b" => value == "1" ? "1" : "0",
                _ => value,
            });
        }

        void EndRow()
        {
            if (header is null)
            {
                header = cells.Select(c => c?.Trim() ?? string.Empty).ToArray();
            }
            else if (!cells.All(string.IsNullOrWhiteSpace))
            {
                var values = new string?[header.Length];
                for (var i = 0; i < Math.Min(values.Length, cells.Count); i++)
                {
                    values[i] = cells[i];
                }

                rows.Add(new RawRow(line, values));
            }
        }

        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "row":
                    line = int.TryParse(xml.GetAttribute("r"), out var r) ? r : line + 1;
                    cells.Clear();
                    if (xml.IsEmptyElement)
                    {
                        EndRow();
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "c":
                    column = ColumnIndex(xml.GetAttribute("r"), cells.Count);
                    type = xml.GetAttribute("t");
                    value = null;
                    if (xml.IsEmptyElement)
                    {
                        EndCell();
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName is "v" or "t":
                    inText = !xml.IsEmptyElement;
                    value ??= inText ? null : string.Empty;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    value = value is null ? xml.Value : value + xml.Value;
                    break;
                case XmlNodeType.EndElement when xml.LocalName is "v" or "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "c":
                    EndCell();
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "row":
                    EndRow();
                    break;
            }
        }

        return header is null
            ? throw InputFile.Fail(file, Messages.FileEmpty)
            : new RawTable(ImportFormat.KwbXlsx, header, rows);
    }

    /// <summary>"B7" → 1, "AA3" → 26; without a reference the next column.</summary>
    private static int ColumnIndex(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return next;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
            if (index > MaxColumns)
            {
                throw new InvalidDataException($"cell {reference}: beyond the last spreadsheet column");
            }
        }

        return index - 1;
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return strings;
        }

        using var stream = entry.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (xml.ReadToFollowing("si", MainNs))
        {
            // Rich text splits one string over several <t> elements; phonetic runs (<rPh>) are not text.
            using var item = xml.ReadSubtree();
            var text = string.Empty;
            while (item.Read())
            {
                if (item.NodeType == XmlNodeType.Element && item.LocalName == "rPh")
                {
                    item.Skip();
                }

                if (item.NodeType == XmlNodeType.Element && item.LocalName == "t")
                {
                    text += item.ReadElementContentAsString();
                }
            }

            strings.Add(text);
        }

        return strings;
    }

    /// <summary>The part of the workbook's first sheet, via workbook.xml and its relationships.</summary>
    private static string FirstSheetPath(ZipArchive zip)
    {
        string? id = null;
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var xml = XmlReader.Create(workbook.Open());
            if (xml.ReadToFollowing("sheet", MainNs))
            {
                id = xml.GetAttribute("id", RelNs);
            }
        }

        if (id is not null && zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = XmlReader.Create(rels.Open());
            while (xml.ReadToFollowing("Relationship"))
            {
                if (xml.GetAttribute("Id") == id && xml.GetAttribute("Target") is { } target)
                {
                    return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        return zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Order().FirstOrDefault()
               ?? throw new InvalidDataException("no worksheet");
    }
}
