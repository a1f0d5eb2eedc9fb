namespace Wijkmix.Cli.Tests;

/// <summary><c>wijkmix sensitivity</c>: a small screening on Utrecht, and the refusals.</summary>
public class SensitivityCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    [Fact]
    public void Sensitivity_SmallScenario_RanksTheAssumptionsPerResult()
    {
        var path = Path.Combine(demo.Folder, "gevoelig.yaml");
        File.WriteAllText(path, SimulateCommandTests.Scenario);

        var run = demo.Run(["sensitivity", path, "--trajectories", "2"]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Gevoeligheid Utrecht, uitkomsten op 1 januari 2027 (26 runs, elk één herhaling met de seed van het scenario)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Inschrijfduur bij toewijzing, reguliere zoekers (jaren, basis)", run.Output, StringComparison.Ordinal);
        Assert.Contains("toeval (alleen de seed; ruisniveau)", run.Output, StringComparison.Ordinal);
        Assert.Contains("doorstroom_aandeel", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_BadInput_IsRefused()
    {
        var path = Path.Combine(demo.Folder, "fout.yaml");
        File.WriteAllText(path, "naam: x\ngemeente: Tilburg\n");

        var tooFew = demo.Run(["sensitivity", path, "--trajectories", "1"]);
        var tilburg = demo.Run(["sensitivity", path]);

        Assert.Equal((2, 1), (tooFew.ExitCode, tilburg.ExitCode));
        Assert.Contains("kies 2 tot en met 100 trajecten (gegeven: 1)", tooFew.Output, StringComparison.Ordinal);
        Assert.Contains("fout.yaml, veld gemeente: Tilburg kan niet per wijk gesimuleerd worden", tilburg.Output, StringComparison.Ordinal);
    }
}
