using System.Net;
using System.Text.Json;

namespace Wijkmix.Web.Tests;

/// <summary>The factsheet page (<c>/factsheet?gebied=…&amp;jaar=…</c>): the KWB figures of the area beside its gemeente, the signals with their rule, the source and the day; a Dutch problem for an unknown area.</summary>
[Collection(WithDemoData.Name)]
public sealed class FactsheetPageTests(RunningApp app)
{
    [Fact]
    public async Task Factsheet_of_Zuilen_Noord_2023_shows_the_KWB_figures_beside_Utrecht_its_signals_and_the_source()
    {
        var html = await PageAsync("/factsheet?gebied=BU03440244&jaar=2023");

        Assert.Contains("Zuilen-Noord in cijfers", html, StringComparison.Ordinal);
        // KWB 2023: Zuilen-Noord 3,775 inhabitants and 1,698 dwellings, Utrecht 367,947 inhabitants.
        Assert.Contains("3.775", html, StringComparison.Ordinal);
        Assert.Contains("1.698", html, StringComparison.Ordinal);
        Assert.Contains("367.947", html, StringComparison.Ordinal);
        // Social assistance 34.4 per 1,000 against Utrecht's 28.3: 6.1 higher, at least 20 % of the city's figure, so behind.
        var signals = html[html.IndexOf("id=\"signalen\"", StringComparison.Ordinal)..];
        Assert.Contains("Bijstand per 1.000 inwoners</strong>: 34,4*, kloof met de stad +6,1", signals, StringComparison.Ordinal);
        Assert.Contains("achterstand", signals, StringComparison.Ordinal);
        Assert.Contains("ten minste 20%", signals, StringComparison.Ordinal);
        Assert.Contains("Bron: CBS, Kerncijfers wijken en buurten (KWB) 2023", html, StringComparison.Ordinal);
        Assert.Matches(@"Gemaakt met Wijkmix op \d{1,2} [a-z]+ 20\d\d\.", html);
    }

    [Fact]
    public async Task Factsheet_speaks_English_on_request()
    {
        var html = await PageAsync("/factsheet?gebied=BU03440244&jaar=2023&taal=en");

        Assert.Contains("Zuilen-Noord in figures", html, StringComparison.Ordinal);
        Assert.Contains("Source: CBS, Key figures for districts and neighbourhoods (KWB) 2023", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/factsheet?gebied=BU99999999", "Gebied \"BU99999999\" staat niet in de opslag")]
    [InlineData("/factsheet?gebied=onzin&jaar=2023&format=pdf", "Gebied \"onzin\" staat niet in de opslag")]
    [InlineData("/factsheet", "Kies een gebied: geef de CBS-code van een gemeente, wijk of buurt mee")]
    public async Task Unknown_or_missing_area_is_a_Dutch_problem_with_status_400_and_never_printed(string path, string message)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_figures_is_named_and_the_latest_year_shown()
    {
        var html = await PageAsync("/factsheet?gebied=BU03440244&jaar=1990");

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("1990", html, StringComparison.Ordinal);
        Assert.Contains("Bron: CBS, Kerncijfers wijken en buurten (KWB) 2024", html, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string path)
    {
        using var client = app.Client();
        return WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
    }
}

/// <summary>The application on a machine without Chromium (the setting names a program that does not exist).</summary>
public sealed class WithoutChromiumApp : RunningApp
{
    protected override IEnumerable<string> Settings => ["--Wijkmix:Chromium", "/geen/chromium"];
}

/// <summary>Without Chromium the factsheet offers no PDF, and asking for one gives 503 with a Dutch problem document.</summary>
public sealed class FactsheetWithoutChromiumTests(WithoutChromiumApp app) : IClassFixture<WithoutChromiumApp>
{
    [Fact]
    public async Task No_pdf_link_and_format_pdf_is_503_with_a_Dutch_problem()
    {
        using var client = app.Client();
        var html = await client.GetStringAsync(new Uri("/factsheet?gebied=GM0344", UriKind.Relative));
        Assert.Contains("Utrecht in cijfers", html, StringComparison.Ordinal);
        Assert.DoesNotContain("format=pdf", html, StringComparison.Ordinal);

        using var response = await client.GetAsync(new Uri("/factsheet?gebied=GM0344&format=pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("PDF niet gemaakt", problem.RootElement.GetProperty("title").GetString());
        Assert.StartsWith("Deze installatie kan geen PDF maken: Chromium is niet gevonden", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
