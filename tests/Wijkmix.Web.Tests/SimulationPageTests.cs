using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Scenarios;
using Wijkmix.Web.Features.Simulatie;

namespace Wijkmix.Web.Tests;

/// <summary>
/// The Simulatie page: its form, a small run on Utrecht (10 %, two years, one replicate), the form's
/// problems by field, the reader's problems with line and field, the work limit, anti-forgery and the
/// download. Expected figures come from the store through <see cref="SimulationFigures.Read"/>, never from the page.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed partial class SimulationPageTests(RunningApp app)
{
    private static readonly CultureInfo Dutch = new("nl");

    private readonly HttpClient _client = app.Client();

    /// <summary>A small run: Utrecht at 10 %, two years from 2025, one replicate, stricter passend toewijzen.</summary>
    private static List<KeyValuePair<string, string>> SmallRun() =>
    [
        new("bron", "formulier"), new("gemeente", "GM0344"), new("startjaar", "2025"), new("jaren", "2"), new("herhalingen", "1"),
        new("schaal", "10"), new("naam", "Strenger"), new("passend", "true"), new("passendminimum", "98"), new("passendmarge", "0"),
    ];

    private async Task<(HttpStatusCode Status, string? Location, string Html)> Post(IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new("__RequestVerificationToken", await RunningApp.TokenAsync(_client, "/simulatie?gemeente=GM0344")));
        }

        using var content = new FormUrlEncodedContent(all);
        using var response = await _client.PostAsync(new Uri("/simulatie", UriKind.Relative), content);
        return (response.StatusCode, response.Headers.Location?.OriginalString, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private async Task<(HttpStatusCode Status, string Html)> PostScenario(string text, string? fileName = null)
    {
        var token = await RunningApp.TokenAsync(_client, "/simulatie?gemeente=GM0344");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("tekst"), "bron" },
            { new StringContent("GM0344"), "gemeente" },
            { new StringContent("1"), "herhalingen" },
        };
        if (fileName is null)
        {
            form.Add(new StringContent(text), "scenario");
        }
        else
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "bestand", fileName);
        }

        using var response = await _client.PostAsync(new Uri("/simulatie", UriKind.Relative), form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Runs the small scenario (queued, followed until kept; kept from before when another test ran it) and returns the result page's address and HTML.</summary>
    private async Task<(string Location, string Html)> RunSmall()
    {
        var (status, queued, _) = await Post(SmallRun());
        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.NotNull(queued);
        var location = await SimulationJobPage.FollowAsync(_client, queued);
        Assert.Matches("^/simulatie\\?uitkomst=[0-9a-f]{32}$", location);
        using var page = await _client.GetAsync(new Uri(location, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (location, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    /// <summary>Utrecht's figures as the simulator starts from them, read from the app's store file by the test itself.</summary>
    private MunicipalityFigures UtrechtFigures()
    {
        using var store = WijkmixStore.Open(app.StorePath);
        return SimulationFigures.Read(store, AreaCode.Parse("GM0344")) ?? throw new InvalidOperationException("no figures for Utrecht");
    }

    private static double Number(string text) => double.Parse(text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Page_is_Dutch_with_the_form_its_labels_and_the_wijken_of_the_gemeente()
    {
        using var response = await _client.GetAsync(new Uri("/simulatie?gemeente=GM0344", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Simulatie: Utrecht</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/simulatie?gemeente=GM0344\" aria-current=\"page\">Simulatie</a>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Looptijd en omvang</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend>Passend toewijzen strenger</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<input id=\"jaren\" name=\"jaren\" type=\"number\" min=\"1\" max=\"15\"", html, StringComparison.Ordinal);
        foreach (var replicates in new[] { "1", "5", "20" })
        {
            Assert.Matches($"<option value=\"{replicates}\"( selected=\"selected\")?>{replicates}</option>", html);
        }

        Assert.Matches("<option value=\"10\" selected=\"selected\">10% van de huishoudens</option>", html);

        // Every field, select and text area has a label naming its id; the checkboxes sit inside theirs.
        var controls = ControlIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(controls.Count > 15, $"{controls.Count} controls");
        Assert.All(controls, id => Assert.Contains($"<label for=\"{id}\"", html, StringComparison.Ordinal));
        Assert.Equal(9, Regex.Count(html, "<label class=\"check\"><input type=\"checkbox\""));

        // The areas offered are the wijken of the buurten the simulator starts from.
        var wijken = UtrechtFigures().Units.Select(u => u.ParentCode).Distinct().ToList();
        Assert.Equal(10, wijken.Count);
        Assert.Equal(wijken.Count, Regex.Count(html, "name=\"rotterdamwetgebieden\""));
        Assert.All(wijken, w => Assert.Contains($"name=\"sloopgebieden\" value=\"{w}\"", html, StringComparison.Ordinal));

        var english = await _client.GetStringAsync(new Uri("/simulatie?gemeente=GM0344&taal=en", UriKind.Relative));
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("Build a variant", english, StringComparison.Ordinal);
        Assert.Contains("action=\"/simulatie?taal=en\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_gemeente_the_page_searches_one_by_name()
    {
        var html = await _client.GetStringAsync(new Uri("/simulatie?zoek=utrecht", UriKind.Relative));
        Assert.Contains("<h1>Simulatie: Utrecht</h1>", html, StringComparison.Ordinal);
        var none = await _client.GetStringAsync(new Uri("/simulatie", UriKind.Relative));
        Assert.Contains("Kies eerst de gemeente die u wilt simuleren.", none, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/simulatie\" role=\"search\"", none, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"simulatie-formulier\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Small_run_shows_the_synthetic_population_first_the_summary_and_the_gemeentes_households()
    {
        var (_, html) = await RunSmall();
        Assert.Contains("Uitkomst: Simulatie Utrecht (Utrecht, 2025–2027)", html, StringComparison.Ordinal);
        var notes = Regex.Match(html, "<div class=\"notice\" id=\"opmerkingen\">\\s*<ul>\\s*<li>([^<]+)</li>").Groups[1].Value;
        Assert.StartsWith("Synthetische bevolking:", notes, StringComparison.Ordinal);
        Assert.Contains("het zijn geen echte personen", notes, StringComparison.Ordinal);

        var figures = UtrechtFigures();
        Assert.Contains($"({figures.Units.Count} per buurt, {figures.Year})", notes, StringComparison.Ordinal);
        Assert.Matches("id=\"samenvatting-0\">\\s*<li>Basis: de segregatie-index D \\(laag inkomen tegen overig, per buurt\\) gaat van [0-9],[0-9]{3} in 2025 naar [0-9],[0-9]{3} in 2027", html);
        Assert.Matches("id=\"samenvatting-1\">\\s*<li>D \\(laag inkomen\\) in 2027: [0-9],[0-9]{3} tegen [0-9],[0-9]{3} in de basis", html);

        // Households at the start, scaled back from the 10 % sample, after the 60-year burn-in the form sets as a
        // file does: the burn-in fills and empties dwellings, so the start is near the KWB, not on it, and the page
        // says how far it moved.
        Assert.Contains("Inloop: 60 jaar onder de regels van 2025 vóór het eerste jaar", html, StringComparison.Ordinal);
        var households = Number(Regex.Match(html, "<th scope=\"row\">Huishoudens</th><td class=\"number\">([0-9.]+)</td>").Groups[1].Value);
        var expected = figures.Units.Sum(u => u.Households);
        Assert.True(expected > 150_000, $"Utrecht has {expected} households");
        Assert.InRange(households, expected * 0.95, expected * 1.05);

        // Six gemeente measures for each of the three years, baseline and variant from the same start.
        var rows = Regex.Matches(html, "<tr><th scope=\"row\">([^<]+)</th><td>(20[0-9]{2})</td>\\s*<td class=\"number\">([^<]+)</td>\\s*<td class=\"number\">([^<]+)</td>\\s*</tr>");
        Assert.Equal(6 * 3, rows.Count);
        Assert.All(rows.Where(r => r.Groups[2].Value == "2025"), r => Assert.Equal(r.Groups[3].Value, r.Groups[4].Value));
        var d = rows.First(r => r.Groups[1].Value == "Segregatie-index D, laag inkomen" && r.Groups[2].Value == "2027");
        Assert.InRange(Number(d.Groups[3].Value), 0.0, 1.0);

        Assert.Contains("<svg viewBox=", html, StringComparison.Ordinal);
        Assert.Contains("id=\"d-tabel\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"wachten\"", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Reguliere woningzoekenden</th>", html, StringComparison.Ordinal);
        Assert.Equal(SimulationView.TopUnits, Regex.Matches(html, "id=\"verschuiving-1\"[\\s\\S]*?</table>").Single().Value.Split("<a href=\"/profiel/BU0344").Length - 1);
        Assert.Contains("Geen huishoudens hoefden te verhuizen door sloop of renovatie.", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScriptOrStyle(), html);
    }

    [Fact]
    public async Task Scenario_with_an_unknown_instrument_names_line_field_and_the_allowed_types()
    {
        const string scenario = "naam: Proef\ngemeente: Utrecht\njaren: 2\nschaal: 0.1\nvarianten:\n  - naam: X\n    instrumenten:\n      - type: onbekend\n";
        var (status, html) = await PostScenario(scenario);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<div role=\"alert\" class=\"notice\" id=\"problemen\">", html, StringComparison.Ordinal);
        Assert.Contains("scenario.yaml:8, veld varianten[0].instrumenten[0].type: onbekend instrument 'onbekend'; toegestaan: " + string.Join(", ", ScenarioReader.InstrumentTypes) + "</li>",
            html, StringComparison.Ordinal);
        Assert.Contains("gemeente: Utrecht\njaren: 2", html, StringComparison.Ordinal);

        var (uploaded, uploadHtml) = await PostScenario(scenario, "mijn-scenario.yaml");
        Assert.Equal(HttpStatusCode.BadRequest, uploaded);
        Assert.Contains("mijn-scenario.yaml:8, veld varianten[0].instrumenten[0].type: onbekend instrument", uploadHtml, StringComparison.Ordinal);

        var (empty, emptyHtml) = await PostScenario("  ");
        Assert.Equal(HttpStatusCode.BadRequest, empty);
        Assert.Contains("Plak een scenario of kies een bestand.", emptyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_problem_names_the_field_by_its_label_and_is_shown_beside_the_input()
    {
        var (status, location, html) = await Post([.. SmallRun(), new("loting", "true"), new("lotingaandeel", "veel")]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(location);
        Assert.Contains("<li>Aandeel verloot (0–100 %): 'veel' is geen getal</li>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"veel\" aria-invalid=\"true\" aria-describedby=\"lotingaandeel-probleem\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-problem\" id=\"lotingaandeel-probleem\">'veel' is geen getal</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("formulier.yaml", html, StringComparison.Ordinal);
        Assert.Single(FieldProblemIds().Matches(html));

        var (legal, _, legalHtml) = await Post([.. SmallRun().Where(f => f.Key is not ("passendminimum" or "jaren")), new("passendminimum", "90"), new("jaren", "20")]);
        Assert.Equal(HttpStatusCode.BadRequest, legal);
        Assert.Contains("<li>Aantal jaren (1–15): 20 ligt buiten de toegestane waarden 1 tot en met 15</li>", legalHtml, StringComparison.Ordinal);
        Assert.Contains("<li>Minimumaandeel (95–100 %): 90 ligt buiten de wettelijke grenzen 95 tot en met 100 (passend toewijzen: minstens 95 % van de huurtoeslaggerechtigden onder de aftoppingsgrens)</li>",
            legalHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_mix_and_areas_are_checked_against_the_gemeente_by_field()
    {
        var fields = SmallRun();
        fields.AddRange([new("sloop", "true"), new("sloopgebieden", "WK034403"), new("sloopaandeel", "50"), new("sloopkoop", "50"), new("sloopmidden", "30"), new("sloopsociaal", "30")]);
        var (status, _, html) = await Post(fields);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("<li>Nieuwbouw koop (%): koop, middenhuur en sociale huur tellen op tot 110 %; samen moeten ze 100 % zijn</li>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"sloopkoop-probleem\"", html, StringComparison.Ordinal);

        var (unknownArea, _, areaHtml) = await Post([.. SmallRun(), new("rotterdamwet", "true"), new("rotterdamwetgebieden", "WK036301")]);
        Assert.Equal(HttpStatusCode.BadRequest, unknownArea);
        Assert.Contains("<li>Wijken voor Rotterdamwet artikel 8: gebied 'WK036301' ligt niet in Utrecht; kies wijken uit de lijst</li>", areaHtml, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-problem\" id=\"rotterdamwetgebieden-probleem\">", areaHtml, StringComparison.Ordinal);

        var (none, _, noneHtml) = await Post([.. SmallRun(), new("rotterdamwet", "true")]);
        Assert.Equal(HttpStatusCode.BadRequest, none);
        Assert.Contains("<li>Wijken voor Rotterdamwet artikel 8: dit instrument werkt alleen in aangewezen wijken; kies er ten minste één</li>", noneHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_above_the_work_limit_is_refused_with_a_smaller_scale_to_choose()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("bron", "formulier"), new("gemeente", "GM0344"), new("jaren", "15"), new("herhalingen", "20"), new("schaal", "100"), new("loting", "true"),
        };
        var (status, location, html) = await Post(fields);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(location);
        var households = (long)Math.Round(UtrechtFigures().Units.Sum(u => u.Households));
        // The 60 burn-in years are simulated like the 15 recorded ones, so they count.
        var work = households * (15 + 60) * 20 * 2;
        Assert.True(work > 200_000_000);
        Assert.Contains($"Deze simulatie is te groot om hier uit te rekenen: {work.ToString("N0", Dutch)} huishoudjaren ({households.ToString("N0", Dutch)} huishoudens × (15 jaar + 60 inloopjaren) × 20 herhalingen × 2 varianten), de grens is 200.000.000.",
            html, StringComparison.Ordinal);
        // 25 % of the households fits the limit at 15 years and 20 replicates: 0.25 × work ≤ 200 million.
        Assert.True(work / 4 <= 200_000_000);
        Assert.Contains("Kies een kleinere schaal, ten hoogste 25,0%", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"resultaat\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_without_anti_forgery_token_is_refused()
    {
        var (status, location, html) = await Post(SmallRun(), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(location);
        Assert.DoesNotContain("Synthetische bevolking", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_the_kept_outcome_is_the_tidy_table_in_csv_xlsx_and_json()
    {
        var (location, _) = await RunSmall();
        var key = location[(location.IndexOf('=', StringComparison.Ordinal) + 1)..];
        using var csvResponse = await _client.GetAsync(new Uri($"/simulatie?handler=export&uitkomst={key}&format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal($"simulatie-GM0344-{key[..8]}.csv", csvResponse.Content.Headers.ContentDisposition?.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition?.FileName);
        var lines = (await csvResponse.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("variant,year,section,level,area_code,area_name,measure,low,median,high,to_code,to_name,synthetic", lines[0]);

        var start = lines.Single(l => l.StartsWith("Basis,2025,composition,gemeente,GM0344,Utrecht,households,", StringComparison.Ordinal)).Split(',');
        var figures = UtrechtFigures();
        // Near the KWB's households after the burn-in (see the test above), scaled back from the 10 % sample.
        Assert.InRange(double.Parse(start[8], CultureInfo.InvariantCulture), figures.Units.Sum(u => u.Households) * 0.95, figures.Units.Sum(u => u.Households) * 1.05);
        Assert.Equal("True", start[12]);
        foreach (var measure in SimulationView.CityMeasures)
        {
            Assert.Contains(lines, l => l.StartsWith($"Strenger,2027,", StringComparison.Ordinal) && l.Contains($",gemeente,GM0344,Utrecht,{measure},", StringComparison.Ordinal));
        }

        Assert.Equal(figures.Units.Count * 3 * 2, lines.Count(l => l.Contains(",composition,buurt,", StringComparison.Ordinal) && l.Contains(",vulnerable_share,", StringComparison.Ordinal)));

        using var xlsx = new MemoryStream(await _client.GetByteArrayAsync(new Uri($"/simulatie?handler=export&uitkomst={key}&format=xlsx", UriKind.Relative)));
        Assert.Equal(lines.Count - 1, xlsx.Query(useHeaderRow: true).Count());
        var json = JsonDocument.Parse(await _client.GetByteArrayAsync(new Uri($"/simulatie?handler=export&uitkomst={key}&format=json", UriKind.Relative)));
        Assert.Equal(lines.Count - 1, json.RootElement.GetArrayLength());

        using var gone = await _client.GetAsync(new Uri("/simulatie?handler=export&uitkomst=0123456789abcdef0123456789abcdef&format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var forgotten = await _client.GetAsync(new Uri("/simulatie?uitkomst=0123456789abcdef0123456789abcdef", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, forgotten.StatusCode);
        Assert.Contains("Deze uitkomst wordt niet meer bewaard", WebUtility.HtmlDecode(await forgotten.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"field-problem\" id=\"([^\"]+)\"")]
    private static partial Regex FieldProblemIds();

    [GeneratedRegex("<(?:input|select|textarea) id=\"([^\"]+)\"")]
    private static partial Regex ControlIds();

    [GeneratedRegex("<script>|<script [^>]*>[^<]|<style|style=\"|onclick=|onerror=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptOrStyle();
}
