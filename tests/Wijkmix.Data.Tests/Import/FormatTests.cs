using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;
using Wijkmix.Data.Import.Internal;

namespace Wijkmix.Data.Tests.Import;

public class FormatTests
{
    /// <summary>Every CBS data file staged in ../shared/data/cbs (documentation PDFs aside), or the bundled copies.</summary>
    public static TheoryData<string> SharedFiles()
    {
        var shared = Scratch.FindShared();
        var root = shared ?? Scratch.Bundled();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".pdf", StringComparison.Ordinal)).Order())
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedFiles))]
    public void Read_EveryCbsFile_ImportsWithoutProblems(string path)
    {
        var parsed = Importer.Read(path);
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        // A file brings figures, boundaries (the buurt maps carry only codes) or names (a code list).
        Assert.True(parsed.IsMetadata || parsed.Observations.Count > 0 || parsed.Geometries.Count > 0
            || (parsed.Areas.Count > 0 && parsed.Areas.All(a => a.Name is not null)), "no figures, boundaries or names read");
    }

    [Theory]
    [InlineData("kwb_buurt_g4_2019_2021/kwb2019_84583NED_amsterdam_allcolumns.csv.gz", ImportFormat.ODataCsv, 2019)]
    [InlineData("kwb_utrecht_2023_2024/CBS-Utrecht-kwb-2024.xlsx", ImportFormat.KwbXlsx, 2024)]
    [InlineData("kwb_gemeente_2020_2025/kwb2023_clean.csv.gz", ImportFormat.KwbCsv, 2023)]
    [InlineData("nabijheid_2023_utrecht/CBS-Utrecht_Nabijheid_voorzieningen__buurt_2023_14102024_164034.csv.gz", ImportFormat.StatLineCsv, 2023)]
    [InlineData("ses_woa_amsterdam_2019/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv.gz", ImportFormat.StatLineCsv, 2019)]
    [InlineData("kwb2024_85984NED_gm_wk/stripped_filtered_data_2024.json.gz", ImportFormat.ODataJson, 2024)]
    [InlineData("geo_geoinzicht/wijken_2024_kwb.geojson.gz", ImportFormat.GeoJson, 2024)]
    [InlineData("geo_buurt_2019/nl_buurt_2019_gegeneraliseerd.topojson.gz", ImportFormat.TopoJson, 2019)]
    [InlineData("kwb2024_85984NED_buurt_nl/kwb2024_85984NED_buurt_namen.csv.gz", ImportFormat.ODataCsv, 2024)]
    public void Read_DetectsFormatAndYear(string file, ImportFormat format, int year)
    {
        var parsed = Importer.Read(Scratch.Bundled(file.Split('/')));
        Assert.Equal(format, parsed.Format);
        Assert.Equal([year], parsed.Years);
    }

    [Fact]
    public void Read_StatLineCsv_ParsesPaddedCodesNamesAndSuppressedCells()
    {
        var parsed = Importer.Read(Scratch.Bundled("nabijheid_2023_utrecht", "CBS-Utrecht_Nabijheid_voorzieningen__buurt_2023_14102024_164034.csv.gz"));
        Assert.Equal("nabijheid", parsed.Dataset);
        Assert.Contains(parsed.Areas, a => a.Code == AreaCode.Country);
        Assert.Contains(parsed.Areas, a => a.Code.Value == "WK034401" && a.Name == "Wijk 01 West" && a.MunicipalityName == "Utrecht");
        var utrechtGp = parsed.Observations.Single(o => o.Area.Value == "GM0344" && o.VariableId == "distance_gp_km");
        Assert.Null(utrechtGp.Value); // the gemeente row carries "       ." for this column
        Assert.Contains(parsed.Observations, o => o.VariableId == "distance_supermarket_km" && o.Value is > 0);
    }

    [Fact]
    public void Read_Xlsx_AndItsCsvConversion_GiveTheSameFigures()
    {
        using var scratch = new Scratch();
        var xlsx = Importer.Read(Scratch.Bundled("kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2023.xlsx"));
        var shared = Scratch.FindShared();
        var csvPath = shared is null ? null : Path.Combine(shared, "kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2023.converted.csv");
        Assert.True(csvPath is not null && File.Exists(csvPath), "the converted CSV is staged in ../shared/data/cbs");
        var csv = Importer.Read(csvPath, new ImportOptions { Year = 2023 });
        Assert.Equal(xlsx.Observations.Count, csv.Observations.Count);
        Assert.Equal(xlsx.Observations.OrderBy(o => (o.Area.Value, o.VariableId)), csv.Observations.OrderBy(o => (o.Area.Value, o.VariableId)));
    }

    [Fact]
    public void Read_GeoJsonInRdNew_IsConvertedToWgs84()
    {
        using var scratch = new Scratch();
        var path = scratch.File("rd.geojson", """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},
             "features":[{"type":"Feature","properties":{"buurtcode":"BU03440111","buurtnaam":"Test","aantal_inwoners":1500},
               "geometry":{"type":"Point","coordinates":[155000,463000]}}]}
            """);
        var parsed = Importer.Read(path, new ImportOptions { Year = 2024 });
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        var json = parsed.Geometries.Single().GeoJson;
        var numbers = System.Text.RegularExpressions.Regex.Matches(json, @"-?\d+\.\d+").Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // RD origin (Amersfoort, OLV-toren): 5.387206° E, 52.155174° N in WGS84 (RDNAPTRANS reference value).
        Assert.Equal(5.38721, numbers[0], 0.0002);
        Assert.Equal(52.15517, numbers[1], 0.0002);
        Assert.Equal(1500, parsed.Observations.Single(o => o.VariableId == "inhabitants").Value);
    }

    [Fact]
    public void Read_ODataJson_YearInItsNameWinsOverMetadataBesideIt()
    {
        using var scratch = new Scratch();
        scratch.File("TableInfos.json", "[{\"Identifier\":\"85618NED\",\"Period\":\"2023\"}]");
        var named = Importer.Read(scratch.File("kwb_2022.json", "{\"GM0344\": {\"AantalInwoners_5\": 361966}}"));
        Assert.Equal([2022], named.Years);
        var unnamed = Importer.Read(scratch.File("kwb.json", "{\"GM0344\": {\"AantalInwoners_5\": 367947}}"));
        Assert.Equal([2023], unnamed.Years);
    }

    [Theory]
    [InlineData("1234", 1234d)]
    [InlineData("   862965", 862965d)]
    [InlineData("1.9", 1.9)]
    [InlineData("1,9", 1.9)]
    [InlineData("-0.463", -0.463)]
    [InlineData("-", 0d)]
    public void CellParser_Numbers(string text, double expected)
    {
        Assert.Equal(CellKind.Number, CellParser.Parse(text, out var value));
        Assert.Equal(expected, value, 12);
    }

    [Theory]
    [InlineData("       .", "Suppressed")]
    [InlineData("x", "Suppressed")]
    [InlineData("", "Empty")]
    [InlineData("  ", "Empty")]
    [InlineData("abc", "Invalid")]
    [InlineData("1.234,5", "Invalid")]
    [InlineData("1,234,5", "Invalid")]
    [InlineData("NaN", "Invalid")]
    [InlineData("Infinity", "Invalid")]
    public void CellParser_SymbolsAndGarbage(string text, string kind) => Assert.Equal(Enum.Parse<CellKind>(kind), CellParser.Parse(text, out _));

    [Theory]
    [InlineData("kwb-2024.xlsx", 2024)]
    [InlineData("CBS-Utrecht_Nabijheid_voorzieningen__buurt_2023_14102024_164034.csv", 2023)]
    [InlineData("kwb2019_84583NED_amsterdam_allcolumns.csv", 2019)]
    [InlineData("SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv", null)]
    [InlineData("buurten_2019_2021.csv", null)]
    public void YearFromName_OnlyAnUnambiguousYear(string name, int? year) => Assert.Equal(year, Importer.YearFromName(name));
}
