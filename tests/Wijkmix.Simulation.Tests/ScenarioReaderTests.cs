using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Tests;

/// <summary>Scenario files: what a valid one gives, and that every bad one names its line, field and the allowed values.</summary>
[Collection(nameof(RealCities))]
public sealed class ScenarioReaderTests(RealCities cities) : IDisposable
{
    private readonly CultureInfo _before = Swap(new CultureInfo("nl-NL"));

    public void Dispose() => Swap(_before);

    private static CultureInfo Swap(CultureInfo culture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        return before;
    }

    private const string Valid = """
        naam: Spreiding
        gemeente: Utrecht
        startjaar: 2025
        jaren: 12
        seed: 3
        markt:
          mutatiegraad_sociale_huur: 0.055
        varianten:
          - naam: Streng
            instrumenten:
              - type: passend_toewijzen
                minimum_aandeel: 1
              - type: sloop_nieuwbouw
                gebieden: [WK034403]
                vanaf: 2027
                sloop_aandeel: 0.4
                mix: {sociale_huur: 0.3, middenhuur: 0.2, vrije_huur: 0.1, koop: 0.4}
        """;

    [Fact]
    public void Read_ValidYaml_GivesItsValues()
    {
        var result = ScenarioReader.Read(Valid, "s.yaml");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var s = result.Scenario!;
        Assert.Equal(("Spreiding", "Utrecht", 2025, 12, 3UL), (s.Name, s.Municipality, s.StartYear, s.Years, s.Seed));
        Assert.Equal(0.055, s.Market.TurnoverSocial);
        Assert.Equal(0.08, s.Market.StatusHolderShare);
        var demolish = Assert.IsType<DemolishRebuild>(s.Variants[0].Instruments[1]);
        Assert.Equal((2027, 0.4, 0.4, true), (demolish.FromYear!.Value, demolish.DemolishShare, demolish.Mix.Owner, demolish.RightOfReturn));
    }

    [Fact]
    public void Read_Json_IsReadLikeYaml()
    {
        const string json = """{"gemeente": "GM0344", "jaren": 5, "varianten": [{"naam": "L", "instrumenten": [{"type": "loting", "aandeel": 0.5}]}]}""";

        var result = ScenarioReader.Read(json, "s.json");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(0.5, Assert.IsType<Lottery>(result.Scenario!.Variants[0].Instruments[0]).Share);
    }

    [Theory]
    [InlineData("      - type: onbekend\n", "s.yaml:4, veld varianten[0].instrumenten[0].type: onbekend instrument 'onbekend'; toegestaan: passend_toewijzen, vrije_ruimte,")]
    [InlineData("      - type: passend_toewijzen\n        minimum_aandeel: 0.9\n", "s.yaml:5, veld varianten[0].instrumenten[0].minimum_aandeel: 0.9 ligt buiten de wettelijke grenzen 0.95 tot en met 1 (passend toewijzen")]
    [InlineData("      - type: lokale_binding\n        aandeel: 0.6\n", "s.yaml:5, veld varianten[0].instrumenten[0].aandeel: 0.6 ligt buiten de wettelijke grenzen 0 tot en met 0.5 (Huisvestingswet 2014")]
    [InlineData("      - type: loting\n        aandeel: -0.1\n", "s.yaml:5, veld varianten[0].instrumenten[0].aandeel: -0.1 is negatief; toegestaan: 0 of meer")]
    [InlineData("      - type: loting\n        aandeel: veel\n", "s.yaml:5, veld varianten[0].instrumenten[0].aandeel: 'veel' is geen getal")]
    [InlineData("      - type: rotterdamwet\n", "s.yaml:4, veld varianten[0].instrumenten[0].gebieden: dit instrument werkt alleen in aangewezen gebieden")]
    [InlineData("      - type: loting\n        kans: 0.2\n", "s.yaml:5, veld varianten[0].instrumenten[0].kans: onbekend veld 'kans'; toegestaan: type, gebieden, vanaf, tot, aandeel")]
    [InlineData("      - type: renovatie\n        gebieden: [WK034401]\n        vanaf: 2040\n", "s.yaml:6, veld varianten[0].instrumenten[0].vanaf: 2040 ligt buiten de toegestane waarden 2025 tot en met 2034")]
    public void Read_BadInstrument_NamesLineFieldAndAllowedValues(string instrument, string expected)
    {
        var text = "gemeente: Utrecht\nvarianten:\n  - instrumenten:\n" + instrument;

        var result = ScenarioReader.Read(text, "s.yaml");

        Assert.Null(result.Scenario);
        Assert.StartsWith(expected, Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markt:\n  mutatiegraad_sociale_huur: -0.07\n", "s.yaml:3, veld markt.mutatiegraad_sociale_huur: -0.07 is negatief")]
    [InlineData("markt:\n  vrije_ruimte: 0.2\n", "s.yaml:3, veld markt.vrije_ruimte: 0.2 ligt buiten de wettelijke grenzen 0 tot en met 0.15 (Woningwet")]
    [InlineData("jaren: 40\n", "s.yaml:2, veld jaren: 40 ligt buiten de toegestane waarden 1 tot en met 15")]
    [InlineData("jaaren: 4\n", "s.yaml:2, veld jaaren: onbekend veld 'jaaren'; toegestaan: naam, gemeente, startjaar, jaren")]
    [InlineData("varianten: [\n", "s.yaml:")]
    public void Read_BadTopLevel_NamesLineAndField(string extra, string expected)
    {
        var result = ScenarioReader.Read("gemeente: Utrecht\n" + extra, "s.yaml");

        Assert.Null(result.Scenario);
        Assert.StartsWith(expected, result.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MixNotAddingUp_SaysTheSum()
    {
        var text = Valid.Replace("koop: 0.4", "koop: 0.2", StringComparison.Ordinal);

        var problem = Assert.Single(ScenarioReader.Read(text, "s.yaml").Problems);

        Assert.Equal("s.yaml:17, veld varianten[0].instrumenten[1].mix: de aandelen van de mix tellen op tot 0.8; samen moeten ze 1 zijn", problem.ToString());
    }

    [Fact]
    public void Prepare_AreaOutsideTheMunicipality_NamesItAndShowsWhatIsAllowed()
    {
        var text = Valid.Replace("WK034403", "WK036301", StringComparison.Ordinal);

        var (setup, problems) = SimulationSetups.Prepare(cities.Store, text, "s.yaml");

        Assert.Null(setup);
        var message = Assert.Single(problems).ToString();
        Assert.StartsWith("s.yaml:14, veld varianten[0].instrumenten[1].gebieden[0]: gebied 'WK036301' ligt niet in Utrecht; toegestaan: buurt- of wijkcodes van Utrecht (bijvoorbeeld BU0344", message, StringComparison.Ordinal);
        Assert.EndsWith("of GM0344", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_UnknownMunicipality_IsNamed()
    {
        var (setup, problems) = SimulationSetups.Prepare(cities.Store, "gemeente: GM9999\n", "s.yaml");

        Assert.Null(setup);
        Assert.Contains("GM9999", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ValidScenario_UsesUtrechtsBuurtFigures()
    {
        var (setup, problems) = SimulationSetups.Prepare(cities.Store, Valid, "s.yaml");

        Assert.Empty(problems);
        Assert.Equal(("GM0344", 2023, "buurt"), (setup!.Figures.Code, setup.Figures.Year, setup.Figures.UnitLevel));
    }

    [Fact]
    public void Prepare_WithAreasAndFiguresGiven_UsesThemAndSaysWhatTheStoreWouldSay()
    {
        var utrecht = AreaCode.Parse("GM0344");
        var figures = SimulationFigures.Read(cities.Store, utrecht);
        var asked = new List<AreaCode>();
        MunicipalityFigures? Cached(AreaCode code)
        {
            asked.Add(code);
            return code == utrecht ? figures : SimulationFigures.Read(cities.Store, code);
        }

        var (setup, problems) = SimulationSetups.Prepare(Valid, "s.yaml", cities.Store.AllAreas(), Cached);

        Assert.Empty(problems);
        Assert.Same(figures!.Units, setup!.Figures.Units);
        Assert.Equal([utrecht], asked);
        foreach (var text in new[] { Valid.Replace("WK034403", "WK036301", StringComparison.Ordinal), "gemeente: GM9999\n", "gemeente: [\n" })
        {
            var given = SimulationSetups.Prepare(text, "s.yaml", cities.Store.AllAreas(), Cached).Problems.Select(p => p.ToString());
            var stored = SimulationSetups.Prepare(cities.Store, text, "s.yaml").Problems.Select(p => p.ToString());
            Assert.Equal(stored, given);
        }
    }

    [Fact]
    public void Prepare_DocumentedExample_DemolishesInTheWijkItsNameSays()
    {
        var path = Path.GetFullPath(Path.Combine(SourceRoot(), "docs", "scenarios", "utrecht-passend.yaml"));

        var (setup, problems) = SimulationSetups.Prepare(cities.Store, File.ReadAllText(path), Path.GetFileName(path));

        Assert.Empty(problems);
        var variant = setup!.Scenario.Variants.Single(v => v.Instruments.OfType<DemolishRebuild>().Any());
        var areas = variant.Instruments.OfType<DemolishRebuild>().Single().Areas;
        var wijken = setup.Figures.Units.Where(u => areas.Contains(u.ParentCode)).Select(u => u.ParentName).Distinct().ToArray();
        Assert.Equal(["Wijk 03 Overvecht"], wijken);
        Assert.Contains("Overvecht", variant.Name, StringComparison.Ordinal);
    }

    private static string SourceRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "..");
}
