using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using MiniExcelLibs;

namespace Wijkmix.Benchmarks;

/// <summary>
/// The two maintained xlsx readers considered for kwb-YYYY.xlsx (docs/decisions/0011-spreadsheet-reader.md),
/// each reading every cell of the first sheet as the importer needs it: the real CBS file for gemeente
/// Utrecht (kwb-2024 layout, 123 rows × 121 columns, data/cbs/kwb_utrecht_2023_2024), a generated file of
/// nationwide size (17 000 rows, same layout), and a hostile 50 KB file: one cell of 16 000 rich-text runs
/// (the shape that made the old home-made reader take over 10 s). Both return the number of non-empty
/// cells, so the work cannot be skipped and the two can be compared.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetReaderBenchmarks
{
    private byte[] _bytes = [];

    [Params("utrecht-2024", "generated-17000", "rich-text-16000")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void GlobalSetup()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        if (File == "utrecht-2024")
        {
            _bytes = System.IO.File.ReadAllBytes(Path.Combine(RepositoryRoot(), "data", "cbs", "kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2024.xlsx"));
        }
        else if (File == "rich-text-16000")
        {
            _bytes = RichText(16_000);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"wijkmix-bench-xlsx-{Environment.ProcessId}.xlsx");
            KwbFileGenerator.WriteXlsx(path, KwbFileGenerator.Generate(17_000, 2024));
            _bytes = System.IO.File.ReadAllBytes(path);
            System.IO.File.Delete(path);
        }

        if (MiniExcelCells() != ExcelDataReaderCells())
        {
            throw new InvalidOperationException("The two readers disagree on the number of non-empty cells.");
        }
    }

    /// <summary>MiniExcel's streaming query: one dictionary (column letter → value) per row.</summary>
    [Benchmark(Baseline = true)]
    public int MiniExcelCells()
    {
        var count = 0;
        using var stream = new MemoryStream(_bytes, writable: false);
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false))
        {
            foreach (var value in row.Values)
            {
                count += value is null or "" ? 0 : 1;
            }
        }

        return count;
    }

    /// <summary>ExcelDataReader's forward-only <see cref="System.Data.IDataReader"/>: one value array per row.</summary>
    [Benchmark]
    public int ExcelDataReaderCells()
    {
        var count = 0;
        using var stream = new MemoryStream(_bytes, writable: false);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                count += reader.GetValue(i) is null or "" ? 0 : 1;
            }
        }

        return count;
    }

    /// <summary>A one-sheet workbook whose cell B2 is an inline string of <paramref name="runs"/> runs of three letters.</summary>
    private static byte[] RichText(int runs)
    {
        const string Ns = "http://schemas.openxmlformats.org/";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = $"<Types xmlns=\"{Ns}package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
            ["_rels/.rels"] = $"<Relationships xmlns=\"{Ns}package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Ns}officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<workbook xmlns=\"{Ns}spreadsheetml/2006/main\" xmlns:r=\"{Ns}officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = $"<Relationships xmlns=\"{Ns}package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Ns}officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
            ["xl/worksheets/sheet1.xml"] = $"<worksheet xmlns=\"{Ns}spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>gwb_code</t></is></c></row>"
                + $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>GM0344</t></is></c><c r=\"B2\" t=\"inlineStr\"><is>{string.Concat(Enumerable.Repeat("<r><t>abc</t></r>", runs))}</is></c></row></sheetData></worksheet>",
        };
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(xml);
            }
        }

        return memory.ToArray();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "Wijkmix.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Wijkmix.slnx not found above " + AppContext.BaseDirectory);
    }
}
