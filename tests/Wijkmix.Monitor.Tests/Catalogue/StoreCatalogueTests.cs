using System.IO.Compression;
using System.Text.Json;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Catalogue;

namespace Wijkmix.Monitor.Tests.Catalogue;

/// <summary>
/// The catalogue of every storable variable: CBS's titles, units, definitions and themes as the KWB 2024 table's own
/// DataProperties (data/cbs/kwb2024_85984NED_gm_wk) give them, and which variables the bundled store holds for an area.
/// </summary>
public sealed class StoreCatalogueTests(DemoStore demo) : IClassFixture<DemoStore>
{
    private static readonly Lazy<List<JsonElement>> Properties = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "cbs", "kwb2024_85984NED_gm_wk", "DataProperties.json.gz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        return doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    });

    private static JsonElement Column(string key) => Properties.Value.Single(p => p.GetProperty("Key").GetString() == key);

    private static string TopTheme(JsonElement item)
    {
        var byId = Properties.Value.ToDictionary(p => p.GetProperty("ID").GetInt32());
        while (item.GetProperty("ParentID").ValueKind == JsonValueKind.Number)
        {
            item = byId[item.GetProperty("ParentID").GetInt32()];
        }

        return item.GetProperty("Title").GetString()!;
    }

    [Fact]
    public void All_HoldsEveryCatalogueVariableAndTheSevenLeefbaarometerScores()
    {
        Assert.Equal(VariableCatalogue.Default.Variables.Count + 7, StoreCatalogue.All.Count);
        Assert.Equal(7, StoreCatalogue.All.Count(v => v.Source == DefinitionSource.Leefbaarometer));
        Assert.All(StoreCatalogue.All, v => Assert.False(string.IsNullOrWhiteSpace(v.Definition), v.Id));
    }

    [Fact]
    public void CbsVariables_HaveTheTitleUnitAndDefinitionOfTheTablesDataProperties()
    {
        var cbs = StoreCatalogue.All.Where(v => v.Source == DefinitionSource.Cbs).ToList();
        Assert.Equal(122, cbs.Count);
        foreach (var v in cbs)
        {
            var column = Column(v.CbsKey!);
            Assert.Equal(column.GetProperty("Title").GetString()!.Trim(), v.Title);
            // Amounts are stored (and shown) in euro where CBS publishes "x 1 000 euro".
            Assert.Equal(v.Unit == MeasureUnit.Euro ? "euro" : column.GetProperty("Unit").GetString(), v.UnitText);
            if (column.GetProperty("Description").GetString() is { Length: > 0 } description)
            {
                Assert.Equal(description.Trim(), v.Definition);
            }
        }

        var youth = cbs.Single(v => v.Id == "youth_care_pct");
        Assert.Equal("Zorg", youth.Theme.NameNl);
    }

    [Fact]
    public void Themes_AreCbsOwnTopLevelThemes_WithHouseholdsAsCbsGroupParticuliereHuishoudens()
    {
        foreach (var v in StoreCatalogue.All.Where(v => v.Source == DefinitionSource.Cbs))
        {
            var expected = TopTheme(Column(v.CbsKey!));
            Assert.True(v.Theme.NameNl == expected || (expected == "Bevolking" && v.Theme.NameNl == "Particuliere huishoudens"), $"{v.Id}: {v.Theme.NameNl} ≠ {expected}");
        }

        Assert.Equal("Sociale zekerheid", StoreCatalogue.All.Single(v => v.Id == "benefits_social_assistance").Theme.NameNl);
        Assert.Equal("Nabijheid voorzieningen", StoreCatalogue.All.Single(v => v.Id == "distance_gp_km").Theme.NameNl);
    }

    [Fact]
    public void Stored_UtrechtWijk_OffersDistancesAndCareButNoLeefbaarometer()
    {
        var ids = StoreCatalogue.Stored(demo.Store, [AreaCode.Parse("WK034401")]).Select(v => v.Id).ToList();
        Assert.Contains("distance_gp_km", ids);
        Assert.Contains("inhabitants", ids);
        Assert.DoesNotContain("lbm_score", ids);
        Assert.True(ids.Count > 28, $"{ids.Count} variables");
    }

    [Fact]
    public void VariableView_SesWoaOfBurgwallenOudeZijde_IsBesideAmsterdam()
    {
        Assert.True(StoreCatalogue.TryGet("ses_woa_score", out var ses));
        var view = VariableView.Build(demo.Store, AreaCode.Parse("WK036300"), ses);
        var point = Assert.Single(view.Trend.Points, p => p.Year == 2019);
        Assert.Equal(-0.022, point.Area.Value);
        Assert.Equal(-0.100, point.Municipality.Value);
        Assert.Equal(2019, view.Latest!.Year);
    }
}
