using System.Text.Json;

namespace Wijkmix.Cli.Tests;

/// <summary>The read commands on the bundled real data, as an analyst would call them.</summary>
public class QueryCommandTests(DemoStoreFile demo) : IClassFixture<DemoStoreFile>
{
    [Fact]
    public void Profile_ByPartOfName_ChoosesAWijkAndSaysWhichOthersMatched()
    {
        var run = demo.Run("profile", "Slotermeer");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Gekozen:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Slotermeer", run.Output, StringComparison.Ordinal);
        Assert.Contains("Amsterdam", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_Wijk2021_ShowsCityNationalAndChangeSince2019()
    {
        var run = demo.Run("profile", "WK036376");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Slotermeer-Noordoost (WK036376), wijk in Amsterdam: 2021", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sinds 2019", run.Output, StringComparison.Ordinal);
        Assert.Contains("873.338", run.Output, StringComparison.Ordinal); // Amsterdam 2021
        Assert.Contains("17.475.415*", run.Output, StringComparison.Ordinal); // Nederland 2021, sum of gemeenten
        Assert.Contains("n.b.", run.Output, StringComparison.Ordinal); // education 2021 is suppressed
    }

    [Fact]
    public void Profile_InEnglish_UsesEnglishLabelsAndNumbers()
    {
        var run = demo.Run("profile", "Meerzicht", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Meerzicht (WK063701), district in Zoetermeer: 2024", run.Output, StringComparison.Ordinal);
        Assert.Contains("15,915", run.Output, StringComparison.Ordinal);
        Assert.Contains("Inhabitants", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_YearWithoutFigures_ListsAvailableYears()
    {
        var run = demo.Run("profile", "Meerzicht", "--year", "2019");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("2024", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_UnknownArea_PointsToAreasCommand()
    {
        var run = demo.Run("profile", "Qwxyzbuurt");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("wijkmix areas", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Meerzicht", "WK063701")]
    [InlineData("haarwijk", "WK051204")]
    [InlineData("overvecht", "WK034403")]
    public void Areas_FindsByNameForgivingCase(string query, string code)
    {
        var run = demo.Run("areas", query);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(code, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_UtrechtBuurten_ListsBuurtenYearsAndTheRules()
    {
        var run = demo.Run("compare", "Utrecht", "--level", "buurt");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Wijkkompas Utrecht: buurt tegen het stadsgemiddelde", run.Output, StringComparison.Ordinal);
        Assert.Contains("BU03440111", run.Output, StringComparison.Ordinal);
        Assert.Contains("2019", run.Output, StringComparison.Ordinal);
        Assert.Contains("2024", run.Output, StringComparison.Ordinal);
        Assert.Contains("Regels achter de signalen", run.Output, StringComparison.Ordinal);
        Assert.Contains("achterstand: het gebied scoort ongunstiger dan de stad met ten minste 5 procentpunt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TilburgBuurten_OnAFreshStore_ListsEveryBuurtWithItsNameAndKwb2024Figures()
    {
        // KWB 2024 (85984NED) as bundled: Binnenstad West 2,885 inhabitants (2,105 households); Tilburg 229,836 inhabitants.
        var run = demo.Run("compare", "Tilburg", "--level", "buurt", "--indicators", "inhabitants,households");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Inwoners — stad 2024: 229.836", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Binnenstad West \(BU08551001\)\s+│\s+2\.885 ", run.Output);
        Assert.True(System.Text.RegularExpressions.Regex.Count(run.Output, @"\(BU0855\d{4}\)") > 2 * 200, "every buurt, for both indicators");
    }

    [Fact]
    public void Compare_IndicatorTheStoreLacks_SaysSoAndNamesTheDownloadCommand()
    {
        // The bundled buurt table of 2024 has no income figures; that is a gap in the store, not a CBS '.'.
        var run = demo.Run("compare", "Tilburg", "--level", "buurt", "--indicators", "income_per_inhabitant");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("wijkmix download GM0855 --level buurt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AFigureHeldByTwoSources_OnceFromTheKwbTable_OrEverySourceOnRequest()
    {
        // Utrecht 2024 inhabitants: the KWB table (374,238) and the copy in the 2024 gemeente boundary file (kwb-geo).
        using var scratch = new TempFolder();
        var one = Path.Combine(scratch.Path, "one.csv");
        var all = Path.Combine(scratch.Path, "all.csv");
        Assert.Equal(0, demo.Run("export", "GM0344", "--level", "gemeente", "--variables", "inhabitants", "--years", "2024", "-o", one).ExitCode);
        Assert.Equal(0, demo.Run("export", "GM0344", "--level", "gemeente", "--variables", "inhabitants", "--years", "2024", "--all-sources", "-o", all).ExitCode);

        static string[] Rows(string path) => File.ReadAllLines(path).Skip(1).Where(l => l.Contains(",inhabitants,", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["GM0344,Utrecht,gemeente,2024,inhabitants,374238,published,kwb,"], Rows(one));
        Assert.Equal(["kwb", "kwb-geo"], Rows(all).Select(r => r.Split(',')[^2]).Order());
    }

    [Fact]
    public void Compare_Amsterdam_FlagsFallingBehindOnLowIncome2019()
    {
        using var scratch = new TempFolder();
        var path = Path.Combine(scratch.Path, "kompas.json");
        var run = demo.Run("compare", "Amsterdam", "--indicators", "households_low_income_pct", "-o", path);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = doc.RootElement.EnumerateArray().ToList();
        var city = rows[0].GetProperty("city_value").GetDouble();
        Assert.All(rows, r => Assert.Equal(2019, r.GetProperty("year").GetInt32()));
        // Every wijk at least 5 points above the city must carry the signal, and no other.
        foreach (var row in rows.Where(r => r.GetProperty("value").ValueKind == JsonValueKind.Number))
        {
            var behind = row.GetProperty("value").GetDouble() - city >= 5 && !row.GetProperty("signals").GetString()!.Contains("too_small", StringComparison.Ordinal);
            Assert.Equal(behind, row.GetProperty("signals").GetString()!.Contains("falling_behind", StringComparison.Ordinal));
        }

        Assert.Contains(rows, r => r.GetProperty("signals").GetString()!.Contains("falling_behind", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_IndicatorList_ShowsIds()
    {
        var run = demo.Run("compare", "Utrecht", "--indicators", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("households_low_income_pct", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NotAMunicipality_Explains()
    {
        var run = demo.Run("compare", "Utrecht", "--indicators", "no_such_indicator");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no_such_indicator", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    [InlineData("json")]
    public void Export_TidyLongForm_HasCbsFigures(string extension)
    {
        using var scratch = new TempFolder();
        var path = Path.Combine(scratch.Path, "utrecht." + extension);
        var run = demo.Run("export", "Utrecht", "--level", "gemeente", "--variables", "inhabitants", "--years", "2024", "-o", path);
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(path));
        if (extension == "csv")
        {
            var lines = File.ReadAllLines(path);
            Assert.Equal("area_code,area_name,level,year,variable,value,status,source,method", lines[0]);
            // One value per cell: the KWB table's, not also the copy in the boundary file (see --all-sources).
            Assert.Equal(["GM0344,Utrecht,gemeente,2024,inhabitants,374238,published,kwb,"], lines[1..]);
        }
        else if (extension == "json")
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            Assert.Equal(374238, doc.RootElement[0].GetProperty("value").GetDouble());
        }
        else
        {
            var row = MiniExcelLibs.MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().First();
            Assert.Equal("GM0344", row["Gebiedscode"]);
            Assert.Equal(374238d, Convert.ToDouble(row["Waarde"], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Export_DutchCsv_ByFormatOption_SemicolonsDecimalCommaAndWords()
    {
        // Utrecht 2024: 374,238 inhabitants and an average household size of 1.9 (KWB 2024).
        using var scratch = new TempFolder();
        var path = Path.Combine(scratch.Path, "utrecht.csv");
        var run = demo.Run("export", "Utrecht", "--level", "gemeente", "--variables", "inhabitants,household_size_avg", "--years", "2024", "--format", "csv-nl", "-o", path);
        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = File.ReadAllLines(path);
        Assert.Equal("Gebiedscode;Gebied;Niveau;Jaar;Variabele;Naam variabele;Waarde;Status;Bron;Schattingsmethode", lines[0]);
        Assert.Contains("GM0344;Utrecht;gemeente;2024;inhabitants;Inwoners;374238;gepubliceerd;kwb;", lines);
        Assert.Contains(lines, l => l.StartsWith("GM0344;Utrecht;gemeente;2024;household_size_avg;", StringComparison.Ordinal) && l.Contains(";1,9;", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_UnknownFormat_NamesTheFormats()
    {
        var run = demo.Run("export", "Utrecht", "--format", "ods", "-o", "/tmp/x.csv");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("csv, csv-nl, xlsx, json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_OutputFile_WritesLongForm()
    {
        using var scratch = new TempFolder();
        var path = Path.Combine(scratch.Path, "profiel.csv");
        var run = demo.Run("profile", "GM0637", "--year", "2022", "-o", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GM0637,Zoetermeer,area,2022,inhabitants,125767,published,", File.ReadAllLines(path));
    }

    [Fact]
    public void Export_UnknownExtension_Explains()
    {
        var run = demo.Run("export", "Utrecht", "-o", "/tmp/x.pdf");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".csv, .xlsx of .json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_YearsThatAreNoYears_IsAUsageError()
    {
        var run = demo.Run("export", "Utrecht", "--years", "2023-2024", "-o", "/tmp/never-written.csv");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\"2023-2024\" is geen jaar", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists("/tmp/never-written.csv"));
    }

    [Fact]
    public void Compare_AWijkCode_IsNotAMunicipality()
    {
        var run = demo.Run("compare", "WK034403");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is geen gemeente", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_ShowsStorePathAndSources()
    {
        var run = demo.Run("info");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(demo.Path, run.Output, StringComparison.Ordinal);
        Assert.Contains("CBS-Utrecht-kwb-2024.xlsx", run.Output, StringComparison.Ordinal);
    }
}

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wijkmix-t-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
