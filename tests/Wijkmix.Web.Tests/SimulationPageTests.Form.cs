using System.Text.Json;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Scenarios;
using Wijkmix.Web.Features.Simulatie;

namespace Wijkmix.Web.Tests;

/// <summary>The scenario the simulator form builds: the one the reader makes of the same values in a file.</summary>
public sealed partial class SimulationPageTests
{
    /// <summary>Every instrument of the form, with the values as typed (a comma for a decimal point).</summary>
    private static SimulationForm FullForm() => new()
    {
        Gemeente = "GM0344", Startjaar = 2025, Jaren = 2, Schaal = 10, Naam = "Alles", Passend = true, PassendMinimum = "97", PassendMarge = "0",
        VrijeRuimte = true, VrijeRuimteAandeel = "10", Loting = true, LotingAandeel = "12,5", LokaleBinding = true, LokaleBindingAandeel = "25",
        Bemiddeling = true, BemiddelingMax = "40", Complexgrens = true, ComplexgrensMax = "30", Rotterdamwet = true, RotterdamwetGebieden = { "WK034403" },
        Sloop = true, SloopGebieden = { "WK034403", "WK034404" }, SloopAandeel = "50", SloopKoop = "40", SloopMidden = "30", SloopSociaal = "30",
        Middenhuur = true, MiddenhuurWoningen = "500",
    };

    /// <summary>The same scenario as a file, as the form wrote it before it built the scenario itself.</summary>
    private const string FullYaml = """
        naam: "Simulatie Utrecht"
        gemeente: "GM0344"
        startjaar: 2025
        jaren: 2
        schaal: 0.1
        varianten:
          - naam: "Alles"
            instrumenten:
              - type: passend_toewijzen
                minimum_aandeel: 0.97
                inkomensmarge: 0
              - type: vrije_ruimte
                aandeel: 0.1
              - type: loting
                aandeel: 0.125
              - type: lokale_binding
                aandeel: 0.25
              - type: directe_bemiddeling
                max_aandeel_kwetsbaar: 0.4
              - type: complexgrens
                max_aandeel_kwetsbaar: 0.3
              - type: rotterdamwet
                gebieden: ["WK034403"]
                artikel_8: true
              - type: sloop_nieuwbouw
                gebieden: ["WK034403", "WK034404"]
                sloop_aandeel: 0.5
                mix:
                  koop: 0.4
                  middenhuur: 0.3
                  sociale_huur: 0.3
              - type: middenhuur_bijbouwen
                gebieden: []
                woningen: 500

        """;

    [Fact]
    public void Form_builds_the_scenario_the_reader_makes_of_the_same_values_in_a_file()
    {
        var areas = SimulationSetups.Catalogue(UtrechtFigures());
        var (built, problems) = FormScenario.Build(FullForm(), "Utrecht", areas);
        Assert.Empty(problems);
        var read = ScenarioReader.Read(FullYaml.ReplaceLineEndings("\n"), "alles.yaml", areas);
        Assert.Empty(read.Problems);
        Assert.Equal(Shape(read.Scenario!), Shape(built!));

        // The text shown with the outcome (and the key it is kept under) is the one the form wrote before.
        Assert.Equal(FullYaml.ReplaceLineEndings("\n"), FormYaml.Write(built!).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Form_text_cannot_change_the_structure_of_the_written_scenario()
    {
        var form = new SimulationForm { Gemeente = "GM0344", Naam = "Proef\"\n    instrumenten: [{type: onbekend}]\n#", Loting = true, LotingAandeel = "12,5" };
        var (built, _) = FormScenario.Build(form, "Utrecht", new AreaCatalogue("GM0344", "Utrecht", new HashSet<string>(), "WK034403"));
        var read = ScenarioReader.Read(FormYaml.Write(built!), SimulationForm.FileName);
        Assert.Empty(read.Problems);
        Assert.Equal(Shape(built!), Shape(read.Scenario!));
        Assert.Equal(form.Naam, Assert.Single(read.Scenario!.Variants).Name);
    }

    /// <summary>A scenario as JSON, each instrument with the fields of its own type, to compare two scenarios value by value.</summary>
    private static string Shape(Scenario scenario) => JsonSerializer.Serialize(new
    {
        scenario.Name, scenario.Municipality, scenario.StartYear, scenario.Years, scenario.Seed, scenario.Scale, scenario.Market,
        scenario.BurnInYears, scenario.UseCalibration,
        Variants = scenario.AllVariants.Select(v => new { v.Name, Instruments = v.Instruments.Select(i => (object)i).ToList() }).ToList(),
    });
}
