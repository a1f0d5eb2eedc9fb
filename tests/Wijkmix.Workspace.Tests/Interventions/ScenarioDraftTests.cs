using Wijkmix.Simulation.Scenarios;
using Wijkmix.Workspace.Interventions;

namespace Wijkmix.Workspace.Tests.Interventions;

/// <summary>The scenario a planned intervention sends to the simulator is read by the simulator's own reader.</summary>
public sealed class ScenarioDraftTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>Utrecht as the reader checks areas: Binnenstad (WK034406) and one of its buurten.</summary>
    private static readonly AreaCatalogue Utrecht = new("GM0344", "Utrecht", new HashSet<string>(StringComparer.Ordinal) { "WK034406", "BU03440601" }, "WK034406");

    public static TheoryData<string> CatalogueInstruments =>
        [.. InterventionCatalogue.All.Select(e => e.SimulatorInstrument).OfType<string>()];

    [Fact]
    public void Every_simulator_instrument_of_the_catalogue_can_be_written() =>
        Assert.All(InterventionCatalogue.All.Where(e => e.SimulatorInstrument is not null), e => Assert.True(ScenarioDraft.Supports(e.SimulatorInstrument), e.Key));

    [Fact]
    public void Sloop_en_nieuwbouw_in_Overvecht_is_accepted_with_its_defaults_from_the_start_year()
    {
        var text = ScenarioDraft.Write("Sloop \"Zambesidreef\"", "GM0344", "sloop_nieuwbouw", ["WK034406"], Today, new DateOnly(2028, 3, 1));

        var read = ScenarioReader.Read(text, "werkruimte.yaml", Utrecht);

        Assert.True(read.Succeeded, string.Join("\n", read.Problems));
        var scenario = read.Scenario!;
        Assert.Equal("GM0344", scenario.Municipality);
        Assert.Equal(2026, scenario.StartYear);
        Assert.Equal(10, scenario.Years);
        Assert.Equal(0.1, scenario.Scale);
        Assert.Empty(scenario.Baseline.Instruments);
        var variant = Assert.Single(scenario.Variants);
        Assert.Equal("Sloop \"Zambesidreef\"", variant.Name);
        var sloop = Assert.IsType<Wijkmix.Simulation.Scenarios.DemolishRebuild>(Assert.Single(variant.Instruments));
        Assert.Equal(["WK034406"], sloop.Areas);
        Assert.Equal(2028, sloop.FromYear);
        Assert.Equal(0.5, sloop.DemolishShare);
        Assert.Equal(3, sloop.BuildYears);
        Assert.Equal(0.3, sloop.Mix.SocialRent, 6);
    }

    [Theory]
    [MemberData(nameof(CatalogueInstruments))]
    public void Each_instrument_is_accepted_by_the_reader(string instrument)
    {
        var text = ScenarioDraft.Write("Proef", "GM0344", instrument, ["BU03440601"], Today, null);

        var read = ScenarioReader.Read(text, "werkruimte.yaml", Utrecht);

        Assert.True(read.Succeeded, instrument + ": " + string.Join("\n", read.Problems));
        var variant = Assert.Single(read.Scenario!.Variants);
        var written = Assert.Single(variant.Instruments);
        Assert.Equal(["BU03440601"], written.Areas);
        Assert.Equal(2026, written.FromYear ?? 2026);
    }

    [Fact]
    public void An_area_outside_the_gemeente_is_named_by_the_reader()
    {
        var text = ScenarioDraft.Write("Proef", "GM0344", "renovatie", ["WK036301"], Today, null);

        var read = ScenarioReader.Read(text, "werkruimte.yaml", Utrecht);

        Assert.False(read.Succeeded);
        Assert.Contains(read.Problems, p => p.ToString().Contains("WK036301", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2020, 2024)]
    [InlineData(2040, 2026)]
    public void The_start_year_stays_within_the_simulator_years(int start, int expected) =>
        Assert.Equal(expected, ScenarioDraft.StartYear(Today, new DateOnly(start, 1, 1)));
}
