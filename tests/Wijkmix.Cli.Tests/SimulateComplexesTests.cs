namespace Wijkmix.Cli.Tests;

/// <summary><c>simulate --complexen</c>: a corporation's own complex files (the workspace templates) as the simulator's start.</summary>
public class SimulateComplexesTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    private const string Scenario = SimulateCommandTests.Scenario;

    private static string Example(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "voorbeelden", name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(demo.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Simulate_WithTheExampleComplexes_SaysTheStartUsedThemAndChangesTheOutcome()
    {
        var scenario = Write("complex.yaml", Scenario);
        var plain = demo.Run(["simulate", scenario, "-r", "2", "-o", Path.Combine(demo.Folder, "zonder.csv")]);
        var run = demo.Run(["simulate", scenario, "-r", "2", "-o", Path.Combine(demo.Folder, "met.csv"),
            "--complexen", Example("complexen-woningen.csv"), "--huishoudens", Example("complexen-huishoudens.csv"), "--organisatie", "Woningcorporatie Mitros"]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Start vanuit complexen van partners: 3 complex(en) met samen 450 woningen, van Woningcorporatie Mitros", run.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("Start vanuit complexen", plain.Output, StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(Path.Combine(demo.Folder, "zonder.csv")), File.ReadAllText(Path.Combine(demo.Folder, "met.csv")));
    }

    [Fact]
    public void Simulate_ComplexFileWithASplitThatDoesNotAddUp_NamesFileLineAndColumn_ExitsOne()
    {
        var scenario = Write("complex2.yaml", Scenario);
        var text = File.ReadAllText(Example("complexen-woningen.csv")).Replace(";120;120;0;0;0;100;20;0;0", ";120;110;0;0;0;100;20;0;0", StringComparison.Ordinal);
        var run = demo.Run(["simulate", scenario, "-r", "2", "--complexen", Write("fout.csv", text)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("fout.csv, regel 2, kolom \"woningen\": sociale_huur + middenhuur + vrije_sector_huur + koop = 110, maar woningen = 120", run.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
