using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Wijkmix.Fuzz;

/// <summary>
/// The KWB spreadsheet importer, seeded from CBS's Utrecht kwb-2024.xlsx cut to its first rows. Most inputs
/// mutate the worksheet XML and zip it again (a mutated zip is mostly refused before any cell is read):
/// cells out of column order or without a reference, numbers at the edge, cut XML, a cut zip, a zip bomb.
/// </summary>
public sealed class XlsxTarget : StatisticsTarget
{
    private const string SheetPath = "xl/worksheets/sheet1.xml";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly Lazy<(byte[] Zip, string Sheet)> Seeded = new(() => CutSheet(Seeds.Data("cbs/kwb_utrecht_2023_2024/CBS-Utrecht-kwb-2024.xlsx"), 25));
    private static readonly Lazy<byte[]> Bomb = new(() => WithSheet(Seeded.Value.Sheet, Seeds.Data("cbs/kwb_utrecht_2023_2024/CBS-Utrecht-kwb-2024.xlsx"), padding: 400L << 20));

    public XlsxTarget()
        : base("kwb-xlsx", "CBS-Utrecht-kwb-2024.xlsx", () => Seeded.Value.Zip, References.Xlsx)
    {
    }

    public override FuzzInput Generate(Random random)
    {
        var sheet = Seeded.Value.Sheet;
        var roll = random.Next(100);
        return roll switch
        {
            < 30 => Zipped("xml-" + Mutated(random, sheet, out var text), text, Expectation.Either),
            < 45 => Zipped("cellen-door-elkaar", Shuffle(sheet, random, dropReferences: false), Expectation.Either),
            < 52 => Zipped("cellen-zonder-r", Shuffle(sheet, random, dropReferences: true), Expectation.Either),
            < 62 => Plain("zip-havoc", Mutators.Havoc(Seed, random), Expectation.Either),
            < 70 => Plain("zip-afgebroken", Seed[..(1 + random.Next(Seed.Length - 1))], Expectation.Refuse),
            < 72 => new FuzzInput("zip-bom", FileName, Bomb.Value, null, Expectation.Refuse),
            _ => Zipped("getal-in-v", NumberInValue(sheet, random), Expectation.Either),
        };
    }

    private FuzzInput Zipped(string mutation, string sheet, Expectation expect)
    {
        var zip = WithSheet(sheet);
        return new FuzzInput(mutation, FileName, zip, zip, expect);
    }

    private static string Mutated(Random random, string sheet, out string text)
    {
        var bytes = Encoding.UTF8.GetBytes(sheet);
        var (name, mutated) = random.Next(3) switch
        {
            0 => ("havoc", Mutators.Havoc(bytes, random)),
            1 => ("getal", Mutators.ReplaceNumber(bytes, random.Next(5000), Mutators.Numbers[random.Next(Mutators.Numbers.Length)])),
            _ => ("afgebroken", bytes[..(1 + random.Next(bytes.Length - 1))]),
        };
        text = Encoding.UTF8.GetString(mutated);
        return name;
    }

    /// <summary>Every row's cells in a random order (a writer may do so; ECMA-376 places a cell by its reference).</summary>
    private static string Shuffle(string sheet, Random random, bool dropReferences)
    {
        var document = XDocument.Parse(sheet);
        foreach (var row in document.Descendants(Main + "row"))
        {
            var cells = row.Elements(Main + "c").ToList();
            if (dropReferences)
            {
                // Without references the order is the position: keep it, drop some "r" attributes.
                foreach (var cell in cells.Where(_ => random.Next(3) == 0))
                {
                    cell.Attribute("r")?.Remove();
                }

                continue;
            }

            cells.ForEach(c => c.Remove());
            row.Add(cells.OrderBy(_ => random.Next()));
        }

        return document.ToString(SaveOptions.DisableFormatting);
    }

    private static string NumberInValue(string sheet, Random random)
    {
        var document = XDocument.Parse(sheet);
        var values = document.Descendants(Main + "v").Where(v => v.Parent!.Attribute("t") is null).ToList();
        var value = values[random.Next(values.Count)];
        value.Value = Mutators.Numbers[random.Next(Mutators.Numbers.Length)];
        return document.ToString(SaveOptions.DisableFormatting);
    }

    private static (byte[] Zip, string Sheet) CutSheet(string path, int rows)
    {
        using var zip = new ZipArchive(File.OpenRead(path), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(SheetPath)!.Open();
        var document = XDocument.Load(stream);
        foreach (var row in document.Descendants(Main + "row").Skip(rows + 1).ToList())
        {
            row.Remove();
        }

        document.Descendants(Main + "dimension").Remove();
        document.Descendants().Where(e => e.Name.LocalName is "tableParts").Remove();
        var sheet = document.ToString(SaveOptions.DisableFormatting);
        return (WithSheet(sheet, path), sheet);
    }

    /// <summary>The seed workbook with <paramref name="sheet"/> as its first worksheet; the table part (which names a range) is left out.</summary>
    private static byte[] WithSheet(string sheet) => WithSheet(sheet, Seeds.Data("cbs/kwb_utrecht_2023_2024/CBS-Utrecht-kwb-2024.xlsx"));

    /// <param name="padding">Spaces written into the sheet data before the first row, streaming (a zip bomb).</param>
    private static byte[] WithSheet(string sheet, string original, long padding = 0)
    {
        using var source = new ZipArchive(File.OpenRead(original), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Where(e => !e.FullName.StartsWith("xl/tables/", StringComparison.Ordinal)
                                                             && e.FullName != "xl/worksheets/_rels/sheet1.xml.rels"))
            {
                using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName == SheetPath)
                {
                    // The padding goes inside the sheet data; a mutated sheet without it gets none.
                    var found = sheet.IndexOf("<sheetData>", StringComparison.Ordinal);
                    var at = found < 0 ? sheet.Length : found + "<sheetData>".Length;
                    target.Write(Encoding.UTF8.GetBytes(sheet[..at]));
                    var spaces = Enumerable.Repeat((byte)' ', 1 << 20).ToArray();
                    for (long written = 0; written < padding; written += spaces.Length)
                    {
                        target.Write(spaces);
                    }

                    target.Write(Encoding.UTF8.GetBytes(sheet[at..]));
                }
                else
                {
                    using var input = entry.Open();
                    input.CopyTo(target);
                }
            }
        }

        return output.ToArray();
    }
}
