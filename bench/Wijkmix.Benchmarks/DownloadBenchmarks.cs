using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Download;
using Wijkmix.Data.Download.Internal;
using Wijkmix.Data.Store;

namespace Wijkmix.Benchmarks;

/// <summary>
/// <c>wijkmix download --all --years 2024 --offline</c> without the console: one KWB year for all of
/// the Netherlands (17,000 areas) read from cached OData pages (10,000 rows a page, as the feed
/// serves them), converted, read by the importer and stored into a fresh SQLite file. The pages are
/// synthetic, their columns the real 85984NED DataProperties (128 topics).
/// </summary>
[MemoryDiagnoser]
public class DownloadBenchmarks
{
    private const int Rows = 17_000;
    private const int PageRows = 10_000;
    private static readonly Uri Root = new("https://opendata.cbs.nl/ODataFeed/odata/");

    private string _directory = string.Empty;
    private int _database;

    [GlobalSetup]
    public void GlobalSetup()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"wijkmix-bench-download-{Environment.ProcessId}");
        try
        {
            WriteCache();
            var stored = Run();
            if (stored.Count != 1 || stored[0].Status != StoreStatus.Stored || stored[0].Observations < Rows * 20)
            {
                throw new InvalidOperationException($"Storing the cached year gave {string.Join(", ", stored)}.");
            }

            var size = new FileInfo(Path.Combine(_directory, $"wijkmix-{_database}.db")).Length;
            Console.WriteLine($"// {Rows} areas, {stored[0].Observations:N0} observations, store {size:N0} B (without -wal)");
        }
        catch
        {
            GlobalCleanup();
            throw;
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [IterationCleanup]
    public void DeleteDatabases()
    {
        foreach (var file in Directory.EnumerateFiles(_directory, "wijkmix-*.db*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>The whole offline download of one year for all of NL: cached pages → importer → one transaction.</summary>
    [Benchmark]
    public IReadOnlyList<StoreResult> DownloadYearFromCache() => Run();

    private IReadOnlyList<StoreResult> Run()
    {
        using var downloader = new KwbDownloader(new DownloadSettings { CbsUrl = Root, CacheDirectory = Path.Combine(_directory, "cache"), Offline = true });
        var result = downloader.DownloadAsync(new DownloadRequest([], [2024])).GetAwaiter().GetResult();
        if (!result.IsValid)
        {
            throw new InvalidOperationException(string.Join("\n", result.AllProblems.Take(5)));
        }

        using var store = WijkmixStore.Open(Path.Combine(_directory, $"wijkmix-{++_database}.db"));
        return KwbDownloader.Store(store, result);
    }

    /// <summary>DataProperties, TableInfos, the names and the TypedDataSet pages, stored in the cache under the URLs the downloader asks for.</summary>
    private void WriteCache()
    {
        var cache = new ResponseCache(Path.Combine(_directory, "cache"));
        var dataProperties = File.ReadAllBytes(RepositoryFile("data", "cbs", "kwb2024_85984NED_gm_wk", "DataProperties.json.gz"));
        using var gz = new GZipStream(new MemoryStream(dataProperties), CompressionMode.Decompress);
        var properties = JsonNode.Parse(gz)!;
        cache.Write(CbsOData.EntitySetUrl(Root, "85984NED", "DataProperties"), JsonSerializer.SerializeToUtf8Bytes(properties));
        cache.Write(CbsOData.EntitySetUrl(Root, "85984NED", "TableInfos"),
            File.ReadAllBytes(RepositoryFile("data", "cbs", "kwb2024_85984NED_gm_wk", "TableInfos.json")));

        // The bundled file is the bare array of the OData answer; a live answer wraps it in "value".
        var items = properties is JsonObject o ? o["value"]!.AsArray() : properties.AsArray();
        var topics = items.Where(p => (string?)p!["Type"] == "Topic")
            .Select(p => ((string)p!["Key"]!, (string?)p["Datatype"] == "String")).ToList();
        var codes = Codes().ToList();
        var random = new Random(2024);
        var names = new JsonArray();
        for (var start = 0; start < codes.Count; start += PageRows)
        {
            var value = new JsonArray();
            foreach (var (code, index) in codes.Skip(start).Take(PageRows).Select((c, i) => (c, start + i)))
            {
                value.Add(Record(index, code, topics, random));
            }

            var page = new JsonObject { ["odata.count"] = codes.Count.ToString(CultureInfo.InvariantCulture), ["value"] = value };
            var next = new Uri(Root, $"85984NED/TypedDataSet?$format=json&$skip={start + PageRows}");
            if (start + PageRows < codes.Count)
            {
                page["odata.nextLink"] = next.AbsoluteUri;
            }

            var url = start == 0
                ? CbsOData.TypedDataSetUrl(Root, "85984NED", null, AreaLevel.Neighbourhood)
                : new Uri(Root, $"85984NED/TypedDataSet?$format=json&$skip={start}");
            cache.Write(url, JsonSerializer.SerializeToUtf8Bytes(page));
        }

        foreach (var code in codes)
        {
            names.Add(new JsonObject { ["Key"] = code.Value.PadRight(10), ["Title"] = "Gebied " + code.Value[2..] });
        }

        cache.Write(CbsOData.NamesUrl(Root, "85984NED", null, AreaLevel.Neighbourhood),
            JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["value"] = names }));
    }

    /// <summary>350 gemeenten, each with its wijken and buurten: 17,000 areas, the size of KWB 2024.</summary>
    private static IEnumerable<AreaCode> Codes()
    {
        var count = 0;
        for (var g = 1; count < Rows; g++)
        {
            var gm = g.ToString("D4", CultureInfo.InvariantCulture);
            yield return AreaCode.Parse("GM" + gm);
            count++;
            for (var w = 0; w < 10 && count < Rows; w++)
            {
                yield return AreaCode.Parse($"WK{gm}{w:D2}");
                count++;
                for (var b = 0; b < 4 && count < Rows; b++)
                {
                    yield return AreaCode.Parse($"BU{gm}{w:D2}{b:D2}");
                    count++;
                }
            }
        }
    }

    private static JsonObject Record(int id, AreaCode code, List<(string Key, bool IsText)> topics, Random random)
    {
        var record = new JsonObject { ["ID"] = id, ["WijkenEnBuurten"] = code.Value.PadRight(10) };
        foreach (var (key, isText) in topics)
        {
            record[key] = key switch
            {
                "Gemeentenaam_1" => "Gemeente " + code.Value[2..6],
                "SoortRegio_2" => code.Level switch { AreaLevel.Municipality => "Gemeente  ", AreaLevel.District => "Wijk      ", _ => "Buurt     " },
                "Codering_3" => code.Value.PadRight(10),
                _ when isText => "1         ",
                _ when random.NextDouble() < 0.05 => null,
                _ => random.Next(0, 5) == 0 ? Math.Round(random.NextDouble() * 100, 1) : random.Next(0, 5000),
            };
        }

        return record;
    }

    private static string RepositoryFile(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wijkmix.slnx")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new FileNotFoundException("The repository (Wijkmix.slnx) is not above " + AppContext.BaseDirectory);
    }
}
