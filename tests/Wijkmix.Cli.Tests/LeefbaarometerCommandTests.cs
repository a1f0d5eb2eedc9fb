using System.Text;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Store;

namespace Wijkmix.Cli.Tests;

/// <summary><c>wijkmix import leefbaarometer FILE</c>: the real Amstelveen scores stored; bad input named by file, line and column, exit 1, nothing lost.</summary>
public sealed class LeefbaarometerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string StorePath => Path.Combine(_folder.Path, "store.db");

    private static string RealFile => Path.Combine(AppContext.BaseDirectory, "data", "leefbaarometer", "AmstelveenDataWithDimensions.csv");

    private CliRun Import(params string[] files) => Cli.Run(["--store", StorePath, "--without-demo", "import", "leefbaarometer", .. files]);

    [Fact]
    public void Import_RealFile_StoresEveryScore()
    {
        var run = Import(RealFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("AmstelveenDataWithDimensions.csv", run.Output, StringComparison.Ordinal);
        using var store = WijkmixStore.Open(StorePath);
        var randwijck2014 = store.Get([AreaCode.Parse("WK036201")], ["lbm_score", "lbm_onv"]).Where(o => o.Year == 2014).ToDictionary(o => o.VariableId, o => o.Value);
        Assert.Equal(4.270599604867483, randwijck2014["lbm_score"]);
        Assert.Equal(0.044195112697823, randwijck2014["lbm_onv"]);
    }

    [Fact]
    public void Import_BadLine_NamesFileLineAndColumn_ExitsNonZero_AndKeepsWhatWasStored()
    {
        Assert.Equal(0, Import(RealFile).ExitCode);
        string Fingerprint()
        {
            using var store = WijkmixStore.Open(StorePath);
            return store.Fingerprint();
        }

        var before = Fingerprint();
        var lines = File.ReadAllLines(RealFile);
        lines[9] = lines[9].Replace(",4.", ",vier.", StringComparison.Ordinal);
        var bad = Path.Combine(_folder.Path, "lbm-fout.csv");
        File.WriteAllText(bad, string.Join('\n', lines) + "\n", new UTF8Encoding(false));

        var run = Import(bad);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lbm-fout.csv:10, kolom lbm: \"vier.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Niets opgeslagen", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }
}
