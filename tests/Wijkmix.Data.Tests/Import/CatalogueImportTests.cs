using System.IO.Compression;
using System.Text.Json.Nodes;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>
/// Complete KWB editions: every column (116 OData topics in 2019 less 6 codes and names; 121 kwb-xlsx
/// columns less 7 area columns and 2 postcode columns) of a real file is read as a variable or left out with a
/// reason, units and scales are checked against the table's own DataProperties, and the geo
/// fields name the variable they really hold.
/// </summary>
public class CatalogueImportTests
{
    private static string RealDataProperties()
    {
        using var gzip = new GZipStream(File.OpenRead(Scratch.Bundled("kwb2024_85984NED_gm_wk", "DataProperties.json.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    private static string WithTopic(string dataProperties, string key, Action<JsonObject> change)
    {
        var items = JsonNode.Parse(dataProperties)!.AsArray();
        change(items.Single(i => (string?)i!["Key"] == key)!.AsObject());
        return items.ToJsonString();
    }

    [Theory]
    [InlineData("kwb_buurt_g4_2019_2021", "kwb2019_84583NED_amsterdam_allcolumns.csv.gz", 110)]
    [InlineData("kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2023.xlsx", 112)]
    [InlineData("kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2024.xlsx", 112)]
    public void Read_CompleteKwbFile_EveryColumnIsAVariableOrLeftOutWithAReason(string folder, string file, int variables)
    {
        var parsed = Importer.Read(Scratch.Bundled(folder, file));
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        Assert.Empty(parsed.SkippedDetails.Where(s => s.NotUsedReason is null).Select(s => s.Key));
        Assert.Equal(variables, parsed.VariableCount);
    }

    [Fact]
    public void Read_ODataJsonWithItsDataProperties_ScalesThousandsOfEurosAndAcceptsTheUnits()
    {
        using var scratch = new Scratch();
        scratch.File("DataProperties.json", RealDataProperties());
        var path = scratch.File("kwb_2024.json", """
            {"GM0363": {"AantalInwoners_5": 931298, "GemiddeldeWOZWaardeVanWoningen_39": 552, "GemiddeldeHuishoudensgrootte_33": 1.8,
                        "ScholenBinnen3Km_121": 31.9, "Appartement_62": 630}}
            """);
        var parsed = Importer.Read(path);
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        Assert.Equal(552_000, parsed.Observations.Single(o => o.VariableId == "woz_value_avg").Value);
        Assert.Equal(630, parsed.Observations.Single(o => o.VariableId == "gas_apartment_m3").Value);
    }

    [Theory]
    [InlineData("AantalInwoners_5", "%", 0)]
    [InlineData("AantalInwoners_5", "aantal", 1)]
    [InlineData("GemiddeldeWOZWaardeVanWoningen_39", "euro", 0)]
    [InlineData("Koopwoningen_47", "x 1 000 euro", 0)]
    public void Read_ODataJsonWhoseDataPropertiesDisagreeWithTheCatalogue_IsAProblemAndNothingIsRead(string key, string unit, int decimals)
    {
        using var scratch = new Scratch();
        scratch.File("DataProperties.json", WithTopic(RealDataProperties(), key, t =>
        {
            t["Unit"] = unit;
            t["Decimals"] = decimals;
        }));
        var path = scratch.File("kwb_2024.json", "{\"GM0363\": {\"" + key + "\": 60}, \"GM0344\": {\"" + key + "\": 61}}");
        var parsed = Importer.Read(path);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(("kwb_2024.json", key), (problem.File, problem.Field));
        Assert.Contains($"eenheid ‘{unit}’ met {decimals} decimalen", problem.Message, StringComparison.Ordinal);
        Assert.False(parsed.IsValid);
    }

    [Fact]
    public void Read_ODataJsonWithPercentForACount_SaysWhatCbsAndWijkmixExpect()
    {
        using var scratch = new Scratch();
        scratch.File("DataProperties.json", WithTopic(RealDataProperties(), "AantalInwoners_5", t => t["Unit"] = "%"));
        var problem = Assert.Single(Importer.Read(scratch.File("kwb_2024.json", """{"GM0363": {"AantalInwoners_5": 50}}""")).Problems);
        Assert.Equal(
            "kwb_2024.json, kolom AantalInwoners_5: de DataProperties van deze tabel geven eenheid ‘%’ met 0 decimalen voor ‘Aantal inwoners’, "
            + "maar Wijkmix leest deze kolom als Inwoners (inhabitants) in ‘aantal’; controleer of het bestand en zijn DataProperties bij dezelfde tabel horen",
            problem.ToString());
    }

    [Fact]
    public void Read_ODataJsonWithUnknownColumn_ListsItByKeyAndCbsTitle()
    {
        using var scratch = new Scratch();
        var properties = JsonNode.Parse(RealDataProperties())!.AsArray();
        properties.Add(new JsonObject
        {
            ["Type"] = "Topic", ["Key"] = "AantalWarmtepompen_129", ["Title"] = "Aantal warmtepompen", ["Unit"] = "aantal", ["Decimals"] = 0,
        });
        scratch.File("DataProperties.json", properties.ToJsonString());
        var path = scratch.File("kwb_2024.json", """{"GM0363": {"AantalInwoners_5": 931298, "AantalWarmtepompen_129": 1200, "Dekkingspercentage_126": "1"}}""");
        var parsed = Importer.Read(path);
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        Assert.Equal(["AantalWarmtepompen_129", "Dekkingspercentage_126"], parsed.SkippedColumns.Order(StringComparer.Ordinal));
        var unknown = parsed.SkippedDetails.Single(s => s.Key == "AantalWarmtepompen_129");
        Assert.Equal(("Aantal warmtepompen", null), (unknown.Title, unknown.NotUsedReason));
        Assert.Equal("AantalWarmtepompen_129 (Aantal warmtepompen)", unknown.ToString());
        var postcode = parsed.SkippedDetails.Single(s => s.Key == "Dekkingspercentage_126");
        Assert.Equal("Dekkingspercentage", postcode.Title);
        Assert.StartsWith("code:", postcode.NotUsedReason, StringComparison.Ordinal);
    }

    /// <summary>
    /// The geo fields pct_hh_laag_inkomen / pct_hh_hoog_inkomen hold households (lowest 40 %, highest
    /// 20 %): Amsterdam 2022 has 50 / 18 and Den Haag 48 / 17, close to KWB 2019's households
    /// (50.9 / 17.5 and 48.4 / 17.3) and far from its persons (39.3 / 24.4 and 41.3 / 20.9).
    /// </summary>
    [Theory]
    [InlineData("GM0363", "kwb2019_84583NED_amsterdam_allcolumns.csv.gz", 50, 18, 50.9, 17.5, 39.3, 24.4)]
    [InlineData("GM0518", "kwb2019_84583NED_denhaag_allcolumns.csv.gz", 48, 17, 48.4, 17.3, 41.3, 20.9)]
    public void Read_GeoJson2022_IncomeGroupFieldsAreHouseholds(
        string gemeente, string kwb2019File, double low2022, double high2022, double households2019Low, double households2019High, double persons2019Low, double persons2019High)
    {
        var parsed = Importer.Read(Scratch.Bundled("geo_geoinzicht", "gemeenten_2022_kwb.geojson.gz"));
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        var geo = parsed.Observations.Where(o => o.Area.Value == gemeente).ToDictionary(o => o.VariableId, o => o.Value);
        Assert.Equal((low2022, high2022), (geo["households_low40_income_pct"], geo["households_high20_income_pct"]));
        Assert.DoesNotContain("persons_low40_income_pct", geo.Keys);
        Assert.DoesNotContain("persons_high20_income_pct", geo.Keys);

        var kwb2019 = Importer.Read(Scratch.Bundled("kwb_buurt_g4_2019_2021", kwb2019File))
            .Observations.Where(o => o.Area.Value == gemeente).ToDictionary(o => o.VariableId, o => o.Value);
        Assert.Equal((households2019Low, households2019High), (kwb2019["households_low40_income_pct"], kwb2019["households_high20_income_pct"]));
        Assert.Equal((persons2019Low, persons2019High), (kwb2019["persons_low40_income_pct"], kwb2019["persons_high20_income_pct"]));
    }
}
