using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wijkmix.Web.BrowserTests;

/// <summary>Every page passes axe with zero WCAG 2.2 A/AA violations; a screenshot of each is kept.</summary>
[Collection(WithBrowser.Name)]
public sealed class AccessibilityTests(BrowserSession session)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "start", "/?gemeente=GM0344" },
        { "kaart", "/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2024" },
        { "kaart-gemeenten", "/kaart?niveau=gemeente&indicator=inhabitants&jaar=2024" },
        { "kaart-buurten", "/kaart?gemeente=GM0855&niveau=buurt&indicator=age_65_plus_share&jaar=2024" },
        { "wijkprofiel", "/profiel/WK036376?jaar=2021" },
        { "wijkkompas", "/kompas?gemeente=GM0363&niveau=wijk&indicator=households_low_income_pct" },
        { "wijkprofiel-variabele", "/profiel/WK034401?variabele=distance_supermarket_km" },
        { "wijkprofiel-leefbaarometer", "/profiel/WK036201?variabele=lbm_onv" },
        { "wijkkompas-variabele", "/kompas?gemeente=GM0362&niveau=wijk&variabele=lbm_score" },
        { "segregatie", "/segregatie?gemeente=GM0344&indeling=origin&niveau=wijk&jaar=2024&replicaties=200" },
        { "vergelijken", "/vergelijk?gebieden=GM0344,WK034403,BU03440244,GM0363" },
        { "segregatie-verandering", "/segregatie?gemeente=GM0344&indeling=migration&niveau=buurt&jaar=2021&vergelijk=2019&replicaties=0" },
        { "gegevens", "/gegevens?gemeente=GM0344" },
        { "niet-gevonden", "/profiel/BU99999999" },
        { "start-en", "/?gemeente=GM0344&taal=en" },
        { "simulatie", "/simulatie?gemeente=GM0344" },
        { "simulatie-zoeken", "/simulatie?zoek=Utrecht" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_WCAG_2_2_A_or_AA_violations(string name, string path)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(path);
        if (await page.Locator(".map[data-geojson]").CountAsync() > 0)
        {
            await page.Locator(".map.is-drawn").First.WaitForAsync();
        }

        await AssertAccessible(page, name, path);
    }

    [Fact]
    public async Task Simulation_result_has_no_WCAG_2_2_A_or_AA_violations()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/simulatie?gemeente=GM0344");
        await page.Locator("#jaren").FillAsync("2");
        await page.Locator("#herhalingen").SelectOptionAsync("5");
        await page.Locator("#passend").CheckAsync();
        await page.Locator("#sloop").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Wijken voor Sloop en nieuwbouw" }).GetByLabel("Wijk 03 Overvecht").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuleer", Exact = true }).ClickAsync();
        await page.Locator("#resultaat").WaitForAsync(new() { Timeout = 180_000 });
        await page.Locator("#resultaat details summary").First.ClickAsync();
        await AssertAccessible(page, "simulatie-uitkomst", page.Url);
    }

    [Fact]
    public async Task Simulation_progress_moves_by_script_has_no_WCAG_2_2_A_or_AA_violations_and_can_be_cancelled()
    {
        // A long run (all households, 60 burn-in and 15 recorded years, 20 replicates of baseline and variant: minutes)
        // whose progress page is checked and then cancelled before it ends.
        var page = await session.NewPageAsync();
        await page.GotoAsync("/simulatie?gemeente=GM0344");
        await page.Locator("#jaren").FillAsync("15");
        await page.Locator("#herhalingen").SelectOptionAsync("20");
        await page.Locator("#schaal").SelectOptionAsync("100");
        await page.Locator("#loting").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuleer", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/simulatie\\?run=[0-9a-f]{32}$"));

        // The script (no reload) moves the bar as replicate-years are done, burn-in years included (2 × 20 × 75).
        var url = page.Url;
        await page.WaitForFunctionAsync("() => document.getElementById('voortgang-balk').value > 0", null, new() { Timeout = 120_000 });
        Assert.Equal(url, page.Url);
        Assert.Equal("3000", await page.Locator("#voortgang-balk").GetAttributeAsync("max"));
        await Expect(page.Locator("#voortgang-tekst")).ToContainTextAsync("van 3.000 replicaatjaren gesimuleerd, inloop inbegrepen");
        await AssertAccessible(page, "simulatie-voortgang", page.Url);

        await page.GetByRole(AriaRole.Button, new() { Name = "Annuleer de simulatie" }).ClickAsync();
        await Expect(page.Locator("#geannuleerd")).ToHaveTextAsync("De simulatie is geannuleerd; er is niets bewaard.", new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task Gegevens_as_administrator_with_the_fetch_form_has_no_WCAG_2_2_A_or_AA_violations()
    {
        var page = await session.NewPageAsync();
        var email = WorkspaceSteps.NewEmail("beheerder");
        await WorkspaceSteps.RegisterAsync(page, "Bea Beheerder", email);
        await session.MakeAdministratorAsync(email);
        await page.GotoAsync("/gegevens?gemeente=GM0344");
        Assert.Equal(1, await page.Locator("#ophaalformulier").CountAsync());
        await AssertAccessible(page, "gegevens-beheerder", page.Url);
    }

    private async Task AssertAccessible(IPage page, string name, string path)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(session.Screenshots, name + ".png") });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(problems.Count == 0, $"{path}:\n" + string.Join('\n', problems));
        Assert.True(result.Passes.Length > 10, "axe ran its checks");
    }
}
