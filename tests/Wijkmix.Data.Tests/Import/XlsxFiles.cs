using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Wijkmix.Data.Tests.Import;

/// <summary>One cell as written into sheet XML: its reference (or null for none) and a number or text.</summary>
public sealed record XlsxCell(string? Reference, object Value);

/// <summary>
/// Builds minimal but valid .xlsx files in memory (System.IO.Compression + XmlWriter), writing rows
/// and cells exactly in the order given, so tests can write cells out of column order, leave gaps,
/// or make one text cell of many rich-text runs.
/// </summary>
public static class XlsxFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>An xlsx of rows (sheet row number, cells in writing order); text cells are inline strings split into <paramref name="runs"/> rich-text runs.</summary>
    public static byte[] Build(IEnumerable<(int Row, XlsxCell[] Cells)> rows, int runs = 1)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Text(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
                """);
            Text(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """);
            Text(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets><sheet name="kwb" sheetId="1" r:id="rId1"/></sheets></workbook>
                """);
            Text(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            using var xml = XmlWriter.Create(sheet, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
            xml.WriteStartElement("worksheet", Main);
            xml.WriteStartElement("sheetData", Main);
            foreach (var (row, cells) in rows)
            {
                xml.WriteStartElement("row", Main);
                xml.WriteAttributeString("r", row.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var cell in cells)
                {
                    WriteCell(xml, cell, runs);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return memory.ToArray();
    }

    /// <summary>The worksheet XML of an xlsx built here.</summary>
    public static string Sheet(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    /// <summary>The xlsx with its worksheet XML replaced by <paramref name="sheet"/>.</summary>
    public static byte[] WithSheet(byte[] xlsx, string sheet)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            Text(zip, "xl/worksheets/sheet1.xml", sheet);
        }

        return memory.ToArray();
    }

    /// <summary>Rows 1.. in order, cells A.. in order: the plain case.</summary>
    public static byte[] Table(params object[][] rows) =>
        Build(rows.Select((cells, r) => (r + 1, cells.Select((v, c) => new XlsxCell($"{Column(c)}{r + 1}", v)).ToArray())));

    public static string Column(int index)
    {
        var name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static void WriteCell(XmlWriter xml, XlsxCell cell, int runs)
    {
        xml.WriteStartElement("c", Main);
        if (cell.Reference is not null)
        {
            xml.WriteAttributeString("r", cell.Reference);
        }

        if (cell.Value is string text)
        {
            xml.WriteAttributeString("t", "inlineStr");
            xml.WriteStartElement("is", Main);
            var size = Math.Max(1, (text.Length + runs - 1) / runs);
            for (var start = 0; start < text.Length || start == 0; start += size)
            {
                xml.WriteStartElement("r", Main);
                xml.WriteElementString("t", Main, text.Substring(start, Math.Min(size, text.Length - start)));
                xml.WriteEndElement();
                if (text.Length == 0)
                {
                    break;
                }
            }

            xml.WriteEndElement();
        }
        else
        {
            xml.WriteElementString("v", Main, Convert.ToString(cell.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    private static void Text(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
