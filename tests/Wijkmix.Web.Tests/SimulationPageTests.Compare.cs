using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests;

/// <summary>
/// Two variants side by side. Expected medians, bands and differences come from the result's JSON export (the tidy
/// table), not from the page.
/// </summary>
public sealed partial class SimulationPageTests
{
    /// <summary>A run with bands: Utrecht at 10 %, two years, five replicates, the given variant.</summary>
    private static async Task<string> KeptRun(HttpClient client, params KeyValuePair<string, string>[] variant)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("bron", "formulier"), new("gemeente", "GM0344"), new("startjaar", "2025"), new("jaren", "2"), new("herhalingen", "5"), new("schaal", "10"), .. variant,
        ];
        fields.Add(new("__RequestVerificationToken", await RunningApp.TokenAsync(client, "/simulatie?gemeente=GM0344")));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(new Uri("/simulatie", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var kept = await SimulationJobPage.FollowAsync(client, response.Headers.Location!.OriginalString);
        return kept[(kept.IndexOf('=', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>Gemeente medians and bands by (variant, measure, year), from the JSON export.</summary>
    private async Task<Dictionary<(string Variant, string Measure, int Year), (double Low, double Median, double High)>> ExportedAsync(string key)
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri($"/simulatie?handler=export&uitkomst={key}&format=json", UriKind.Relative)));
        return json.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("level").GetString() == "gemeente" && r.GetProperty("area_code").GetString() == "GM0344"
                && r.GetProperty("median").ValueKind == JsonValueKind.Number)
            .ToDictionary(r => (r.GetProperty("variant").GetString()!, r.GetProperty("measure").GetString()!, r.GetProperty("year").GetInt32()),
                r => (r.GetProperty("low").GetDouble(), r.GetProperty("median").GetDouble(), r.GetProperty("high").GetDouble()));
    }

    [Fact]
    public async Task Compare_shows_two_variants_per_measure_and_year_with_the_difference_of_their_medians_and_the_bands()
    {
        var key = await KeptRun(_client, new("naam", "Loting"), new("loting", "true"), new("lotingaandeel", "60"));
        var html = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri($"/simulatie?uitkomst={key}&vergelijk={key}:0&met={key}:1", UriKind.Relative)));
        Assert.Contains($"<option value=\"{key}:0\" selected=\"selected\">Basis</option>", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{key}:1\" selected=\"selected\">Loting</option>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Basis tegen Loting in Utrecht: mediaan met de band", html, StringComparison.Ordinal);

        var exported = await ExportedAsync(key);
        var rows = ComparedRows().Matches(Regex.Match(html, "id=\"varianten-tabel\"[\\s\\S]*?</table>").Value);
        Assert.Equal(11 * 3, rows.Count);
        var differing = 0;
        foreach (Match row in rows)
        {
            var measure = MeasureOf(row.Groups[1].Value);
            var year = int.Parse(row.Groups[2].Value, CultureInfo.InvariantCulture);
            var (a, b) = (exported[("Basis", measure, year)], exported[("Loting", measure, year)]);
            var expected = b.Median - a.Median;
            var (shown, tolerance) = measure.EndsWith("_share", StringComparison.Ordinal)
                ? (Signed(row.Groups[5].Value.Replace(" procentpunt", string.Empty, StringComparison.Ordinal)) / 100, 0.0005)
                : measure is "households" or "mean_income" ? (Signed(row.Groups[5].Value), 0.5) : (Signed(row.Groups[5].Value), 0.0005);
            Assert.True(Math.Abs(shown - expected) <= tolerance, $"{measure} {year}: shown {row.Groups[5].Value}, expected {expected}");
            var within = a.Median >= b.Low && a.Median <= b.High && b.Median >= a.Low && b.Median <= a.High;
            Assert.Equal(within ? "binnen de spreiding" : "buiten de spreiding", row.Groups[6].Value);
            if (year == 2025)
            {
                Assert.Equal(0, expected); // the same synthetic start for both variants
            }
            else if (Math.Abs(expected) > tolerance)
            {
                differing++;
            }
        }

        Assert.True(differing >= 3, $"{differing} real differences");

        // A variant of an earlier result of this browser for the same gemeente can be compared too; another browser is not offered it.
        var second = await KeptRun(_client, new("naam", "Strenger passend"), new("passend", "true"), new("passendminimum", "99"), new("passendmarge", "0"));
        var across = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri($"/simulatie?uitkomst={second}&vergelijk={key}:1&met={second}:1", UriKind.Relative)));
        Assert.Matches($"<option value=\"{key}:1\" selected=\"selected\">Loting \\(uit Simulatie Utrecht, [^)]+\\)</option>", across);
        Assert.Matches("<caption>Loting \\(uit Simulatie Utrecht, [^)]+\\) tegen Strenger passend in Utrecht", across);
        Assert.Matches($"<ul id=\"eerdere-uitkomsten\">\\s*<li><a href=\"/simulatie\\?uitkomst={key}\">Simulatie Utrecht</a> \\([^,]+, Basis, Loting\\)</li>", across);
        var strict = (await ExportedAsync(second))[("Strenger passend", "d_low_income", 2027)].Median;
        var lottery = exported[("Loting", "d_low_income", 2027)].Median;
        var d = ComparedRows().Matches(across).Single(m => m.Groups[1].Value == "Segregatie-index D, laag inkomen" && m.Groups[2].Value == "2027");
        Assert.True(Math.Abs(Signed(d.Groups[5].Value) - (strict - lottery)) <= 0.0005, $"{d.Groups[5].Value} against {strict - lottery}");

        var stranger = WebUtility.HtmlDecode(await app.Client().GetStringAsync(new Uri($"/simulatie?uitkomst={second}", UriKind.Relative)));
        Assert.DoesNotContain($"value=\"{key}:", stranger, StringComparison.Ordinal);
        var unknown = WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri($"/simulatie?uitkomst={second}&vergelijk={second}:0&met={second}:7", UriKind.Relative)));
        Assert.Contains("Deze vergelijking kan niet", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"varianten-tabel\"", unknown, StringComparison.Ordinal);
    }

    /// <summary>A signed figure as the page writes it (Dutch separators, a minus sign).</summary>
    private static double Signed(string text) => Number(text.Replace("−", "-", StringComparison.Ordinal).Replace("+", string.Empty, StringComparison.Ordinal));

    private static string MeasureOf(string label) =>
        Wijkmix.Web.Features.Simulatie.SimulationComparison.Measures.Single(m => Wijkmix.Web.Features.Simulatie.SimulationView.Label(m) == label);

    [GeneratedRegex("<tr><th scope=\"row\">([^<]+)</th><td>(20[0-9]{2})</td>\\s*<td class=\"number\">([^<]+)</td><td class=\"number\">([^<]+)</td>\\s*<td class=\"number\">([^<]+)</td><td>([^<]+)</td></tr>")]
    private static partial Regex ComparedRows();
}
