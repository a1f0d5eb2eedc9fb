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

    [Fact]
    public void Simulate_Calibrate_GemeenteWithoutObservedFigures_SaysForWhichItCanAndFails()
    {
        var path = Path.Combine(demo.Folder, "denhaag.yaml");
        File.WriteAllText(path, Scenario.Replace("gemeente: Utrecht", "gemeente: GM0518", StringComparison.Ordinal));

        var run = demo.Run("simulate", path, "--calibrate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Geen waargenomen toewijzingscijfers voor 's-Gravenhage in data/calibration/doelen.json; kalibreren kan voor: GM0363, GM0344.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Calibrate_WritesTheFitWithTargetModelAndDifference()
    {
        var path = Path.Combine(demo.Folder, "kalibratie.yaml");
        var fitFile = Path.Combine(demo.Folder, "GM0344.json");
        File.WriteAllText(path, Scenario);

        var run = demo.Run("simulate", path, "--calibrate", "--evaluaties", "2", "--kalibratie-bestand", fitFile);

        Assert.True(run.ExitCode == 0, run.Output);
        var fit = Simulation.Calibration.CalibrationFit.FromJson(File.ReadAllText(fitFile));
        Assert.Equal("GM0344", fit.Municipality);
        Assert.Equal(2, fit.Evaluations);
        Assert.Equal(7, fit.Fit.Count);
        Assert.Contains("inschrijving_voor_zoeken_jaren", fit.Parameters.Keys);
        Assert.Contains("│ inschrijfduur bij verhuring (jaar) │ 9,9 ", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 evaluaties in", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_EveryRun_ShowsTheCalibrationTableAndTheBaselineDrift()
    {
        var path = Path.Combine(demo.Folder, "fit.yaml");
        File.WriteAllText(path, Scenario + "\ninloopjaren: 3\n");

        var run = demo.Run("simulate", path, "--replicates", "2");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Inloop: 3 jaar onder de regels van 2025", run.Output, StringComparison.Ordinal);
        Assert.Contains("│ sociale verhuringen ÷ voorraad     │ 0,0538 │", run.Output, StringComparison.Ordinal);
        Assert.Contains("Drift van de basis zonder beleid over 2 jaar", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Calibrate_BrokenCalibrationFile_NamesFileLineAndFieldAndFails()
    {
        var path = Path.Combine(demo.Folder, "kapot.yaml");
        var fitFile = Path.Combine(demo.Folder, "kapot.json");
        File.WriteAllText(path, Scenario);
        File.WriteAllText(fitFile, "{\n  \"gemeente\": \"GM0344\",\n  \"parameters\": { \"opgeven\": \"veel\" }\n}\n");

        var run = demo.Run("simulate", path, "--calibrate", "--kalibratie-bestand", fitFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(fitFile + ", regel 3, veld $.parameters.opgeven: geen geldig kalibratiebestand", run.Output, StringComparison.Ordinal);
    }
}
