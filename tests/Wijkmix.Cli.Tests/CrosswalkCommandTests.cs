namespace Wijkmix.Cli.Tests;

/// <summary><c>wijkmix crosswalk</c> on the bundled gemeente boundaries of 2019 and 2022, then the profile of a merged gemeente.</summary>
public class CrosswalkCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    [Fact]
    public void Crosswalk_DijkEnWaard_SummarisesAndMarksTheEstimatesInTheProfile()
    {
        var run = demo.Run("crosswalk", "--from", "2019", "--to", "2022", "--level", "gemeente", "Dijk en Waard");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Koppeling gemeenten 2019 → indeling 2022", run.Output, StringComparison.Ordinal);
        // 2 earlier gemeenten (Heerhugowaard, Langedijk) → 1 later, merged, estimated.
        Assert.Matches(@"│ gemeenten\s+│ 2\s+│ 1\s+│ 0\s+│ 0\s+│ 1\s+│ 1\s+│ 0\s+│", run.Output);
        Assert.Contains("population_density", run.Output, StringComparison.Ordinal); // refused: a density depends on the later surface

        var profile = demo.Run("profile", "GM1980", "--year", "2021");
        Assert.Equal(0, profile.ExitCode);
        Assert.Contains("≈ 86.722", profile.Output, StringComparison.Ordinal); // 58,387 + 28,335 (CBS KWB 2021)
        Assert.Contains("≈ geschat uit een eerdere gebiedsindeling: gebiedsgewogen uit gemeenten 2019, indeling 2022", profile.Output, StringComparison.Ordinal);

        var published = demo.Run("profile", "GM1980", "--year", "2022");
        Assert.Matches(@"│ Inwoners\s+│\s+87\.695 │", published.Output); // published, no ≈; the change since 2021 is from an estimate, so the legend stays
    }

    [Fact]
    public void Crosswalk_ToBeforeFrom_IsAUsageError()
    {
        var run = demo.Run("crosswalk", "--from", "2022", "--to", "2019");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from (2022) moet vóór --to (2019) liggen.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Crosswalk_YearWithoutBoundaries_SaysWhatToImport()
    {
        var run = demo.Run("crosswalk", "--from", "2015", "--to", "2022", "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No municipality boundaries in the store for 2015 or 2022.", run.Output, StringComparison.Ordinal);
    }
}
