using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using MiniExcelLibs;

namespace Wijkmix.Benchmarks;

/// <summary>
/// The two maintained xlsx readers considered for kwb-YYYY.xlsx (docs/decisions/0011-spreadsheet-reader.md),
/// each reading every cell of the first sheet as the importer needs it: the real CBS file for gemeente
/// Utrecht (kwb-2024 layout, 123 rows × 121 columns, data/cbs/kwb_utrecht_2023_2024) and a generated file of
/// nationwide size (17 000 rows, same layout). Both return the number of non-empty cells, so the work
/// cannot be skipped and the two can be compared.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetReaderBenchmarks
{
    private byte[] _bytes = [];

    [Params("utrecht-2024", "generated-17000")]
    public string File { get; set; } = string.Empty;

    [GlobalSetup]
    public void GlobalSetup()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        if (File == "utrecht-2024")
        {
            _bytes = System.IO.File.ReadAllBytes(Path.Combine(RepositoryRoot(), "data", "cbs", "kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2024.xlsx"));
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
