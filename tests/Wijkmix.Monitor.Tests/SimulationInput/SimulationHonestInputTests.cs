using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Monitor.Tests.Requests;

namespace Wijkmix.Monitor.Tests;

/// <summary>
/// The simulator never fills a gemeente's housing mix into every unit: a gemeente whose buurten and wijken have no
/// tenure figures of their own is refused with the reason; units without income figures run with a warning first.
/// Areas in a scenario may be named, and every named area is listed with its code and name.
/// </summary>
public sealed class SimulationHonestInputTests(DemoStore demo) : DutchDemo(demo), IClassFixture<DemoStore>
{
    private static string Scenario(string gemeente, string areas = "") => $"""
        naam: Proef
        gemeente: {gemeente}
        startjaar: 2025
        jaren: 2
        schaal: 0.05
        varianten:
          - naam: Streng
            instrumenten:
              - type: passend_toewijzen
                minimum_aandeel: 1
        {areas}
        """;

    [Theory]
    [InlineData("Tilburg", "GM0855")]
    [InlineData("Almelo", "GM0141")]
    [InlineData("Zoetermeer", "GM0637")]
    public void Prepare_GemeenteWithoutTenurePerUnit_IsRefusedWithTheReason(string name, string code)
    {
        var figures = SimulationFigures.Read(Store, AreaCode.Parse(code))!;
        // The units are the bundled KWB 2024 wijken, whose file has no tenure columns: every one would copy the gemeente.
        Assert.Equal(("wijk", 2024), (figures.UnitLevel, figures.Year));
        Assert.Equal(["het aandeel koopwoningen", "het aandeel corporatiewoningen"], figures.Missing);

        var (setup, problems) = SimulationSetups.Prepare(Store, Scenario(name), "proef.yaml");

        Assert.Null(setup);
        var problem = Assert.Single(problems);
        Assert.Equal(("proef.yaml", "gemeente"), (problem.File, problem.Field));
        Assert.StartsWith($"{name} kan niet per wijk gesimuleerd worden: de opgeslagen cijfers (KWB 2024) geven per wijk niet het aandeel koopwoningen, het aandeel corporatiewoningen.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utrecht_HasTenurePerBuurtButNoIncome_RunsWithTheIncomeWarningFirst()
    {
        var figures = SimulationFigures.Read(Store, AreaCode.Parse("GM0344"))!;

        Assert.Empty(figures.Missing);
        Assert.Null(SimulationSetups.Refusal(figures));
        Assert.StartsWith("Let op: de opgeslagen cijfers (KWB 2023) geven per buurt geen inkomenscijfers.", figures.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Amsterdam2019_HasIncomePerBuurt_NoWarning()
    {
        var figures = SimulationFigures.Read(Store, AreaCode.Parse("GM0363"))!;

        Assert.Equal(("buurt", 2019), (figures.UnitLevel, figures.Year));
        Assert.Empty(figures.Missing);
        Assert.DoesNotContain(figures.Notes, n => n.StartsWith("Let op", StringComparison.Ordinal));
    }

    [Fact]
    public void Prepare_AreaGivenByName_IsItsCode_AndListedWithItsName()
    {
        var figures = SimulationFigures.Read(Store, AreaCode.Parse("GM0344"))!;
        var overvecht = figures.Units.First(u => u.ParentCode == "WK034403");
        Assert.Contains("Overvecht", overvecht.ParentName, StringComparison.Ordinal);

        var (setup, problems) = SimulationSetups.Prepare(Store, Scenario("Utrecht", $"        gebieden: [\"{overvecht.ParentName.ToUpperInvariant()}\"]"), "proef.yaml");

        Assert.Empty(problems);
        Assert.Equal(["WK034403"], setup!.Scenario.Variants[0].Instruments[0].Areas);
        Assert.Contains($"Gebieden in het scenario: WK034403 {overvecht.ParentName} (Streng).", setup.Figures.Notes);
    }

    [Fact]
    public void Prepare_UnknownAreaName_IsRefusedWithLineAndField()
    {
        var (setup, problems) = SimulationSetups.Prepare(Store, Scenario("Utrecht", "        gebieden: [Atlantis]"), "proef.yaml");

        Assert.Null(setup);
        var problem = Assert.Single(problems);
        Assert.Equal((11, "varianten[0].instrumenten[0].gebieden[0]"), (problem.Line, problem.Field));
        Assert.StartsWith("gebied 'Atlantis' ligt niet in Utrecht", problem.Message, StringComparison.Ordinal);
    }
}
