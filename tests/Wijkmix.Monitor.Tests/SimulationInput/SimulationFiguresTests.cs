using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;

namespace Wijkmix.Monitor.Tests;

/// <summary>The simulator's input figures against the raw CBS files (read by <see cref="RawKwb"/>, not by the importers).</summary>
public sealed class SimulationFiguresTests(DemoStore demo) : IClassFixture<DemoStore>, IDisposable
{
    private static readonly AreaCode Utrecht = AreaCode.Parse("GM0344");
    private readonly CultureInfo _culture = SetDutch();

    public void Dispose() => CultureInfo.CurrentUICulture = _culture;

    private static CultureInfo SetDutch()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        return before;
    }

    private static List<Dictionary<string, string>> Buurten(Dictionary<string, Dictionary<string, string>> raw) =>
        raw.Values.Where(r => r.GetValueOrDefault("recs") == "Buurt" || r.GetValueOrDefault("SoortRegio_2") == "Buurt").ToList();

    [Fact]
    public void Read_Utrecht_DefaultsTo2023_TheLatestYearWithBuurtHousing()
    {
        var raw = RawKwb.Utrecht(2023);
        // 2024 has every buurt's dwellings and tenure shares suppressed; the 2019/2021 files have no housing columns.
        Assert.All(Buurten(RawKwb.Utrecht(2024)), r => Assert.Equal((null, null, null), (r.Number("a_woning"), r.Number("p_koopw"), r.Number("p_wcorpw"))));
        Assert.All(
            [RawKwb.OData("kwb_buurt_g4_2019_2021", "kwb2019_84583NED_utrecht_selected.csv.gz"), RawKwb.OData("kwb_buurt_g4_2019_2021", "kwb2021_utrecht_selected.csv.gz")],
            file => Assert.DoesNotContain(file.Values.First().Keys, k => k.StartsWith("Woningvoorraad", StringComparison.Ordinal) || k.StartsWith("Koopwoningen", StringComparison.Ordinal)));
        Assert.True(Buurten(raw).Count(r => r.Number("a_woning") is not null && (r.Number("p_koopw") ?? r.Number("p_wcorpw")) is not null) * 2 >= Buurten(raw).Count);
        // Neither kwb sheet publishes a buurt's low-income share, so no candidate year has income.
        Assert.All(Buurten(raw).Concat(Buurten(RawKwb.Utrecht(2024))), r => Assert.Null(r.Number("p_hh_li")));
        var kept = Buurten(raw).Where(r => r.Number("a_hh") > 0).ToList();

        var figures = SimulationFigures.Read(demo.Store, Utrecht)!;

        Assert.Equal((2023, "buurt", "Utrecht"), (figures.Year, figures.UnitLevel, figures.Name));
        Assert.Equal(kept.Select(r => r["gwb_code"]).Order(), figures.Units.Select(u => u.Code).Order());
        Assert.Equal(kept.Sum(r => r.Number("a_hh")), figures.Units.Sum(u => u.Households));
        Assert.Equal(kept.Sum(r => r.Number("a_woning")), figures.Units.Sum(u => u.Dwellings));
        Assert.Contains($"Cijfers: KWB 2023, per buurt ({kept.Count} buurten).", figures.Notes);
        Assert.Contains($"Weggelaten: {Buurten(raw).Count - kept.Count} buurten zonder huishoudens (0 of onderdrukt).", figures.Notes);
        Assert.Contains("Geen jaar dat ook inkomenscijfers heeft voor ten minste de helft van de buurten; het laatste jaar zonder is gekozen.", figures.Notes);
        Assert.DoesNotContain(figures.Notes, n => n.StartsWith("Geen jaar met woningcijfers", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_Utrecht2023_HouseholdsSharesAndOriginAsInTheFile()
    {
        var raw = RawKwb.Utrecht(2023);
        var figures = SimulationFigures.Read(demo.Store, Utrecht, 2023)!;

        Assert.Equal(Buurten(raw).Count(r => r.Number("a_hh") > 0), figures.Units.Count);
        Assert.Equal(Buurten(raw).Sum(r => r.Number("a_hh")), figures.Units.Sum(u => u.Households));
        Assert.Equal(OriginClassification.CountryOfOrigin, figures.Origin);
        var file = raw["BU03440111"];
        var unit = figures.Units.Single(u => u.Code == "BU03440111");
        Assert.Equal((file["regio"], "WK034401", raw["WK034401"]["regio"]), (unit.Name, unit.ParentCode, unit.ParentName));
        Assert.Equal(
            [file.Number("a_hh"), file.Number("a_woning"), file.Number("p_koopw"), file.Number("p_wcorpw"), file.Number("p_ov_hw"), file.Number("g_wozbag") * 1000],
            [unit.Households, unit.Dwellings, unit.OwnerOccupiedPct, unit.CorporationPct, unit.OtherRentPct, unit.WozValue]);
        Assert.Equal(file.Share("a_eur_al", "a_inw"), unit.EuropeanOriginPct!.Value, 10);
        Assert.Equal(file.Share("a_neu_al", "a_inw"), unit.OutsideEuropeOriginPct!.Value, 10);
        Assert.Equal(file.Share("a_1p_hh", "a_hh"), unit.OnePersonPct!.Value, 10);
        Assert.Equal(file.Share("a_65_oo", "a_inw"), unit.Aged65PlusPct!.Value, 10);
    }

    [Fact]
    public void Read_Utrecht2023_SuppressedShareIsTakenFromTheWijkAndCounted()
    {
        var raw = RawKwb.Utrecht(2023);
        var suppressed = Buurten(raw).Where(r => r.Number("a_hh") > 0 && r.Number("p_koopw") is null).ToList();
        Assert.NotEmpty(suppressed);

        var figures = SimulationFigures.Read(demo.Store, Utrecht, 2023)!;

        foreach (var buurt in suppressed)
        {
            var wijk = raw["WK" + buurt["gwb_code"][2..8]];
            var unit = figures.Units.Single(u => u.Code == buurt["gwb_code"]);
            Assert.Equal((wijk.Number("p_koopw"), wijk.Number("p_wcorpw")), (unit.OwnerOccupiedPct, unit.CorporationPct));
        }

        var noun = suppressed.Count == 1 ? "buurt" : "buurten";
        Assert.Contains($"Voor {suppressed.Count} {noun} is het aandeel koopwoningen overgenomen van de wijk (CBS-cel onderdrukt).", figures.Notes);
    }

    [Fact]
    public void Read_Utrecht2024_AskedFor_HousingSuppressedInBuurtAndWijk_IsTakenFromTheGemeente()
    {
        var raw = RawKwb.Utrecht(2024);
        var kept = Buurten(raw).Where(r => r.Number("a_hh") > 0).ToList();
        Assert.All(raw.Values.Where(r => r["recs"] != "Gemeente"), r => Assert.Null(r.Number("p_koopw")));
        // The gemeente's own share comes from the nationwide gemeente file of the same year.
        var gemeente = RawKwb.Gemeenten(2024)["GM0344"];

        var figures = SimulationFigures.Read(demo.Store, Utrecht, 2024)!;

        Assert.Equal((2024, "buurt"), (figures.Year, figures.UnitLevel));
        Assert.Equal(kept.Sum(r => r.Number("a_hh")), figures.Units.Sum(u => u.Households));
        Assert.All(figures.Units, u => Assert.Equal((gemeente.Number("p_koopw"), gemeente.Number("p_wcorpw")), (u.OwnerOccupiedPct, u.CorporationPct)));
        // A count is never filled, not even when no buurt has it.
        Assert.All(figures.Units, u => Assert.Null(u.Dwellings));
        Assert.Contains($"Voor {kept.Count} buurten is het aandeel koopwoningen overgenomen van de gemeente (CBS-cel onderdrukt).", figures.Notes);
    }

    [Fact]
    public void Read_Amsterdam2019_BuurtenWithHouseholds_MigrationBackground()
    {
        var raw = RawKwb.OData("kwb_buurt_g4_2019_2021", "kwb2019_84583NED_amsterdam_allcolumns.csv.gz");
        var buurten = raw.Values.Where(r => r["WijkenEnBuurten"].StartsWith("BU", StringComparison.Ordinal)).ToList();
        Assert.True(buurten.Count(r => r.Number("k_40HuishoudensMetLaagsteInkomen_76") is not null) * 2 >= buurten.Count);
        var kept = buurten.Where(r => r.Number("HuishoudensTotaal_28") > 0).ToList();

        var figures = SimulationFigures.Read(demo.Store, AreaCode.Parse("GM0363"))!;

        Assert.Equal((2019, "buurt", OriginClassification.MigrationBackground), (figures.Year, figures.UnitLevel, figures.Origin));
        Assert.Equal(kept.Count, figures.Units.Count);
        Assert.Equal(kept.Sum(r => r.Number("HuishoudensTotaal_28")), figures.Units.Sum(u => u.Households));
        var file = raw["BU03630000"];
        var unit = figures.Units.Single(u => u.Code == "BU03630000");
        Assert.Equal(file.Share("WestersTotaal_17", "AantalInwoners_5"), unit.EuropeanOriginPct!.Value, 10);
        Assert.Equal(file.Share("NietWestersTotaal_18", "AantalInwoners_5"), unit.OutsideEuropeOriginPct!.Value, 10);
        Assert.Equal(file.Number("k_40HuishoudensMetLaagsteInkomen_76"), unit.Lowest40IncomePct);
    }

    [Fact]
    public void Read_Zoetermeer_HasOnlyWijkFigures_UsesItsWijken()
    {
        var wijken = RawKwb.Features("geo_geoinzicht", "wijken_2024_kwb.geojson.gz")
            .Where(p => p.GetProperty("wijkcode").GetString()!.StartsWith("WK0637", StringComparison.Ordinal)
                && p.GetProperty("huishoudens").ValueKind == System.Text.Json.JsonValueKind.Number && p.GetProperty("huishoudens").GetDouble() > 0)
            .ToList();

        var figures = SimulationFigures.Read(demo.Store, AreaCode.Parse("GM0637"))!;

        Assert.Equal((2024, "wijk"), (figures.Year, figures.UnitLevel));
        Assert.Equal(wijken.Select(p => p.GetProperty("wijkcode").GetString()!).Order(), figures.Units.Select(u => u.Code).Order());
        Assert.Equal(wijken.Sum(p => p.GetProperty("huishoudens").GetDouble()), figures.Units.Sum(u => u.Households));
        Assert.All(figures.Units, u => Assert.Equal(("GM0637", "Zoetermeer"), (u.ParentCode, u.ParentName)));
        var meerzicht = wijken.Single(p => p.GetProperty("wijkcode").GetString() == "WK063701");
        Assert.Equal(meerzicht.GetProperty("65plus").GetDouble(), figures.Units.Single(u => u.Code == "WK063701").Aged65PlusPct);
        Assert.Contains("Geen buurtcijfers voor deze gemeente en dit jaar; de wijken zijn gebruikt.", figures.Notes);
    }

    [Fact]
    public void Read_Zoetermeer_SharesTheWijkenLack_AreTheGemeentes()
    {
        // The wijk file has no tenure or labour columns; the gemeente files do (labour last in 2022).
        Assert.All(
            RawKwb.Features("geo_geoinzicht", "wijken_2024_kwb.geojson.gz").Where(p => p.GetProperty("gemeentecode").GetString() == "GM0637"),
            p => Assert.False(p.TryGetProperty("koopwoningen", out _) || p.TryGetProperty("arbeidsparticipatie", out _)));
        var gemeente = RawKwb.Gemeenten(2024)["GM0637"];
        var labour = RawKwb.Features("geo_geoinzicht", "gemeenten_2022_kwb.geojson.gz")
            .Single(p => p.GetProperty("gemeentecode").GetString() == "GM0637").GetProperty("arbeidsparticipatie").GetDouble();

        var figures = SimulationFigures.Read(demo.Store, AreaCode.Parse("GM0637"))!;

        Assert.Equal((2024, "wijk"), (figures.Year, figures.UnitLevel));
        Assert.All(figures.Units, u => Assert.Equal(
            (gemeente.Number("p_koopw"), gemeente.Number("p_wcorpw"), labour),
            (u.OwnerOccupiedPct, u.CorporationPct, u.LabourParticipationPct)));
        var n = figures.Units.Count;
        Assert.Contains($"Voor {n} wijken is het aandeel koopwoningen overgenomen van de gemeente (geen cijfer voor deze wijken).", figures.Notes);
        Assert.Contains($"Voor {n} wijken is het aandeel corporatiewoningen overgenomen van de gemeente (geen cijfer voor deze wijken).", figures.Notes);
        Assert.Contains(
            $"Voor {n} wijken is de nettoarbeidsparticipatie overgenomen van de gemeente uit KWB 2022, het laatste eerdere jaar met dit cijfer (geen cijfer voor deze wijken).",
            figures.Notes);
    }

    [Theory]
    [InlineData("GM9999", null)]
    [InlineData("WK034401", null)]
    [InlineData("GM0344", 1999)]
    public void Read_UnknownGemeenteOrYear_IsNull(string code, int? year) =>
        Assert.Null(SimulationFigures.Read(demo.Store, AreaCode.Parse(code), year));
}
