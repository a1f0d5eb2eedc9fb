namespace Wijkmix.Cli.Tests;

/// <summary><c>wijkmix hindcast</c>: Den Haag 2019 → 2021 on the bundled buurten, and the refusals.</summary>
public class HindcastCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    [Fact]
    public void Hindcast_DenHaag_ShowsModelAndNaiveErrorPerMeasure()
    {
        var run = demo.Run(["hindcast", "GM0518", "--from", "2019", "--to", "2021", "--replicates", "1", "--scale", "0,2"]);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Terugblik 's-Gravenhage: gestart in 2019, vergeleken met 2021, per buurt (1 herhalingen, schaal 0,2, 0 jaar inloop)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Huishoudens", run.Output, StringComparison.Ordinal);
        Assert.Contains("Herkomst buiten Europa / niet-westers (%)", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "--from", "2021", "--to", "2019")]
    [InlineData(2, "--from", "2019", "--to", "2021", "--scale", "0")]
    [InlineData(1, "--from", "2024", "--to", "2025")]
    public void Hindcast_BadInput_IsRefusedWithAMessage(int exitCode, params string[] options)
    {
        var gemeente = exitCode == 1 ? "GM0855" : "GM0363";

        var run = demo.Run(["hindcast", gemeente, .. options]);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(exitCode == 1 ? "Tilburg kan niet per buurt gesimuleerd worden" : "kies --to na --from", run.Output, StringComparison.Ordinal);
    }
}
