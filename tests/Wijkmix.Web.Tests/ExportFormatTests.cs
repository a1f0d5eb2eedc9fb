using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Wijkmix.Data.Tests.Export;

namespace Wijkmix.Web.Tests;

/// <summary>
/// The downloads an analyst opens without thinking: the Dutch CSV and the XLSX, each read by a reader other than the one
/// that wrote them (TextFieldParser, ExcelDataReader), carry the same figures as the international CSV, rounded as CBS
/// publishes them, with Dutch headers and a sheet of sources.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed class ExportFormatTests(RunningApp app)
{
    private const string Profile = "/api/export/profile?area=GM0344&year=2024";
    private static readonly CultureInfo Dutch = new("nl-NL");

    private readonly HttpClient _client = app.Client();

    private async Task<byte[]> Download(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }


    /// <summary>(area, role, year, variable) → value, from the international CSV's columns.</summary>
    private static Dictionary<string, double?> Figures(IEnumerable<string[]> rows, int value, CultureInfo culture) => rows.ToDictionary(
        r => string.Join('|', r[0], r[2], r[3], r[4]),
        r => r[value].Length == 0 ? (double?)null : double.Parse(r[value], culture));

    [Fact]
    public async Task Dutch_csv_has_semicolons_decimal_commas_a_bom_and_the_figures_of_the_international_csv()
    {
        var dutchBytes = await Download(Profile + "&format=csv-nl");
        Assert.Equal(Encoding.UTF8.GetPreamble(), dutchBytes[..3]);
        var dutch = OtherReaders.Csv(dutchBytes, ";");
        var international = OtherReaders.Csv(await Download(Profile + "&format=csv"), ",");
        Assert.Equal(["Gebiedscode", "Gebied", "Rol", "Jaar", "Variabele", "Naam variabele", "Waarde", "Status", "Schattingsmethode"], dutch[0]);
        Assert.Contains(["GM0344", "Utrecht", "gebied", "2024", "inhabitants", "Inwoners", "374238", "gepubliceerd", ""], dutch);
        Assert.Contains(dutch, r => r[4] == "households_one_person_share" && r[6].Contains(',', StringComparison.Ordinal));

        // The Dutch file's role codes are words; map them back to compare with the international file's keys.
        var roles = new Dictionary<string, string> { ["gebied"] = "area", ["gemeente"] = "municipality", ["land"] = "country" };
        var fromDutch = Figures(dutch.Skip(1).Select(r => new[] { r[0], r[1], roles[r[2]], r[3], r[4], r[6] }), 5, Dutch);
        var fromInternational = Figures(international.Skip(1), 5, CultureInfo.InvariantCulture);
        Assert.Equal(international.Count - 1, fromDutch.Count);
        Assert.Equal(fromInternational, fromDutch);
    }

    [Fact]
    public async Task Values_are_rounded_as_cbs_publishes_them_and_rounding_none_keeps_every_digit()
    {
        var rounded = Figures(OtherReaders.Csv(await Download(Profile), ",").Skip(1), 5, CultureInfo.InvariantCulture);
        using var json = JsonDocument.Parse(await Download(Profile + "&format=json&rounding=none"));
        var full = json.RootElement.EnumerateArray().ToDictionary(
            r => string.Join('|', r.GetProperty("area_code").GetString(), r.GetProperty("role").GetString(), r.GetProperty("year").GetInt32(), r.GetProperty("variable").GetString()),
            r => r.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : r.GetProperty("value").GetDouble());
        var share = "GM0344|area|2024|households_one_person_share";
        Assert.Equal(Math.Round(full[share]!.Value, 1, MidpointRounding.AwayFromZero), rounded[share]);
        Assert.NotEqual(full[share], rounded[share]);
        // Counts whole, shares to one decimal, everywhere in the file.
        Assert.All(rounded.Where(p => p.Value is not null), p => Assert.Equal(Math.Round(p.Value!.Value, 1), p.Value!.Value));
        Assert.Equal(374_238, rounded["GM0344|area|2024|inhabitants"]);
    }

    [Fact]
    public async Task Xlsx_has_dutch_headers_a_sheet_of_sources_and_english_on_request()
    {
        var international = Figures(OtherReaders.Csv(await Download(Profile), ",").Skip(1), 5, CultureInfo.InvariantCulture);
        var sheets = OtherReaders.Xlsx(await Download(Profile + "&format=xlsx"));
        Assert.Equal(["Gegevens", "Bronnen"], sheets.Keys);
        var data = sheets["Gegevens"];
        Assert.Equal(["Gebiedscode", "Gebied", "Rol", "Jaar", "Variabele", "Naam variabele", "Waarde", "Status", "Schattingsmethode"], data[0].Select(c => c?.ToString()));
        Assert.Equal(international.Count, data.Count - 1);
        var roles = new Dictionary<string, string> { ["gebied"] = "area", ["gemeente"] = "municipality", ["land"] = "country" };
        foreach (var row in data.Skip(1))
        {
            var key = string.Join('|', row[0], roles[(string)row[2]!], Convert.ToInt32(row[3], CultureInfo.InvariantCulture), row[4]);
            Assert.Equal(international[key], row[6] is null ? null : Convert.ToDouble(row[6], CultureInfo.InvariantCulture));
        }

        var sources = sheets["Bronnen"];
        Assert.Equal(["Variabele", "Naam variabele", "Eenheid", "Decimalen", "Bron", "Definitie"], sources[0].Select(c => c?.ToString()));
        var inhabitants = sources.Single(r => (string?)r[0] == "inhabitants");
        Assert.Equal(["inhabitants", "Inwoners", "aantal", "0", "CBS, Kerncijfers wijken en buurten (CC BY 4.0)", "Aantal inwoners op 1 januari (bevolkingsregister, BRP)."],
            inhabitants.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)));
        // One row per variable of the profile (26 of the 28 indicators: the old migration shares are not on it), each with unit, source and definition.
        Assert.Equal(data.Skip(1).Select(r => r[4]).Distinct().Count(), sources.Count - 1);
        Assert.Equal(26, sources.Count - 1);
        Assert.All(sources.Skip(1), r => Assert.All(r, c => Assert.False(string.IsNullOrEmpty(Convert.ToString(c, CultureInfo.InvariantCulture)))));

        var english = OtherReaders.Xlsx(await Download(Profile + "&format=xlsx&taal=en"));
        Assert.Equal(["Data", "Sources"], english.Keys);
        Assert.Equal("Area code", english["Data"][0][0]);
    }

    [Fact]
    public async Task Profile_page_offers_the_dutch_csv_beside_the_international_one()
    {
        var html = await _client.GetStringAsync(new Uri("/profiel/GM0344?jaar=2024", UriKind.Relative));
        const string link = "/api/export/profile?area=GM0344&amp;year=2024&format=csv-nl";
        Assert.Contains($"<a href=\"{link}\" download>CSV voor Nederlandse Excel</a>", html, StringComparison.Ordinal);
        Assert.Contains("format=csv\" download>CSV</a>", html, StringComparison.Ordinal);
        var body = await Download(link.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.StartsWith("Gebiedscode;Gebied;Rol;Jaar;", Encoding.UTF8.GetString(body).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
