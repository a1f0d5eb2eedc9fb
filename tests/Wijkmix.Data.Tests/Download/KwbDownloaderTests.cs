using System.Diagnostics;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Download;
using Wijkmix.Data.Download.Internal;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Tests.Download;

/// <summary>The downloader against a real local server serving real CBS files: what is stored is what was served.</summary>
public sealed class KwbDownloaderTests : IDisposable
{
    private readonly DownloadHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Download_DenHaag2019_StoresExactlyWhatWasServed()
    {
        await using var server = await StatServer.StartAsync();

        var (result, stored) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Equal(StoreStatus.Stored, Assert.Single(stored).Status);
        Assert.Equal(2 + 4 + 1, result.PagesFetched); // DataProperties, TableInfos, 159 rows in pages of 50, the names
        Assert.Equal(114, _h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood).Count);
        Assert.Equal(44, _h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.District).Count);

        var served = server.Rows("84583NED").ToDictionary(
            r => AreaCode.Parse(r!["WijkenEnBuurten"]!.GetValue<string>().Trim()),
            r => r!["AantalInwoners_5"]?.GetValue<double>());
        var inStore = _h.Store.Get(served.Keys.ToList(), ["inhabitants"]).Where(o => o.Year == 2019)
            .ToDictionary(o => o.Area, o => o.Value);
        Assert.Equal(537_833, inStore[DownloadHarness.DenHaag]);
        // Names come from the WijkenEnBuurten dimension, as the server titles them.
        Assert.Equal("'s-Gravenhage", _h.Store.FindArea(DownloadHarness.DenHaag)!.Name);
        Assert.Equal("Gebied BU05183387", _h.Store.FindArea(AreaCode.Parse("BU05183387"))!.Name);
        Assert.Equal(served.Count, inStore.Count);
        Assert.All(served, s => Assert.Equal(s.Value, inStore[s.Key]));
    }

    [Fact]
    public async Task Download_DenHaag2019_EveryMappedCellIsStoredAsServed()
    {
        await using var server = await StatServer.StartAsync();
        var (result, _) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());
        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));

        // Independently of the importer: every served cell whose key the catalogue knows for 2019, times its scale.
        var catalogue = Wijkmix.Core.Variables.VariableCatalogue.Default;
        var expected = new Dictionary<(AreaCode, string), double?>();
        foreach (var row in server.Rows("84583NED").Select(r => r!.AsObject()))
        {
            var area = AreaCode.Parse(row["WijkenEnBuurten"]!.GetValue<string>().Trim());
            foreach (var (key, cell) in row)
            {
                if (catalogue.TryResolve(key, 2019, out var alias))
                {
                    expected[(area, alias.VariableId)] = cell is null ? null : cell.GetValue<double>() * alias.Scale;
                }
            }
        }

        var variables = expected.Keys.Select(k => k.Item2).Distinct().ToList();
        var stored = _h.Store.Get(expected.Keys.Select(k => k.Item1).Distinct().ToList(), variables)
            .Where(o => o.Year == 2019).ToDictionary(o => (o.Area, o.VariableId), o => o.Value);
        Assert.True(variables.Count > 40, $"{variables.Count} variables");
        Assert.Equal(expected.Count, stored.Count);
        Assert.All(expected, e => Assert.Equal(e.Value, stored[e.Key]));
    }

    [Fact]
    public async Task Download_SecondRun_UsesOnlyTheCache()
    {
        await using var server = await StatServer.StartAsync();
        await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());
        var fingerprint = _h.Store.Fingerprint();
        server.Requests.Clear();

        var (result, stored) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());

        Assert.Equal(0, server.Hits);
        Assert.Equal(0, result.PagesFetched);
        Assert.Equal(7, result.PagesFromCache);
        Assert.Equal(StoreStatus.AlreadyImported, Assert.Single(stored).Status);
        Assert.Equal(fingerprint, _h.Store.Fingerprint());
    }

    [Fact]
    public async Task Download_Offline_ReadsTheCacheWithoutAServer()
    {
        Uri cbs, pdok;
        await using (var server = await StatServer.StartAsync())
        {
            using var downloader = new KwbDownloader(_h.Settings(server));
            Assert.True((await downloader.DownloadAsync(DownloadHarness.DenHaag2019())).IsValid);
            (cbs, pdok) = (server.CbsUrl, server.PdokUrl);
        }

        var settings = _h.Settings(cbs, pdok, offline: true);
        var (result, stored) = await _h.RunAsync(settings, DownloadHarness.DenHaag2019());

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Equal(0, result.PagesFetched);
        Assert.Equal(StoreStatus.Stored, Assert.Single(stored).Status);
        Assert.Equal(537_833, _h.Store.Get([DownloadHarness.DenHaag], ["inhabitants"]).Single(o => o.Year == 2019).Value);
    }

    [Fact]
    public async Task Download_InterruptedHalfWay_ResumesWithOnlyTheMissingPages()
    {
        var server = await StatServer.StartAsync();
        var port = server.Port;
        server.Faults.ResetFromPage = 3; // pages 1 and 2 arrive, then the server dies
        var (first, _) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());
        Assert.False(first.IsValid);
        var empty = _h.Store.Fingerprint();
        await server.DisposeAsync();

        await using var restarted = await StatServer.StartAsync(port);
        var (second, stored) = await _h.RunAsync(_h.Settings(restarted), DownloadHarness.DenHaag2019());

        Assert.True(second.IsValid, string.Join("\n", second.AllProblems));
        Assert.NotEqual(empty, _h.Store.Fingerprint());
        Assert.Equal(StoreStatus.Stored, Assert.Single(stored).Status);
        // Only pages 3 and 4 of TypedDataSet are fetched again (then the names); metadata and pages 1-2 come from the cache.
        Assert.Equal(["$skip=100", "$skip=150"], restarted.Requests.Where(r => r.Contains("TypedDataSet", StringComparison.Ordinal))
            .Select(r => r[r.LastIndexOf('$')..]).ToArray());
        Assert.Equal(3, restarted.Hits);
    }

    [Fact]
    public async Task Download_Boundaries_StoresEveryBuurtGeometryFromThePagedCollection()
    {
        await using var server = await StatServer.StartAsync();
        var settings = _h.Settings(server) with { PdokPageSize = 25 };

        var (result, stored) = await _h.RunAsync(settings, DownloadHarness.DenHaag2019(boundaries: true));

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.All(stored, s => Assert.Equal(StoreStatus.Stored, s.Status));
        Assert.Equal(5, server.Requests.Count(r => r.Contains("/collections/buurten/items", StringComparison.Ordinal))); // 114 in pages of 25
        var buurten = _h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood).Select(a => a.Code).ToList();
        Assert.Equal(114, _h.Store.CodesWithGeometry(buurten).Count);
        // The boundary file's own figures (dataset kwb-geo): as served, and suppressed where PDOK sent -99997.
        var buurtRows = server.Rows("84583NED").Where(r => r!["SoortRegio_2"]!.GetValue<string>().Trim() == "Buurt").ToList();
        var inhabitants = buurtRows.ToDictionary(r => AreaCode.Parse(r!["WijkenEnBuurten"]!.GetValue<string>().Trim()), r => r!["AantalInwoners_5"]?.GetValue<double>());
        var geo = _h.Store.GetWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood, ["inhabitants", "woz_value_avg"])
            .Where(o => o.Dataset == "kwb-geo").ToList();
        Assert.All(geo.Where(o => o.Observation.VariableId == "inhabitants"), o => Assert.Equal(inhabitants[o.Observation.Area], o.Observation.Value));
        var suppressedWoz = buurtRows.Where(r => r!["GemiddeldeWoningwaarde_35"] is null)
            .Select(r => r!["WijkenEnBuurten"]!.GetValue<string>().Trim()).Order().ToList();
        Assert.Equal(7, suppressedWoz.Count);
        Assert.Equal(suppressedWoz, geo.Where(o => o.Observation.VariableId == "woz_value_avg" && o.Observation.Value is null)
            .Select(o => o.Observation.Area.Value).Order().ToList());
        Assert.Contains("Polygon", _h.Store.Geometry(AreaCode.Parse("BU05183387"), 2019), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSentinels_TurnsWijkEnBuurtkaartCodesIntoSuppressedCells()
    {
        var feature = """{"type":"Feature","properties":{"buurtcode":"BU05180001","aantal_inwoners":-99997,"mannen":120},"geometry":null}""";

        var cleaned = System.Text.Json.Nodes.JsonNode.Parse(PdokFeatures.WithoutSentinels(feature))!["properties"]!;

        Assert.Null(cleaned["aantal_inwoners"]);
        Assert.Equal(120, cleaned["mannen"]!.GetValue<int>());
    }

    [Fact]
    public async Task Download_AllOfTheNetherlands_AsksWithoutAGemeenteAndStoresWhatCame()
    {
        await using var server = await StatServer.StartAsync();
        var settings = _h.Settings(server) with { PdokPageSize = 40 };

        var (result, stored) = await _h.RunAsync(settings, new DownloadRequest([], [2019], AreaLevel.Neighbourhood, Boundaries: true));

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Equal(2, stored.Count);
        Assert.Contains(server.Requests, r => r.Contains("startswith%28WijkenEnBuurten%2C%27BU%27%29", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, r => r.Contains("gemeentecode=GM", StringComparison.Ordinal));
        Assert.Equal(114, _h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood).Count);
    }

    [Fact]
    public async Task Download_ServerIgnoresTheFilter_OnlyTheAskedLevelIsStored()
    {
        await using var server = await StatServer.StartAsync();
        server.Faults.IgnoreFilter = true;

        var (result, _) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019(AreaLevel.District));

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Equal(45, result.Files[0].Areas.Count);
        Assert.Empty(_h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood));
    }

    [Fact]
    public async Task Download_RegionDimensionWithAnotherKey_TakesTheKeyFromDataProperties()
    {
        await using var server = await StatServer.StartAsync();

        var (result, _) = await _h.RunAsync(_h.Settings(server), new DownloadRequest([DownloadHarness.DenHaag], [2013]));

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Contains(server.Requests, r => r.Contains("startswith%28RegioS%2C%27BU0518%27%29", StringComparison.Ordinal));
        Assert.Equal(114, _h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood).Count);
        Assert.Equal(537_833, _h.Store.Get([DownloadHarness.DenHaag], ["inhabitants"]).Single(o => o.Year == 2013).Value);
    }

    [Fact]
    public async Task Download_LevelWijk_StoresNoBuurten()
    {
        await using var server = await StatServer.StartAsync();

        var (result, _) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019(AreaLevel.District));

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Equal(44, _h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.District).Count);
        Assert.Empty(_h.Store.AreasWithin(DownloadHarness.DenHaag, AreaLevel.Neighbourhood));
    }

    [Fact]
    public async Task Download_RetryAfter_IsHonouredOn503And429()
    {
        await using var server = await StatServer.StartAsync();
        server.Faults.BeforeFirstPage.Enqueue((503, 1));
        server.Faults.BeforeFirstPage.Enqueue((429, 1));
        var watch = Stopwatch.StartNew();

        var (result, stored) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Single(stored);
        // The back-off alone is 10 ms; two Retry-After: 1 answers make it at least 2 s.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), watch.Elapsed.ToString());
        Assert.Equal(3, server.Requests.Count(r => r.Contains("TypedDataSet", StringComparison.Ordinal) && !r.Contains("$skip", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Download_ConnectionResetOnce_IsRetriedAndCompletes()
    {
        await using var server = await StatServer.StartAsync();
        server.Faults.ResetFromPage = 2;
        server.Faults.ResetTimes = 1;

        var (result, stored) = await _h.RunAsync(_h.Settings(server), DownloadHarness.DenHaag2019());

        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Single(stored);
        Assert.Equal(2, server.Requests.Count(r => r.EndsWith("$skip=50", StringComparison.Ordinal)));
    }

    [Fact]
    public void Filter_SelectsTheGemeenteByPrefixPerLevel_NotBySubstring()
    {
        Assert.Equal("startswith(WijkenEnBuurten,'GM0518')", CbsOData.Filter(DownloadHarness.DenHaag, AreaLevel.Municipality));
        Assert.Equal("startswith(WijkenEnBuurten,'GM0518') or startswith(WijkenEnBuurten,'WK0518') or startswith(WijkenEnBuurten,'BU0518')",
            CbsOData.Filter(DownloadHarness.DenHaag, AreaLevel.Neighbourhood));
    }

    [Theory]
    [InlineData(2013, "82339NED")]
    [InlineData(2019, "84583NED")]
    [InlineData(2024, "85984NED")]
    [InlineData(2025, "86165NED")]
    public void KwbTables_KnowsEveryYearFrom2013(int year, string table)
    {
        Assert.Equal(table, KwbTables.TableOf(year));
        Assert.Equal(Enumerable.Range(2013, 13), KwbTables.Years);
    }
}
