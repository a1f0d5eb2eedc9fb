using Wijkmix.Core.Areas;
using Wijkmix.Data.Download;

namespace Wijkmix.Data.Tests.Download;

/// <summary>
/// Every way a download can go wrong: a Dutch message that says what happened and what to do, and
/// a store exactly as it was (same fingerprint of every table).
/// </summary>
public sealed class DownloadFaultTests : IAsyncLifetime, IDisposable
{
    private readonly DownloadHarness _h = new();
    private StatServer _server = null!;
    private string _before = string.Empty;

    /// <summary>The store holds something already (Den Haag 2019 at gemeente level), so "unchanged" is not "empty".</summary>
    public async Task InitializeAsync()
    {
        _server = await StatServer.StartAsync();
        var (primed, _) = await _h.RunAsync(_h.Settings(_server), DownloadHarness.DenHaag2019(AreaLevel.Municipality));
        Assert.True(primed.IsValid, string.Join("\n", primed.AllProblems));
        _before = _h.Store.Fingerprint();
        Assert.Contains("GM0518", string.Join(' ', _h.Store.AllAreas().Select(a => a.Code.Value)), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData(500, "antwoordt 500")]
    [InlineData(503, "antwoordt 503")]
    [InlineData(429, "antwoordt 429")]
    public async Task ServerError_AfterRetries_ReportsStatusAndStoresNothing(int status, string expected)
    {
        _server.Faults.AlwaysStatus = status;
        var problem = await FailAsync();
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Contains("probeer het later opnieuw", problem, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count(r => r.Contains("TypedDataSet", StringComparison.Ordinal) && r.Contains("BU0518", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ConnectionResetHalfWay_Always_ReportsIt()
    {
        _server.Faults.ResetFromPage = 2;
        Assert.Contains("halverwege verbroken", await FailAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedJson_IsReportedAndNotCached()
    {
        _server.Faults.TruncatePage = 2;
        Assert.Contains("geen geldige of volledige JSON", await FailAsync(), StringComparison.Ordinal);

        _server.Faults.TruncatePage = null;
        _server.Requests.Clear();
        var (result, _) = await _h.RunAsync(_h.Settings(_server), DownloadHarness.DenHaag2019());
        Assert.True(result.IsValid, string.Join("\n", result.AllProblems));
        Assert.Contains(_server.Requests, r => r.EndsWith("$skip=50", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingNextLink_FewerRowsThanAnnounced_IsReported()
    {
        _server.Faults.DropNextLinkOnPage = 2;
        var problem = await FailAsync();
        Assert.Contains("100 rijen ontvangen, de server meldde er 159", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRequest_IsNotRetriedAndSaysTheRequestWasRefused()
    {
        _server.Faults.BadRequest = true;
        var problem = await FailAsync();
        Assert.Contains("de server weigert het verzoek (400", problem, StringComparison.Ordinal);
        Assert.Single(_server.Requests, r => r.Contains("TypedDataSet", StringComparison.Ordinal) && r.Contains("BU0518", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangedColumns_DataPropertiesDiffer_IsReported()
    {
        _server.Faults.ExtraColumn = "NieuweKolom_999";
        var problem = await FailAsync();
        Assert.Contains("wijken af van DataProperties", problem, StringComparison.Ordinal);
        Assert.Contains("NieuweKolom_999", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value":{"Key":"WijkenEnBuurten"}}""", "niet de vorm van een pagina")]
    [InlineData("""{"value":[{"Type":7,"Key":"WijkenEnBuurten"}]}""", "niet de vorm die CBS of PDOK documenteert")]
    public async Task DataPropertiesOfAnotherShape_IsReported(string dataProperties, string expected)
    {
        // A fresh cache, so the DataProperties of the priming run are not reused.
        _server.Faults.DataPropertiesOverride = dataProperties;
        var problem = await FailAsync(settings: _h.Settings(_server) with { CacheDirectory = _h.Cache + "-shape" });
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTable_404_IsReported()
    {
        // The server knows 84583NED (2019) only; 2020 is 84799NED.
        var problem = await FailAsync(new DownloadRequest([DownloadHarness.DenHaag], [2020]));
        Assert.Contains("tabel 84799NED (KWB 2020) niet gevonden (404", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GemeenteNotInThatYear_IsReported()
    {
        var problem = await FailAsync(new DownloadRequest([AreaCode.Parse("GM9999")], [2019]));
        Assert.Contains("gemeente GM9999 bestaat niet in KWB 2019", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoNetwork_IsReported()
    {
        var closed = new Uri($"http://127.0.0.1:{StatServer.ClosedPort()}/ODataFeed/odata/");
        var problem = await FailAsync(settings: _h.Settings(closed, closed) with { CacheDirectory = _h.Cache + "-other" });
        Assert.Contains("geen verbinding met de server", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CacheCannotBeWritten_FullDisk_IsReported()
    {
        var file = Path.Combine(_h.Cache, "not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var problem = await FailAsync(settings: _h.Settings(_server) with { CacheDirectory = Path.Combine(file, "cache") });
        Assert.Contains("kan niet worden geschreven", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offline_WithoutCache_IsReported()
    {
        var problem = await FailAsync(settings: _h.Settings(_server, offline: true));
        Assert.Contains("niet in de cache en --offline", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(_server.Requests, r => r.Contains("BU0518", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BoundariesMissing_AfterGoodFigures_StoresNeitherFiguresNorBoundaries()
    {
        var problem = await FailAsync(DownloadHarness.DenHaag2019(AreaLevel.District, boundaries: true));
        Assert.Contains("grenzen 'wijken' voor 2019 niet gevonden", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_HalfWay_StoresNothing()
    {
        using var cancel = new CancellationTokenSource();
        using var downloader = new KwbDownloader(_h.Settings(_server));
        var progress = new SynchronousProgress(p =>
        {
            if (p.Pages == 2)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => downloader.DownloadAsync(DownloadHarness.DenHaag2019(), progress, cancel.Token));
        Assert.Equal(_before, _h.Store.Fingerprint());
    }

    private async Task<string> FailAsync(DownloadRequest? request = null, DownloadSettings? settings = null)
    {
        var (result, stored) = await _h.RunAsync(settings ?? _h.Settings(_server), request ?? DownloadHarness.DenHaag2019());
        Assert.False(result.IsValid);
        Assert.Empty(stored);
        Assert.Equal(_before, _h.Store.Fingerprint());
        return Assert.Single(result.AllProblems);
    }

    private sealed class SynchronousProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
