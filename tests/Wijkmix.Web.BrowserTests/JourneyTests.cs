using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wijkmix.Web.BrowserTests;

/// <summary>An analyst's path through the application in a real browser, on the bundled CBS data.</summary>
[Collection(WithBrowser.Name)]
public sealed class JourneyTests(BrowserSession session)
{
    [Fact]
    public async Task Analyst_finds_Utrecht_maps_it_opens_a_profile_switches_language_runs_segregation_downloads_and_uploads()
    {
        var page = await session.NewPageAsync();

        // Start: find Utrecht by name and see its years.
        await page.GotoAsync("/");
        await page.GetByLabel("Zoek een gemeente, wijk of buurt op naam").FillAsync("Utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek", Exact = true }).ClickAsync();
        await Expect(page.Locator("caption")).ToContainTextAsync("Aantal gebieden met cijfers per jaar in Utrecht");

        // Kaart: opens on Utrecht's buurten, drawn from the bundled national buurt map (2019), every buurt also in the table.
        await page.Locator("ul.actions").GetByRole(AriaRole.Link, new() { Name = "Kaart" }).ClickAsync();
        await Expect(page.Locator("#kaart.is-drawn")).ToBeVisibleAsync();
        Assert.True(await page.Locator("table.data tbody tr").CountAsync() > 90);
        Assert.Equal(await page.Locator("table.data tbody tr").CountAsync(), await page.Locator("#kaart path.area").CountAsync());

        // Its ten wijken.
        await page.GetByLabel("Niveau", new() { Exact = true }).SelectOptionAsync("wijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Expect(page.Locator("#kaart.is-drawn")).ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator("#kaart path.area").CountAsync());
        Assert.Equal(10, await page.Locator("table.data tbody tr").CountAsync());

        // Click an area on the map: its profile opens.
        await page.GetByLabel("Niveau", new() { Exact = true }).SelectOptionAsync("wijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await Expect(page.Locator("#kaart.is-drawn")).ToBeVisibleAsync();
        await page.Locator("#kaart path.area").First.ClickAsync(new() { Force = true });
        await page.WaitForURLAsync("**/profiel/WK0344*");
        await Expect(page.Locator("#factsheet")).ToContainTextAsync("Inwoners");

        // English.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#factsheet")).ToContainTextAsync("Inhabitants");

        // Segregation of Utrecht's wijken by origin in 2024, with its contribution map.
        await page.GotoAsync("/segregatie?gemeente=GM0344");
        await page.GetByLabel("Grouping", new() { Exact = true }).SelectOptionAsync("origin");
        await page.GetByLabel("Level", new() { Exact = true }).SelectOptionAsync("wijk");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        await page.GetByLabel("Year", new() { Exact = true }).SelectOptionAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        await Expect(page.Locator("#indices caption")).ToHaveTextAsync("Segregation indices for all groups together");
        await Expect(page.Locator("#bijdragenkaart.is-drawn")).ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator("#bijdragenkaart path.area").CountAsync());

        // Download the view and check what is in the file.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.Equal("segregatie-GM0344-origin-2024.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("year,scope,index,group,value,lower,upper", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("2024,group_vs_rest,D,outside_europe,", csv, StringComparison.Ordinal);

        // Upload (an administrator's right) a malformed file: the report names the file, the line and the field, and nothing is stored.
        var email = WorkspaceSteps.NewEmail("beheerder");
        await WorkspaceSteps.RegisterAsync(page, "Bea Beheerder", email, english: true);
        await session.MakeAdministratorAsync(email);
        await page.GotoAsync("/gegevens");
        var bad = "gwb_code;regio;gm_naam;recs;jaar;a_inw\nGM9992;Tweede;Tweede;Gemeente;2024;800\nWK999201;Wijk A;Tweede;Wijk;2024;veel\n";
        await page.Locator("#bestanden").SetInputFilesAsync(new FilePayload { Name = "fout.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(bad) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and store" }).ClickAsync();
        var report = page.Locator("#validatie");
        await Expect(report).ToContainTextAsync("Nothing was stored.");
        await Expect(report.Locator("tbody tr").First).ToContainTextAsync("fout.csv");
        await Expect(report.Locator("tbody tr td").Nth(1)).ToHaveTextAsync("3");
        await Expect(report.Locator("tbody tr td").Nth(2)).ToHaveTextAsync("a_inw");
    }

    [Fact]
    public async Task Analyst_simulates_demolition_in_Overvecht_for_Utrecht_reads_the_summary_and_downloads_the_outcome()
    {
        var page = await session.NewPageAsync();

        // Find the gemeente from the simulation page itself.
        await page.GotoAsync("/simulatie");
        await page.GetByLabel("Zoek een gemeente op naam").FillAsync("Utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Simulatie: Utrecht");

        // A small run: 10 % of the households, two years, one replicate, demolition and new build in Overvecht.
        await page.GetByLabel("Aantal jaren (1–15)").FillAsync("2");
        await page.Locator("#herhalingen").SelectOptionAsync("1");
        await Expect(page.GetByLabel("Schaal")).ToHaveValueAsync("10");
        await page.GetByLabel("Naam van de variant").FillAsync("Herstructurering");
        await page.GetByLabel("Sloop en nieuwbouw toepassen").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Wijken voor Sloop en nieuwbouw" }).GetByLabel("Wijk 03 Overvecht").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuleer", Exact = true }).ClickAsync();

        // The run is queued; its progress page (polling with the page's script) opens the kept result when it is done.
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/simulatie\\?uitkomst=[0-9a-f]{32}$"), new() { Timeout = 180_000 });

        // The result: the synthetic population first, then a summary per variant and the households that had to move.
        await Expect(page.Locator("#opmerkingen li").First).ToContainTextAsync("Synthetische bevolking");
        await Expect(page.Locator("#samenvatting-0")).ToContainTextAsync("Basis: de segregatie-index D");
        await Expect(page.Locator("h4").Nth(1)).ToHaveTextAsync("Herstructurering");
        await Expect(page.Locator("#samenvatting-1")).ToContainTextAsync("D (laag inkomen) in 2027");
        await Expect(page.Locator("#samenvatting-1")).ToContainTextAsync("moesten verhuizen door sloop of renovatie");
        Assert.True(await page.Locator("#verhuizingen-1 tbody tr").CountAsync() > 0);

        // The form keeps the choices, and the scenario box holds the scenario the form wrote.
        await Expect(page.GetByLabel("Sloop en nieuwbouw toepassen")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Scenario (YAML of JSON)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("type: sloop_nieuwbouw"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.StartsWith("simulatie-GM0344-", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("variant,year,section,level,area_code,area_name,measure,low,median,high,to_code,to_name,synthetic", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Herstructurering,2027,flows,buurt,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_content_the_menu_and_every_form_control()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("/segregatie?gemeente=GM0344&indeling=origin&niveau=wijk&jaar=2024");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("document.activeElement.id"));

        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("(e => e.id || e.tagName + ':' + (e.textContent || '').trim())(document.activeElement)"));
        }

        foreach (var control in new[] { "indeling", "niveau", "jaar", "vergelijk", "replicaties", "BUTTON:Bereken" })
        {
            Assert.Contains(control, reached);
        }

        // Choose another grouping and submit with the keyboard only.
        await page.FocusAsync("#indeling");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.FocusAsync("#segregatie-keuze button");
        var before = page.Url;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != before);
        Assert.Contains("indeling=", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("indeling=origin", page.Url, StringComparison.Ordinal);
    }
}
