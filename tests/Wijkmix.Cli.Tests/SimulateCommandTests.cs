namespace Wijkmix.Cli.Tests;

public class SimulateCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    internal const string Scenario = """
        naam: Proef
        gemeente: Utrecht
        startjaar: 2025
        jaren: 2
        seed: 5
        schaal: 0.05
        """;

    [Fact]
    public void Simulate_SeedOption_OverridesTheScenarioSeed()
    {
        var path = Path.Combine(demo.Folder, "proef.yaml");
        File.WriteAllText(path, Scenario);
        string Csv(string name, params string[] extra)
        {
            var output = Path.Combine(demo.Folder, name);
            var run = demo.Run(["simulate", path, "--replicates", "2", "-o", output, .. extra]);
            Assert.True(run.ExitCode == 0, run.Output);
            return File.ReadAllText(output);
        }

        var scenarioSeed = Csv("a.csv");
        var sameSeedGiven = Csv("b.csv", "--seed", "5");
        var otherSeed = Csv("c.csv", "--seed", "6");
        var otherAgain = Csv("d.csv", "--seed", "6");

        Assert.Equal(scenarioSeed, sameSeedGiven);
        Assert.Equal(otherSeed, otherAgain);
        Assert.NotEqual(scenarioSeed, otherSeed);
    }
}
