using System.Net;
using System.Text.Json;
using Wijkmix.Monitor.Catalogue;

namespace Wijkmix.Web.Tests;

/// <summary>
/// Every stored variable reachable (decision 0023): the profile and the kompas offer any catalogue variable by CBS theme with
/// its CBS definition, the choice lives in the URL (variabele=), the API takes any catalogue variable as an indicator, and the
/// profile shows the bundled Leefbaarometer scores of Amstelveen's wijken.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed class VariablePageTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<string> Page(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Profile_offers_every_stored_variable_by_cbs_theme()
    {
        var html = await Page("/profiel/WK034401");
        Assert.Contains("<select id=\"variabele\" name=\"variabele\">", html, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Nabijheid voorzieningen\">", html, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Zorg\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"distance_supermarket_km\">Afstand tot grote supermarkt</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<optgroup label=\"Leefbaarometer 3.0 (BZK)\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_shows_the_chosen_variable_with_its_cbs_definition_value_and_gemeente()
    {
        var html = await Page("/profiel/WK034401?variabele=distance_supermarket_km");
        Assert.Contains("<option value=\"distance_supermarket_km\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<p>De gemiddelde afstand van alle inwoners in een gebied tot de dichtstbijzijnde grote supermarkt, berekend over de weg.</p>", html, StringComparison.Ordinal);
        Assert.Contains("CBS-tabel 85984NED, kolom AfstandTotGroteSupermarkt_118", html, StringComparison.Ordinal);
        // Nabijheid voorzieningen 2023 (StatLine CSV): Wijk 01 West 0,6 km; the gemeente's own 2023 cell is suppressed.
        Assert.Contains("Wijk 01 West in 2023: 0,6.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_in_english_names_the_theme_unit_and_source_in_english()
    {
        var html = await Page("/profiel/WK036201?variabele=lbm_onv&taal=en");
        Assert.Contains("<h3 id=\"variabele-naam\">Nuisance and insecurity (deviation)</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<dd>number</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Leefbaarometer 3.0 (BZK)\">", html, StringComparison.Ordinal);
        Assert.Contains("Randwijck in 2022: 0.0541.", html, StringComparison.Ordinal);
        Assert.Contains("Perception beside registration", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_draws_the_trend_of_a_variable_with_years()
    {
        var html = await Page("/profiel/GM0344?variabele=distance_gp_km");
        Assert.Contains("id=\"variabele-tabel\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"trend-0-titel\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2012</th><td class=\"number\">0,6</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_refuses_an_unknown_variable_with_a_message_and_keeps_the_page()
    {
        var html = await Page("/profiel/GM0344?variabele=bogus");
        Assert.Contains("De variabele &quot;bogus&quot; is er niet voor Utrecht; kies een variabele uit de lijst.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"factsheet\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_of_an_Amstelveen_wijk_shows_the_Leefbaarometer_scores_beside_the_kwb_figures()
    {
        var html = await Page("/profiel/WK036201");
        Assert.Contains("id=\"factsheet\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"leefbaarometer-tabel\"", html, StringComparison.Ordinal);
        // data/leefbaarometer: Randwijck lbm 4.270599… (2014) and 4.328186… (2022), onv 0.044195… (2014).
        Assert.Contains("<td class=\"number\">4,2706</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">4,3282</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">0,0442</td>", html, StringComparison.Ordinal);
        Assert.Contains("De opslag heeft voor Randwijck geen registratie naast een dimensie van de Leefbaarometer.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kompas_shows_any_stored_variable_of_the_wijken_with_its_definition()
    {
        var html = await Page("/kompas?gemeente=GM0362&niveau=wijk&variabele=lbm_score");
        Assert.Contains("<optgroup label=\"Leefbaarometer 3.0 (BZK)\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"lbm_score\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"variabele-definitie\"", html, StringComparison.Ordinal);
        Assert.Contains(">Randwijck</a></th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">4,3282</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kompas_names_an_unknown_variable_and_shows_the_first_indicator()
    {
        var html = await Page("/kompas?gemeente=GM0344&variabele=bogus");
        Assert.Contains("De variabele &quot;bogus&quot; is er niet voor de wijken van Utrecht", html, StringComparison.Ordinal);
        Assert.Contains("id=\"kompas\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_takes_any_catalogue_variable_as_indicator_and_still_refuses_unknown_ones()
    {
        using var map = await _client.GetAsync(new Uri("/api/map?area=GM0363&level=wijk&indicator=ses_woa_score&year=2019", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
        var body = JsonDocument.Parse(await map.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ses_woa_score", body.GetProperty("indicator").GetString());
        var burgwallen = body.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "WK036300");
        Assert.Equal(-0.022, burgwallen.GetProperty("value").GetProperty("value").GetDouble());

        using var compass = await _client.GetAsync(new Uri("/api/compass/GM0362?level=wijk&indicators=lbm_score", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, compass.StatusCode);

        using var bogus = await _client.GetAsync(new Uri("/api/compass/GM0344?indicators=lbm_score,bogus", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        var problem = JsonDocument.Parse(await bogus.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(StoreCatalogue.IndicatorIds.Count, problem.GetProperty("allowed").GetArrayLength());
    }
}
