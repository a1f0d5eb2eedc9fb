using BenchmarkDotNet.Attributes;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;

namespace Wijkmix.Benchmarks;

/// <summary>
/// Importing a KWB file in the exact CBS kwb-2024 layout (121 columns): 1 000 rows (about one large
/// gemeente) and 17 000 rows (all of the Netherlands). ReadCsv is parse + validate only; ImportCsv and
/// ImportXlsx are the whole import: read + validate + store into a fresh SQLite file.
/// </summary>
[MemoryDiagnoser]
public class KwbImportBenchmarks
{
    private const int Seed = 2024;

    private string _directory = string.Empty;
    private string _databases = string.Empty;
    private string _csvPath = string.Empty;
    private string _xlsxPath = string.Empty;
    private int _database;

    [Params(1_000, 17_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"wijkmix-bench-{Environment.ProcessId}-{Rows}");
        _databases = Path.Combine(_directory, "db");
        Directory.CreateDirectory(_databases);
        _csvPath = Path.Combine(_directory, "kwb-2024.csv");
        _xlsxPath = Path.Combine(_directory, "kwb-2024.xlsx");

        try
        {
            Prepare();
        }
        catch
        {
            // BenchmarkDotNet does not run [GlobalCleanup] after a failed [GlobalSetup]: leave no files behind.
            GlobalCleanup();
            throw;
        }
    }

    private void Prepare()
    {
        var rows = KwbFileGenerator.Generate(Rows, Seed);
        KwbFileGenerator.WriteCsv(_csvPath, rows);
        KwbFileGenerator.WriteXlsx(_xlsxPath, rows);

        // Never measure an error path: both files must parse cleanly, to the same figures, and store.
        var csv = Verified(_csvPath);
        var xlsx = Verified(_xlsxPath);
        if (xlsx.Observations.Count != csv.Observations.Count || xlsx.SuppressedCells != csv.SuppressedCells)
        {
            throw new InvalidOperationException(
                $"xlsx gives {xlsx.Observations.Count} observations ({xlsx.SuppressedCells} suppressed), csv {csv.Observations.Count} ({csv.SuppressedCells}).");
        }

        var stored = Import(_csvPath);
        if (stored.Status != StoreStatus.Stored || stored.Observations != csv.Observations.Count)
        {
            throw new InvalidOperationException($"Storing the generated file gave {stored}.");
        }

        DeleteDatabases();
        Console.WriteLine($"// {Rows} rows: {new FileInfo(_csvPath).Length:N0} B csv, {new FileInfo(_xlsxPath).Length:N0} B xlsx, "
                          + $"{csv.Areas.Count} areas, {csv.Observations.Count} observations ({csv.SuppressedCells} suppressed), "
                          + $"{csv.VariableCount} variables, {csv.SkippedColumns.Count} skipped columns");
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [IterationCleanup(Targets = [nameof(ImportCsv), nameof(ImportXlsx)])]
    public void DeleteDatabases()
    {
        foreach (var file in Directory.EnumerateFiles(_databases))
        {
            File.Delete(file);
        }
    }

    /// <summary>Parse + validate the ';'-separated file (no store).</summary>
    [Benchmark]
    public ParsedFile ReadCsv() => Importer.Read(_csvPath);

    /// <summary>The whole import of the csv: read + validate + store into a new SQLite file.</summary>
    [Benchmark]
    public StoreResult ImportCsv() => Import(_csvPath);

    /// <summary>The whole import of the xlsx: read + validate + store into a new SQLite file.</summary>
    [Benchmark]
    public StoreResult ImportXlsx() => Import(_xlsxPath);

    private StoreResult Import(string path)
    {
        var parsed = Importer.Read(path);
        using var store = WijkmixStore.Open(Path.Combine(_databases, $"wijkmix-{++_database}.db"));
        return store.Store(parsed);
    }

    private ParsedFile Verified(string path)
    {
        var parsed = Importer.Read(path);
        if (!parsed.IsValid)
        {
            var first = parsed.Problems[0];
            throw new InvalidOperationException($"{path}: {parsed.Problems.Count} problem(s), first: {first}");
        }

        if (parsed.Areas.Count != Rows || parsed.Observations.Count < Rows * 20)
        {
            throw new InvalidOperationException(
                $"{path}: {parsed.Areas.Count} areas and {parsed.Observations.Count} observations for {Rows} rows; expected a few thousand per 100 rows.");
        }

        return parsed;
    }
}
