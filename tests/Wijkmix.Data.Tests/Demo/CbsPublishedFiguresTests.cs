using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Data.Tests.Demo;

/// <summary>
/// The bundled files, imported through the real importers into a real store, reproduce figures that
/// CBS itself publishes (StatLine / KWB, inhabitants on 1 January of the year).
/// </summary>
public class CbsPublishedFiguresTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private double? Value(string code, int year, string variable) =>
        demo.Store.Get([AreaCode.Parse(code)], [variable]).First(o => o.Year == year).Value;

    [Theory]
    [InlineData("GM0363", 2019, 862_965)] // Amsterdam
    [InlineData("GM0518", 2019, 537_833)] // 's-Gravenhage
    [InlineData("GM0518", 2021, 548_320)]
    [InlineData("GM0344", 2021, 359_370)] // Utrecht
    [InlineData("GM0344", 2023, 367_947)]
    [InlineData("GM0344", 2024, 374_238)]
    [InlineData("WK063701", 2024, 15_915)] // Meerzicht, Zoetermeer
    [InlineData("GM0637", 2022, 125_767)] // Zoetermeer
    [InlineData("GM0637", 2024, 128_434)]
    [InlineData("WK014116", 2024, 6_510)] // Ossenkoppelerhoek, Almelo
    [InlineData("WK051204", 2024, 6_190)] // Haarwijk, Gorinchem
    [InlineData("GM0141", 2022, 73_155)] // Almelo
    [InlineData("GM0512", 2022, 37_632)] // Gorinchem
    public void Inhabitants_MatchCbs(string code, int year, double expected) =>
        Assert.Equal(expected, Value(code, year, "inhabitants"));

    [Fact]
    public void Households_Amsterdam2021_MatchCbs() => Assert.Equal(474_875, Value("GM0363", 2021, "households"));

    /// <summary>CBS: population of the Netherlands on 1 January 2020–2025 (StatLine 37296ned / 03759ned).</summary>
    [Theory]
    [InlineData(2020, 17_407_585)]
    [InlineData(2021, 17_475_415)]
    [InlineData(2022, 17_590_672)]
    [InlineData(2023, 17_811_291)]
    [InlineData(2024, 17_942_942)]
    public void NationalInhabitants_SumOfAllMunicipalities_MatchesCbs(int year, double expected)
    {
        var profile = Profiles.Build(demo.Store, AreaCode.Parse("GM0344"), year)!;
        var row = profile.Rows.Single(r => r.Indicator.Id == "inhabitants");
        Assert.Equal(new Figure(expected, FigureState.Computed), row.Country);
    }

    [Fact]
    public void WozValue_IsStoredInEuro_FromEveryFormat()
    {
        // kwb2022_clean.csv carries g_wozbag already in euro; the GeoJSON carries x 1 000 euro. Both must land as euro.
        var all = demo.Store.Get([AreaCode.Parse("GM0637")], ["woz_value_avg"]).Where(o => o.Year == 2022).ToList();
        Assert.Equal(2, all.Count);
        Assert.All(all, o => Assert.Equal(290_000, o.Value));
    }

    [Fact]
    public void SuppressedCell_IsStoredAsSuppressed_NeverZero()
    {
        // KWB 2021 for Amsterdam publishes no education counts: every cell is '.'.
        var education = demo.Store.Get([AreaCode.Parse("GM0363")], ["education_low"]).Single(o => o.Year == 2021);
        Assert.Equal(ValueStatus.Suppressed, education.Status);
        Assert.Null(education.Value);
    }

    /// <summary>
    /// CBS rounds buurt and wijk counts to a multiple of 5 (random rounding: every published count lies
    /// within 5 of the true one), so Σ buurten may differ from the wijk by less than 5 per rounded figure.
    /// </summary>
    [Theory]
    [InlineData("GM0363", 2019)]
    [InlineData("GM0363", 2021)]
    [InlineData("GM0518", 2019)]
    [InlineData("GM0518", 2021)]
    [InlineData("GM0344", 2019)]
    [InlineData("GM0344", 2021)]
    [InlineData("GM0344", 2024)]
    public void BuurtSums_MatchTheirWijk_WithinCbsRounding(string municipality, int year)
    {
        var city = AreaCode.Parse(municipality);
        var wijken = demo.Store.AreasWithin(city, AreaLevel.District).Select(a => a.Code).ToList();
        var buurten = demo.Store.AreasWithin(city, AreaLevel.Neighbourhood).Select(a => a.Code).ToList();
        var values = demo.Store.Get([.. wijken, .. buurten], ["inhabitants"]).Where(o => o.Year == year && o.Value is not null)
            .GroupBy(o => o.Area).ToDictionary(g => g.Key, g => g.First().Value!.Value);
        var checkedWijken = 0;
        foreach (var wijk in wijken.Where(values.ContainsKey))
        {
            var parts = buurten.Where(b => b.Parent == wijk && values.ContainsKey(b)).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var tolerance = 5.0 * (parts.Count + 1);
            Assert.InRange(parts.Sum(b => values[b]) - values[wijk], -tolerance, tolerance);
            checkedWijken++;
        }

        Assert.True(checkedWijken >= 10, $"only {checkedWijken} wijken had buurten with figures");
    }

    [Fact]
    public void AmsterdamWijkNames_ComeFromTheSesFile()
    {
        Assert.Equal("Slotermeer-Noordoost", demo.Store.FindArea(AreaCode.Parse("WK036376"))!.Name);
        Assert.Equal("Meerzicht", demo.Store.FindArea(AreaCode.Parse("WK063701"))!.Name);
    }

    [Fact]
    public void Boundaries_AreStoredInWgs84()
    {
        var geometry = demo.Store.Geometry(AreaCode.Parse("WK063701"), 2024);
        Assert.NotNull(geometry);
        Assert.Contains("\"coordinates\"", geometry, StringComparison.Ordinal);
        // Zoetermeer lies near 4.5° E, 52.06° N.
        Assert.Matches(@"\[4\.[45]\d*,52\.0\d*\]", geometry);
    }
}
