using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.VisualBasic.FileIO;

namespace Wijkmix.Fuzz;

/// <summary>
/// Independent parsers that turn an input into a canonical file (RFC 4180 CSV, compact JSON) which the
/// importer then reads as a clean file. An accepted input whose figures differ from its canonical file's
/// was read wrongly. Null means the reference itself finds the input malformed.
/// </summary>
public static class References
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly char[] Delimiters = [';', ',', '\t'];

    /// <summary>Delimited text read by the .NET base library's TextFieldParser, written back as RFC 4180 CSV.</summary>
    public static byte[]? Csv(byte[] plain)
    {
        var text = Decode(plain);
        if (text is null)
        {
            return null;
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = end < 0 ? text : text[..end];
        var delimiter = Delimiters.MaxBy(d => firstLine.Count(c => c == d));
        var rows = new List<string[]>();
        try
        {
            using var parser = new TextFieldParser(new StringReader(text));
            parser.SetDelimiters(delimiter.ToString());
            parser.HasFieldsEnclosedInQuotes = true;
            parser.TrimWhiteSpace = false;
            while (!parser.EndOfData)
            {
                if (parser.ReadFields() is { } fields)
                {
                    rows.Add(fields);
                }
            }
        }
        catch (MalformedLineException)
        {
            return null;
        }

        return Rfc4180(rows, delimiter);
    }

    /// <summary>JSON parsed by System.Text.Json (RFC 8259), written back compact.</summary>
    public static byte[]? Json(byte[] plain)
    {
        var text = Decode(plain);
        if (text is null)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
            return node is null ? null : Encoding.UTF8.GetBytes(node.ToJsonString());
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The first worksheet of an xlsx (ECMA-376 Part 1 §18.3.1) read with LINQ to XML: each cell placed by its
    /// reference (§18.3.1.4 "r"; a cell without one follows the previous cell), shared (§18.4.8) and inline
    /// strings, numbers as written. Written back as comma-separated CSV.
    /// </summary>
    public static byte[]? Xlsx(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > 64 << 20)
            {
                return null;
            }

            XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            var strings = zip.GetEntry("xl/sharedStrings.xml") is { } shared
                ? Load(shared).Root!.Elements(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList()
                : [];
            var sheet = Load(zip.GetEntry("xl/worksheets/sheet1.xml") ?? throw new InvalidDataException("no sheet1"));
            var rows = new List<string[]>();
            foreach (var row in sheet.Descendants(main + "row"))
            {
                var cells = new SortedDictionary<int, string>();
                var column = -1;
                foreach (var c in row.Elements(main + "c"))
                {
                    column = c.Attribute("r") is { } r ? ColumnOf(r.Value) : column + 1;
                    var v = c.Element(main + "v")?.Value;
                    cells[column] = (string?)c.Attribute("t") switch
                    {
                        "s" when v is not null => strings[int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)],
                        "inlineStr" => string.Concat(c.Descendants(main + "t").Select(t => t.Value)),
                        _ => v ?? string.Empty,
                    };
                }

                if (cells.Count > 0 && cells.Values.Any(v => v.Length > 0))
                {
                    rows.Add([.. Enumerable.Range(0, cells.Keys.Max() + 1).Select(i => cells.GetValueOrDefault(i, string.Empty))]);
                }
            }

            var width = rows.Count == 0 ? 0 : rows[0].Length;
            return Rfc4180([.. rows.Select(r => r.Length >= width ? r[..width] : [.. r, .. new string[width - r.Length].Select(_ => string.Empty)])], ',');
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or FormatException
                                      or OverflowException or ArgumentOutOfRangeException or NullReferenceException)
        {
            return null;
        }
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>"AB12" → 27 (zero-based column of a cell reference).</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (++letters > 3)
            {
                throw new FormatException("cell reference " + reference);
            }
        }

        return letters == 0 ? throw new FormatException("cell reference " + reference) : column - 1;
    }

    private static string? Decode(byte[] plain)
    {
        try
        {
            var span = plain.AsSpan();
            return StrictUtf8.GetString(span.StartsWith(Encoding.UTF8.Preamble) ? span[3..] : span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static byte[] Rfc4180(IEnumerable<string[]> rows, char delimiter)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(delimiter, row.Select(f => f.AsSpan().IndexOfAny([delimiter, '"', '\r', '\n']) >= 0
                ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
                : f)).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
