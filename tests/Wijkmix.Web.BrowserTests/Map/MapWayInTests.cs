using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wijkmix.Web.BrowserTests.Map;

/// <summary>
/// The map as the way in, in Debian's chromium on the bundled CBS data: an area opens its profile (mouse and keyboard) in the
/// map's year and language; the year slider redraws the map and puts the year in the address; that address, opened in a
/// fresh browser, restores the view. No background map is configured here (no internet): the areas are drawn without it.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed partial class MapWayInTests(BrowserSession session)
{
    private const string Utrecht2021 = "/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2021";

    private static async Task<IPage> MapAsync(BrowserSession session, string path)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page.Locator("#kaart.is-drawn")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Clicking_an_area_opens_its_profile_in_the_maps_year()
    {
        var page = await MapAsync(session, Utrecht2021);
        Assert.Equal(0, await page.Locator(".leaflet-tile").CountAsync());
        Assert.True(await page.Locator(".map-background").CountAsync() == 0, "no background switch without a background map");
        await page.Locator("#kaart path.area[data-code='WK034403']").ClickAsync(new() { Force = true });
        await page.WaitForURLAsync("**/profiel/WK034403?jaar=2021");
        await Expect(page.Locator("h1")).ToContainTextAsync("Wijk 03 Overvecht");
        await Expect(page.Locator("main")).ToContainTextAsync("cijfers van 2021");
    }

    [Fact]
    public async Task An_area_is_a_link_by_keyboard_and_keeps_the_language()
    {
        var page = await MapAsync(session, Utrecht2021 + "&taal=en");
        var area = page.Locator("#kaart path.area[data-code='WK034406']");
        await Expect(area).ToHaveAttributeAsync("tabindex", "0");
        await Expect(area).ToHaveAttributeAsync("role", "link");
        await Expect(area).ToHaveAttributeAsync("aria-label", new Regex(@"^Wijk 06 Binnenstad: 19,400\. Open the profile\.$"));

        // Reach the areas by Tab from the skip link: the first Tab after the map's own controls lands on an area.
        await page.Locator(".map-skip").FocusAsync();
        for (var i = 0; i < 6 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('path.area')"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.matches('path.area')"), "Tab reaches the areas");
        await area.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/profiel/WK034406?jaar=2021&taal=en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task The_slider_redraws_the_map_in_another_year_and_a_copied_address_restores_that_view()
    {
        var page = await MapAsync(session, Utrecht2021);
        var slider = page.Locator("#jaar-schuif");
        await Expect(slider).ToBeVisibleAsync();
        await Expect(page.Locator(".map-year-links")).ToBeHiddenAsync();
        var years = (await slider.GetAttributeAsync("data-years"))!.Split(',');
        var next = years[Array.IndexOf(years, "2021") + 1];
        var before = await Cell(page, "Wijk 03 Overvecht");

        await slider.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#jaar-getoond")).ToHaveTextAsync(next);
        await page.WaitForURLAsync($"**/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar={next}");
        await Expect(page.Locator("#kaart-kop")).ToHaveTextAsync($"Inwoners, {next}");
        await Expect(page.Locator("#kaart-tabel caption")).ToContainTextAsync(next);
        await Expect(page.Locator("#kaart")).ToHaveAttributeAsync("data-geojson", new Regex($"year={next}$"));
        await Expect(page.Locator("#jaar")).ToHaveValueAsync(next);
        await Expect(page.Locator("#kaart path.area")).ToHaveCountAsync(10);
        Assert.NotEqual(before, await Cell(page, "Wijk 03 Overvecht"));
        Assert.Equal(page.Url, new Uri(session.BaseAddress, await page.Locator("#kaart-uitkomst").GetAttributeAsync("data-url")).ToString());
        await Expect(slider).ToBeFocusedAsync();
        await MapAxe.AssertAccessibleAsync(session, page, "kaart-jaarschuif");

        // The copied address in a fresh browser: same gemeente, level, indicator and year; its areas open that year's profiles.
        var shared = await MapAsync(session, page.Url);
        await Expect(shared.Locator("#kaart-kop")).ToHaveTextAsync($"Inwoners, {next}");
        await Expect(shared.Locator("#jaar-schuif")).ToHaveValueAsync(Array.IndexOf(years, next).ToString(CultureInfo.InvariantCulture));
        await Expect(shared.Locator("#niveau")).ToHaveValueAsync("wijk");
        await Expect(shared.Locator("#indicator")).ToHaveValueAsync("inhabitants");
        Assert.Equal(await Cell(page, "Wijk 03 Overvecht"), await Cell(shared, "Wijk 03 Overvecht"));
        await shared.Locator("#kaart path.area[data-code='WK034403']").ClickAsync(new() { Force = true });
        await shared.WaitForURLAsync($"**/profiel/WK034403?jaar={next}");
    }

    [Fact]
    public async Task A_map_opened_with_defaults_writes_its_whole_view_into_the_address()
    {
        var page = await MapAsync(session, "/kaart?gemeente=GM0344");
        Assert.Matches(FullView(), new Uri(page.Url).PathAndQuery);
    }

    [Theory]
    [InlineData("/profiel/WK034403?jaar=2021", "wijkprofiel-trends")]
    [InlineData("/segregatie?gemeente=GM0344&indeling=origin&niveau=wijk&jaar=2024&replicaties=0", "segregatie-grafieken")]
    public async Task Chart_text_reads_between_12_and_16_px_on_screen_and_year_labels_do_not_overlap(string path, string screenshot)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(path);
        var sizes = await page.EvaluateAsync<double[]>(@"() => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
        })");
        Assert.NotEmpty(sizes);
        Assert.InRange(sizes.Min(), 12, 16);
        Assert.InRange(sizes.Max(), 12, 16);
        var overlaps = await page.EvaluateAsync<int>(@"() => [...document.querySelectorAll('svg.chart g.year-axis')].reduce((n, g) => {
            const r = [...g.querySelectorAll('text')].map(t => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
            return n + r.slice(1).filter((b, i) => b.left < r[i].right).length;
        }, 0)");
        Assert.Equal(0, overlaps);
        await MapAxe.AssertAccessibleAsync(session, page, screenshot);
    }

    private static Task<string> Cell(IPage page, string area) =>
        page.Locator("#kaart-tabel tbody tr").Filter(new() { HasText = area }).Locator("td.number").InnerTextAsync();

    [GeneratedRegex(@"^/kaart\?gemeente=GM0344&niveau=(gemeente|wijk|buurt)&indicator=[a-z0-9_]+&jaar=20\d\d$")]
    private static partial Regex FullView();
}
