using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Monitor.Tests;

/// <summary>Attaching a partner's complexes to a simulation setup on Utrecht's bundled figures: checked against the figures' buurten.</summary>
public sealed class SimulationComplexesTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private SimulationSetup Setup()
    {
        var figures = SimulationFigures.Read(demo.Store, AreaCode.Parse("GM0344"))!;
        var scenario = new Scenario("complexen", figures.Code, 2025, 1, 3, 0.05, new MarketParameters(), new ScenarioVariant("Basis", []), []);
        return new SimulationSetup(scenario, figures);
    }

    /// <summary>A complex in the buurt with the most dwellings, sized from its figures: a tenth of them, all social rent.</summary>
    private static ComplexFigures InLargestBuurt(MunicipalityFigures figures, string code)
    {
        var buurt = figures.Units.MaxBy(u => u.Dwellings ?? 0)!;
        var dwellings = (int)Math.Round((buurt.Dwellings ?? buurt.Households) / 10);
        return new ComplexFigures($"{buurt.Code}:{code}", "Complex " + code, buurt.Code, dwellings, 0, 0, 0, dwellings / 2, dwellings / 3, dwellings / 10, "Corporatie Oost");
    }

    [Fact]
    public void WithComplexes_KnownBuurten_CarriesThemIntoTheRun()
    {
        var setup = Setup();
        var complex = InLargestBuurt(setup.Figures, "complex-1");

        var (attached, problems) = setup.WithComplexes([complex], "oost.csv");

        Assert.Empty(problems);
        Assert.Equal([complex], attached!.Figures.Complexes);
        var outcome = attached.Run(1);
        Assert.Contains(outcome.Notes, n => n.Contains("Corporatie Oost", StringComparison.Ordinal) && n.Contains(complex.BuurtCode, StringComparison.Ordinal));
    }

    [Fact]
    public void WithComplexes_UnknownBuurtCode_IsRefusedWithTheCodeAndAnExample()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        try
        {
            var setup = Setup();
            var good = InLargestBuurt(setup.Figures, "complex-1");
            var stray = good with { Code = "BU03449999:complex-2", BuurtCode = "BU03449999" };

            var (attached, problems) = setup.WithComplexes([good, stray], "oost.csv");

            Assert.Null(attached);
            var problem = Assert.Single(problems);
            Assert.Equal(("oost.csv", "complexen[1].buurt"), (problem.File, problem.Field));
            Assert.Contains("'BU03449999'", problem.Message, StringComparison.Ordinal);
            Assert.Contains("hoort niet bij de cijfers van Utrecht", problem.Message, StringComparison.Ordinal);
            Assert.Contains(setup.Figures.Units[0].Code, problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void WithComplexes_ImpossibleCounts_AreRefused()
    {
        var setup = Setup();
        var good = InLargestBuurt(setup.Figures, "complex-1");
        var crowded = good with { Code = good.Code + "-vol", LowIncome = good.Dwellings + 1 };
        var partial = good with { Code = good.Code + "-half", HighIncome = null };

        var (attached, problems) = setup.WithComplexes([good, good, crowded, partial], "oost.csv");

        Assert.Null(attached);
        Assert.Equal(["complexen[1].code", "complexen[2].inkomen", "complexen[3].inkomen"], problems.Select(p => p.Field));
    }
}
