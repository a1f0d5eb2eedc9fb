using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Checks the cell references of an xlsx's first worksheet before MiniExcel places cells by them
/// (ECMA-376 Part 1 §18.3.1.73 row "r", §18.3.1.4 cell "r" of type ST_CellRef): rows in ascending order,
/// every reference one to three column letters up to XFD and the row number of the row it sits in, no
/// cell twice. A reference that breaks this (a fuzzed "P1000000000000" in row 3, "BY   12   ") made the
/// library drop a cell or shift a row's values into other columns; such a sheet is damaged and refused. So is a cell
/// with two values (the library kept the last) and a number cell whose value is no xsd:double ("1,5" read as 15).
/// One forward pass of an XmlReader; the zip's size is already bounded by <see cref="ZipGuard"/>.
/// </summary>
internal static class SheetReferences
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxColumn = 16_384; // XFD

    public static void Check(byte[] bytes, ReadBudget budget)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (FirstSheet(zip) is not { } sheet)
        {
            return; // no worksheet: the library's own message follows
        }

        using var stream = sheet.Open();
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        long row = 0;
        var columns = new HashSet<int>();
        string? cell = null; // the reference of the cell being read, with its type and how many values it had
        var numeric = false;
        var values = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "c")
            {
                cell = null;
                continue;
            }

            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNs)
            {
                continue;
            }

            if (xml.LocalName == "c")
            {
                cell = xml.GetAttribute("r") ?? Messages.CellWithoutReference;
                numeric = xml.GetAttribute("t") is null or "n";
                values = 0;
                if (xml.IsEmptyElement)
                {
                    cell = null;
                }
            }
            else if (xml.LocalName == "v" && cell is not null)
            {
                // §18.3.1.96: one value per cell; a number cell's value is an xsd:double ("1,5" is none, though a library read it as 15).
                var value = Text(xml);
                if (++values > 1 || (numeric && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                {
                    throw Damaged(budget, row, "r=\"" + cell + "\"");
                }
            }

            if (xml.LocalName == "row")
            {
                var next = xml.GetAttribute("r") is { } r ? (long.TryParse(r, out var n) && n is > 0 and <= 1_048_576 ? n : -1) : row + 1;
                if (next <= row)
                {
                    throw Damaged(budget, row + 1, "r=\"" + xml.GetAttribute("r") + "\"");
                }

                row = next;
                columns.Clear();
            }
            else if (xml.LocalName == "c" && xml.GetAttribute("r") is { } reference
                     && (Parse(reference) is not var (column, cellRow) || cellRow != row || !columns.Add(column)))
            {
                throw Damaged(budget, row, "r=\"" + reference + "\"");
            }
        }
    }

    /// <summary>The text of the element the reader is on, leaving the reader on its end tag (so the loop sees what follows).</summary>
    private static string Text(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        while (xml.Read() && xml.NodeType != XmlNodeType.EndElement)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(xml.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>"AB12" → (27, 12); null unless it is one to three capitals up to XFD and a row number without sign, space or leading zero.</summary>
    private static (int Column, long Row)? Parse(string reference)
    {
        var letters = 0;
        var column = 0;
        while (letters < reference.Length && reference[letters] is >= 'A' and <= 'Z')
        {
            column = (column * 26) + (reference[letters] - 'A' + 1);
            letters++;
        }

        var digits = reference.AsSpan(letters);
        return letters is >= 1 and <= 3 && column <= MaxColumn && digits.Length is >= 1 and <= 7 && digits[0] != '0'
               && !digits.ContainsAnyExceptInRange('0', '9')
            ? (column - 1, long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }

    private static ImportFailedException Damaged(ReadBudget budget, long row, string what) =>
        new(new ImportProblem(budget.File, (int)Math.Min(row, int.MaxValue), null, string.Format(Messages.Culture, Messages.CellReferenceDamaged, what)));

    /// <summary>The first sheet the workbook lists, through its relationship; else the first worksheet part by name.</summary>
    private static ZipArchiveEntry? FirstSheet(ZipArchive zip)
    {
        string? id = null;
        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            using var xml = XmlReader.Create(workbook.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            if (xml.ReadToFollowing("sheet", MainNs))
            {
                id = xml.GetAttribute("id", RelNs);
            }
        }

        if (id is not null && zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (xml.ReadToFollowing("Relationship"))
            {
                if (xml.GetAttribute("Id") == id && xml.GetAttribute("Target") is { } target)
                {
                    return zip.GetEntry(target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target);
                }
            }
        }

        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault();
    }
}
