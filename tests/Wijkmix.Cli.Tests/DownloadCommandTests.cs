using Wijkmix.Data.Tests.Download;

namespace Wijkmix.Cli.Tests;

/// <summary><c>wijkmix download</c> in-process against a real local server serving Den Haag 2019.</summary>
public sealed class DownloadCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wijkmix-cli-dl-" + Guid.NewGuid().ToString("N"));

    public DownloadCommandTests() => Directory.CreateDirectory(_folder);

    private string StorePath => Path.Combine(_folder, "store.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private CliRun Download(StatServer server, params string[] args) =>
        Cli.Run(["--store", StorePath, "--without-demo", "download", .. args, "--cbs-url", server.CbsUrl.ToString(), "--pdok-url", server.PdokUrl.ToString()]);

    [Fact]
    public async Task Download_DenHaag2019_StoresThenSecondRunUsesTheCache()
    {
        await using var server = await StatServer.StartAsync();

        var first = Download(server, "GM0518", "--years", "2019", "--level", "buurt");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("CBS 84583NED GM0518", first.Output, StringComparison.Ordinal);
        Assert.Contains("159", first.Output, StringComparison.Ordinal);
        Assert.Contains("opgeslagen", first.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "cache", Directory.GetFiles(Path.Combine(_folder, "cache"))[0])));
        var profile = Cli.Run("--store", StorePath, "--without-demo", "profile", "GM0518");
        Assert.Contains("537.833", profile.Output, StringComparison.Ordinal);

        server.Requests.Clear();
        var second = Download(server, "GM0518", "--years", "2019");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(0, server.Hits);
        Assert.Contains("Alles kwam uit de cache", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_UnknownTable_SaysWhatToDoAndExitsNonZero()
    {
        await using var server = await StatServer.StartAsync();

        var run = Download(server, "GM0518", "--years", "2020");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tabel 84799NED (KWB 2020) niet gevonden", run.Output, StringComparison.Ordinal);
        Assert.Contains("Niets opgeslagen", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--years", "20x9")]
    [InlineData("--cbs-url", "ftp://example")]
    public async Task Download_BadUsage_ExitsWithUsageError(string option, string value)
    {
        await using var server = await StatServer.StartAsync();
        var run = Cli.Run("--store", StorePath, "--without-demo", "download", "GM0518", option, value);
        Assert.Equal(WijkmixApp.UsageError, run.ExitCode);
    }

    [Fact]
    public void Download_NoGemeente_AsksForOneOrAll()
    {
        var run = Cli.Run("--store", StorePath, "--without-demo", "download");
        Assert.Equal(WijkmixApp.UsageError, run.ExitCode);
        Assert.Contains("--all", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseYears_ReadsSinglesRangesAndLists()
    {
        Assert.Equal([2019], DownloadCommand.ParseYears("2019"));
        Assert.Equal([2013, 2014, 2015], DownloadCommand.ParseYears("2013-2015"));
        Assert.Equal([2019, 2021, 2022], DownloadCommand.ParseYears("2021-2022,2019"));
        Assert.Null(DownloadCommand.ParseYears("2019-2013"));
    }
}
