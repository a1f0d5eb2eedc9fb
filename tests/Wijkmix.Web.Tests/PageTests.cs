using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests;

/// <summary>The pages answer in Dutch by default, with the CBS figures, and with the security headers.</summary>
[Collection(WithDemoData.Name)]
public sealed partial class PageTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<string> Page(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?gemeente=GM0344")]
    [InlineData("/kaart?gemeente=GM0344&niveau=buurt")]
    [InlineData("/profiel/GM0344")]
    [InlineData("/kompas?gemeente=GM0344")]
    [InlineData("/segregatie?gemeente=GM0344&indeling=origin&niveau=wijk")]
    [InlineData("/gegevens")]
    [InlineData("/simulatie?gemeente=GM0344")]
    public async Task Every_page_is_Dutch_with_a_strict_content_security_policy(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScriptOrStyle(), html);
    }

    [Fact]
    public async Task Start_page_finds_a_gemeente_and_shows_its_years()
    {
        var html = await Page("/?zoek=utrecht");
        Assert.Contains("Aantal gebieden met cijfers per jaar in Utrecht", html, StringComparison.Ordinal);
        foreach (var year in new[] { "2019", "2021", "2023", "2024" })
        {
            Assert.Contains($">{year}</th>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Map_page_lists_every_buurt_in_its_table_even_without_boundaries()
    {
        // Amsterdam re-coded its buurten in 2022: the bundled 2019 buurt map has none of the new codes.
        var html = await Page("/kaart?gemeente=GM0363&niveau=buurt&indicator=inhabitants&jaar=2024");
        var rows = Regex.Count(html, "<a href=\"/profiel/BU0363");
        Assert.True(rows > 400, $"{rows} buurten in the table");
        Assert.Contains("De opslag heeft geen grenzen van deze buurten", html, StringComparison.Ordinal);

        // Tilburg kept its buurt codes: its buurten are drawn from the national buurt map.
        var tilburg = await Page("/kaart?gemeente=GM0855&niveau=buurt&indicator=inhabitants&jaar=2024");
        Assert.Contains("data-geojson=\"/api/map/geojson?municipality=GM0855&amp;level=buurt&amp;indicator=inhabitants&amp;year=2024\"", tilburg, StringComparison.Ordinal);
        Assert.DoesNotContain("De opslag heeft geen grenzen van deze buurten", tilburg, StringComparison.Ordinal);

        var wijken = await Page("/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2024");
        Assert.Contains("data-geojson=\"/api/map/geojson?municipality=GM0344&amp;level=wijk&amp;indicator=inhabitants&amp;year=2024\"", wijken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_view_without_figures_says_whether_CBS_suppressed_them_or_the_store_lacks_them()
    {
        // Tilburg's buurten have KWB 2024 population figures but no income figures in the bundled data.
        var map = await Page("/kaart?gemeente=GM0855&niveau=buurt&indicator=income_per_inhabitant");
        Assert.Contains("De opslag bevat", map, StringComparison.Ordinal);
        Assert.Contains("wijkmix download GM0855 --level buurt", map, StringComparison.Ordinal);
        Assert.DoesNotContain("Het CBS publiceert", map, StringComparison.Ordinal);

        var compass = await Page("/kompas?gemeente=GM0855&niveau=buurt&indicator=income_per_inhabitant");
        Assert.Contains("wijkmix download GM0855 --level buurt", compass, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compass_opens_on_an_indicator_with_figures()
    {
        // The first default indicator (low-income households) is empty for Tilburg's buurten; the page opens on one that has figures.
        var html = await Page("/kompas?gemeente=GM0855&niveau=buurt");
        Assert.DoesNotContain("De opslag bevat", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"data\" id=\"kompas\">", html, StringComparison.Ordinal);
        Assert.Contains("Binnenstad West", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_page_shows_the_CBS_population_in_Dutch_notation()
    {
        var html = await Page("/profiel/GM0344?jaar=2024");
        Assert.Contains("374.238", html, StringComparison.Ordinal);
        Assert.Contains("17.942.942*", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Grafiek als tabel", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_needs_the_anti_forgery_token_and_then_speaks_English()
    {
        using var forged = await _client.PostAsync(new Uri("/taal", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["taal"] = "en", ["terug"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var token = await RunningApp.TokenAsync(_client, "/profiel/GM0344");
        using var switched = await _client.PostAsync(new Uri("/taal", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["taal"] = "en", ["terug"] = "/profiel/GM0344?taal=nl", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/profiel/GM0344", switched.Headers.Location?.OriginalString);
        var html = await Page("/profiel/GM0344?jaar=2024");
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("374,238", html, StringComparison.Ordinal);
        Assert.Contains("Inhabitants", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        var token = await RunningApp.TokenAsync(_client, "/");
        using var response = await _client.PostAsync(new Uri("/taal", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["taal"] = "nl", ["terug"] = "https://evil.example/", ["__RequestVerificationToken"] = token }));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_page_and_area_get_a_plain_message_without_internals()
    {
        foreach (var path in new[] { "/bestaat-niet", "/profiel/BU99999999" })
        {
            var html = await Page(path, HttpStatusCode.NotFound);
            Assert.Contains("Niet gevonden", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
            Assert.DoesNotContain(" at Wijkmix", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/kaart?gemeente=GM9876&niveau=wijk")]
    [InlineData("/kompas?gemeente=GM9876")]
    [InlineData("/segregatie?gemeente=GM9876")]
    [InlineData("/kompas")]
    public async Task Unknown_or_missing_gemeente_is_named_on_the_page(string path)
    {
        var html = await Page(path);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.True(html.Contains("Gebied &quot;GM9876&quot; staat niet in de opslag", StringComparison.Ordinal)
            || html.Contains("Kies eerst een gemeente", StringComparison.Ordinal), path);
    }

    [Fact]
    public async Task Compass_page_states_the_rule_behind_each_signal()
    {
        var html = await Page("/kompas?gemeente=GM0363&niveau=wijk&indicator=households_low_income_pct&signalen=true");
        Assert.Contains("class=\"signal achterstand\"", html, StringComparison.Ordinal);
        Assert.Contains("ten minste 5 procentpunt ongunstiger dan de stad", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segregation_page_shows_intervals_decomposition_and_contributions()
    {
        var html = await Page("/segregatie?gemeente=GM0344&indeling=origin&niveau=wijk&jaar=2024&replicaties=200");
        Assert.Contains("95%-betrouwbaarheidsinterval", html.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("&#xA0;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("id=\"ontleding\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"bijdragenkaart\"", html, StringComparison.Ordinal);
        Assert.Contains("Tussen gemeenten", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<script>|<script [^>]*>[^<]|<style|style=\"|onclick=|onerror=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScriptOrStyle();
}
