using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using Wijkmix.Web.Features.Kaart;

namespace Wijkmix.Web.Tests;

/// <summary>An app without demo data whose Kaart has the PDOK BRT-Achtergrondkaart as background map.</summary>
public sealed class BackgroundMapApp : RunningApp
{
    public const string Tiles = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

    protected override bool WithDemo => false;

    protected override IEnumerable<string> Settings => ["--Wijkmix:BackgroundMap:Url", Tiles, "--Wijkmix:BackgroundMap:Attribution", "Kadaster"];
}

/// <summary>The content security policy names the tile host only when a background map is configured.</summary>
public sealed class BackgroundMapPolicyTests(BackgroundMapApp withTiles, EmptyApp plain) : IClassFixture<BackgroundMapApp>, IClassFixture<EmptyApp>
{
    private static async Task<string> PolicyAsync(RunningApp app)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri("/kaart", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.GetValues("Content-Security-Policy").Single();
    }

    [Fact]
    public async Task Img_src_adds_the_tile_host_when_a_background_map_is_configured()
    {
        var policy = await PolicyAsync(withTiles);
        Assert.Contains("img-src 'self' data: https://service.pdok.nl;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Img_src_is_our_own_host_only_without_a_background_map()
    {
        var policy = await PolicyAsync(plain);
        Assert.Contains("img-src 'self' data:;", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("pdok", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("service.pdok.nl/{z}/{x}/{y}.png")]
    [InlineData("ftp://service.pdok.nl/{z}/{x}/{y}.png")]
    [InlineData("https://service.pdok.nl/standaard/EPSG:3857/{z}/{x}.png")]
    public void A_tile_address_without_scheme_or_placeholders_is_refused_naming_the_setting(string url)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [BackgroundMap.UrlSetting] = url }).Build();
        var problem = Assert.Throws<InvalidOperationException>(() => BackgroundMap.From(settings));
        Assert.Contains("Wijkmix:BackgroundMap:Url", problem.Message, StringComparison.Ordinal);
        Assert.Contains(url, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_setting_means_no_background_map()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [BackgroundMap.UrlSetting] = " " }).Build();
        Assert.False(BackgroundMap.From(settings).IsOn);
        Assert.Null(BackgroundMap.From(settings).Origin);
    }
}

/// <summary>The Kaart page as the way in: every area links to its profile in the map's year and language; the view is in the address.</summary>
[Collection(WithDemoData.Name)]
public sealed partial class MapPageTests(RunningApp app)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly HttpClient _client = app.Client();

    private async Task<string> Page(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Table_links_open_each_profile_in_the_maps_year()
    {
        var html = await Page("/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2021");
        Assert.Contains("<a href=\"/profiel/WK034403?jaar=2021\">Wijk 03 Overvecht</a>", html, StringComparison.Ordinal);
        Assert.Equal(10, ProfileLink().Count(html));
        Assert.Contains("data-profile-query=\"?jaar=2021\"", html, StringComparison.Ordinal);
        Assert.Contains("data-url=\"/kaart?gemeente=GM0344&amp;niveau=wijk&amp;indicator=inhabitants&amp;jaar=2021\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_English_the_links_and_the_address_keep_the_language()
    {
        var html = await Page("/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2021&taal=en");
        Assert.Contains("<a href=\"/profiel/WK034403?jaar=2021&amp;taal=en\">Wijk 03 Overvecht</a>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"taal\" value=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("jaar=2021&amp;taal=en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_year_has_a_link_without_script_and_a_stop_on_the_slider()
    {
        var html = await Page("/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2021");
        var years = YearLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("2019", years);
        Assert.Contains("2024", years);
        Assert.Contains($"data-years=\"{string.Join(',', years)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{years.IndexOf("2021")}\"", html, StringComparison.Ordinal);
        // No background map is configured: no tile address, no switch.
        Assert.Contains("data-tiles=\"\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"achtergrond\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/profiel/WK034403?jaar=2021")]
    [InlineData("/segregatie?gemeente=GM0344&indeling=origin&niveau=wijk&jaar=2024&replicaties=0")]
    public async Task Charts_on_the_page_are_drawn_at_natural_width_in_14_px_type(string path)
    {
        var charts = ChartSvg().Matches(await Page(path)).Select(m => XDocument.Parse(m.Value).Root!).ToList();
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            Assert.Equal(chart.Attribute("viewBox")!.Value.Split(' ')[2], chart.Attribute("width")!.Value);
            Assert.Equal("14", chart.Attribute("font-size")!.Value);
            Assert.DoesNotContain(chart.Descendants(), e => e.Attribute("font-size") is not null && e != chart);
        }
    }

    [Fact]
    public async Task Profile_trend_of_inhabitants_draws_Utrecht_in_its_own_panel_above_zero()
    {
        var chart = ChartSvg().Matches(await Page("/profiel/WK034403?jaar=2021")).Select(m => XDocument.Parse(m.Value).Root!)
            .First(c => c.Element(Svg + "title")!.Value.StartsWith("Inwoners", StringComparison.Ordinal));
        var utrecht = chart.Elements(Svg + "g").Single(g => g.Attribute("class")?.Value == "panel" && g.Elements(Svg + "text").First().Value == "Utrecht");
        var zero = utrecht.Descendants(Svg + "line").Max(l => double.Parse(l.Attribute("y1")!.Value, CultureInfo.InvariantCulture));
        var dots = utrecht.Descendants(Svg + "circle").Select(c => double.Parse(c.Attribute("cy")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(dots.Count >= 2);
        Assert.All(dots, cy => Assert.True(zero - cy > 40, $"Utrecht's point at {cy} is near zero ({zero})"));
        Assert.Contains(utrecht.Descendants(Svg + "title"), t => t.Value.StartsWith("Utrecht 2021: 359.370", StringComparison.Ordinal));
    }

    [GeneratedRegex("<a href=\"/profiel/WK0344\\d\\d\\?jaar=2021\">")]
    private static partial Regex ProfileLink();

    [GeneratedRegex("<li><a href=\"/kaart\\?gemeente=GM0344&amp;niveau=wijk&amp;indicator=inhabitants&amp;jaar=(\\d{4})\"")]
    private static partial Regex YearLink();

    [GeneratedRegex("<svg[^>]*class=\"chart\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex ChartSvg();
}
