using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// The level below the buurt: a corporation uploads its complexes in two Overvecht buurten (dwellings, households,
/// lettings 2022–2024), the coordinator sets the flag rule, and the Complexen page shows the complex with the planted
/// concentration flagged on the map and in the table while the small complex stays hidden, then the same complex
/// flagged on the schatkaart's Complexen layer and in the workspace's wijkkompas (axe clean on all three); a file with a complex
/// outside the wijk is refused naming row and column, and nothing is stored.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class ComplexJourneyTests(BrowserSession session)
{
    private const string BuurtA = "BU03440311";
    private const string BuurtB = "BU03440312";

    /// <summary>(code, buurt, name, dwellings, one-person/without/with children, lettings per year, regular lettings per year, vulnerable split).</summary>
    private static readonly (string Code, string Buurt, string Name, int Dwellings, int[] Types, int Lettings, int Regular, int[] Vulnerable)[] Complexes =
    [
        ("ZAM", BuurtA, "Flat Zambesidreef", 120, [90, 15, 15], 45, 15, [12, 11, 3, 4]),
        ("TIG", BuurtA, "Portieken Tigrisdreef", 150, [75, 35, 30], 30, 25, [2, 1, 1, 1]),
        ("EUF", BuurtA, "Eufraatlaan", 200, [100, 45, 45], 30, 26, [2, 1, 1, 0]),
        ("KLN", BuurtA, "Hofje Klein", 8, [3, 2, 2], 2, 1, [1, 0, 0, 0]),
        ("NIJ", BuurtB, "Nijlstraat", 180, [60, 12, 12], 30, 24, [3, 1, 1, 1]),
    ];

    /// <summary>The three complex files, written from <see cref="Complexes"/>: every split adds up to its total.</summary>
    private static (string Dwellings, string Households, string Lettings) Files()
    {
        var inv = CultureInfo.InvariantCulture;
        var dwellings = new StringBuilder("complex_code;buurt_code;complex_naam;breedtegraad;lengtegraad;woningen;sociale_huur;middenhuur;vrije_sector_huur;koop;huur_tot_aftoppingsgrens;huur_tot_liberalisatiegrens;huur_boven_liberalisatiegrens;geen_huur\r\n");
        var households = new StringBuilder("complex_code;buurt_code;huishoudens;eenpersoons;zonder_kinderen;met_kinderen;inkomen_laag;inkomen_midden;inkomen_hoog;hoofdbewoner_tot_25;hoofdbewoner_25_44;hoofdbewoner_45_64;hoofdbewoner_65_plus\r\n");
        var lettings = new StringBuilder("complex_code;jaar;buurt_code;verhuringen;regulier;urgent;statushouder;uitstroom;overige_bemiddeling;inkomen_laag;inkomen_midden;inkomen_hoog\r\n");
        for (var i = 0; i < Complexes.Length; i++)
        {
            var c = Complexes[i];
            var (lat, lon) = (52.1110 + (0.002 * i), 5.1080 + (0.003 * i));
            dwellings.Append(inv, $"{c.Code};{c.Buurt};{c.Name};{lat:0.0000};{lon:0.0000};{c.Dwellings};{c.Dwellings};0;0;0;{c.Dwellings};0;0;0\r\n");
            var h = c.Types.Sum();
            households.Append(inv, $"{c.Code};{c.Buurt};{h};{c.Types[0]};{c.Types[1]};{c.Types[2]};{h};0;0;0;{h};0;0\r\n");
            for (var year = 2022; year <= 2024; year++)
            {
                lettings.Append(inv, $"{c.Code};{year};{c.Buurt};{c.Lettings};{c.Regular};{c.Vulnerable[0]};{c.Vulnerable[1]};{c.Vulnerable[2]};{c.Vulnerable[3]};{c.Lettings};0;0\r\n");
            }
        }

        return (dwellings.ToString(), households.ToString(), lettings.ToString());
    }

    [Fact]
    public async Task Corporation_uploads_complexes_coordinator_sets_the_flag_rule_and_the_flagged_complex_shows_while_the_small_one_stays_hidden()
    {
        var coordinator = await session.NewPageAsync();
        var folder = Directory.CreateTempSubdirectory("wijkmix-complexen-").FullName;
        await RegisterAsync(coordinator, "Carla Coördinator", NewEmail("coordinator"));
        var id = await CreateWorkspaceAsync(coordinator, "Overvecht onder de buurt", "Gemeente Utrecht");
        var partnerEmail = NewEmail("partner");
        var link = await InviteAsync(coordinator, id, partnerEmail, "Woningcorporatie Mitros", "Partner");
        var partner = await session.NewPageAsync();
        await RegisterAsync(partner, "Piet Partner", partnerEmail);
        await AcceptAsync(partner, link, id);

        // 1. The partner uploads the three complex files.
        var (dwellings, households, lettings) = Files();
        await partner.GotoAsync($"/werkruimte/{id}/partnerdata");
        foreach (var (template, name, text) in new[] { ("complexen-woningen", "woningen.csv", dwellings), ("complexen-huishoudens", "huishoudens.csv", households), ("complexen-verhuringen", "verhuringen.csv", lettings) })
        {
            var path = Path.Combine(folder, name);
            await File.WriteAllTextAsync(path, text, new UTF8Encoding(false));
            await partner.GetByLabel("Sjabloon", new() { Exact = true }).SelectOptionAsync(template);
            await partner.GetByLabel("Bestand").SetInputFilesAsync(path);
            await partner.GetByRole(AriaRole.Button, new() { Name = "Aanleveren namens Woningcorporatie Mitros" }).ClickAsync();
            await Expect(partner.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
            await Expect(partner.Locator("table.partner").Filter(new() { HasText = name }).First).ToBeVisibleAsync();
        }

        // 2. A complex in a buurt outside Overvecht (Welgelegen, BU03440111) is refused with row and column; nothing is stored.
        var tablesBefore = await partner.Locator("table.partner").CountAsync();
        var outside = Path.Combine(folder, "buiten.csv");
        await File.WriteAllTextAsync(outside, households.Split("\r\n")[0] + "\r\nWEL;BU03440111;20;10;5;5;20;0;0;0;20;0;0\r\n", new UTF8Encoding(false));
        await partner.GetByLabel("Sjabloon", new() { Exact = true }).SelectOptionAsync("complexen-huishoudens");
        await partner.GetByLabel("Bestand").SetInputFilesAsync(outside);
        var refused = await partner.RunAndWaitForResponseAsync(
            () => partner.GetByRole(AriaRole.Button, new() { Name = "Aanleveren namens Woningcorporatie Mitros" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        await Expect(partner.Locator("#problemen")).ToContainTextAsync("buiten.csv, regel 2, kolom \"buurt_code\": buurt BU03440111 ligt niet in het gebied van deze werkruimte");
        await Expect(partner.Locator("table.partner")).ToHaveCountAsync(tablesBefore);

        // 3. The coordinator sets the flag rule: more than 50 % in 3 years and more than 1,5 times the buurt.
        await coordinator.GotoAsync($"/werkruimte/{id}/complexen");
        await coordinator.GetByLabel("Meer dan … % kwetsbare verhuringen").FillAsync("50");
        await coordinator.GetByLabel("In de laatste … jaar").FillAsync("3");
        await coordinator.GetByLabel("En meer dan … keer het aandeel in de buurt").FillAsync("1,5");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Signaalregel opslaan" }).ClickAsync();
        await Expect(coordinator.Locator("#regel")).ToContainTextAsync("meer dan 50 % van de verhuringen in de laatste 3 jaar", new() { Timeout = 30_000 });
        await Expect(coordinator.Locator("#regel")).ToContainTextAsync("meer dan 1,5 keer het aandeel in de buurt");

        // 4. The table: ZAM flagged first, 30 of 45 vulnerable lettings a year → 90 of 135 (66,7 %); all the partner's
        //    complexes in its buurt 90+15+12+3 of 135+90+90+6 = 37,4 %, shown rounded to 37 %. The small complex KLN is nowhere on the page.
        var rows = coordinator.Locator("#complexen tbody tr");
        var first = rows.First;
        await Expect(first.Locator("th")).ToContainTextAsync("Flat Zambesidreef");
        await Expect(first.Locator("td").Nth(3)).ToHaveTextAsync("90 van 135");
        await Expect(first.Locator("td").Nth(4)).ToHaveTextAsync("66,7 %");
        await Expect(first.Locator("td").Nth(5)).ToHaveTextAsync("37,0 %");
        await Expect(first.Locator("td").Nth(6)).ToContainTextAsync("Gemarkeerd");
        await Expect(coordinator.Locator("#complexen tbody tr.flagged")).ToHaveCountAsync(1);
        await Expect(coordinator.Locator("#complexen caption")).ToContainTextAsync("1 afgeschermd");
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("Hofje Klein");

        // The map: one dot per shown complex with a location, the flagged one marked.
        await Expect(coordinator.Locator("svg.schatkaart-map .point")).ToHaveCountAsync(4);
        await Expect(coordinator.Locator("svg.schatkaart-map .point.flagged")).ToHaveCountAsync(1);

        // The ladder: between wijken + between buurten + between complexes = the total.
        await Expect(coordinator.Locator("#ladder-huishoudtype tbody th")).ToHaveTextAsync(["tussen wijken", "tussen buurten binnen wijken", "tussen complexen binnen buurten"]);
        var shares = (await coordinator.Locator("#ladder-huishoudtype tbody td:nth-child(3)").AllTextContentsAsync())
            .Select(t => double.Parse(t.Replace(" %", string.Empty, StringComparison.Ordinal), CultureInfo.GetCultureInfo("nl-NL"))).ToList();
        Assert.Equal(100, shares.Sum(), 0.15);
        await Expect(coordinator.Locator("#bijdragen tbody tr").First.Locator("th")).ToHaveTextAsync("Flat Zambesidreef");
        await Expect(coordinator.Locator("#bijdragen tbody tr").First.Locator("td").Nth(1)).ToContainTextAsync("eenpersoons: 75,0 %");
        await ScrollableScreenshotAsync(session, coordinator, "werkruimte-complexen");
        await AssertAccessibleAsync(coordinator);

        // 5. The workspace's wijk map: the "Complexen" layer beside the initiatives, squares numbered as on the
        //    Complexen page, the flagged one marked; the small complex is not on it.
        await coordinator.GotoAsync($"/werkruimte/{id}/schatkaart");
        await Expect(coordinator.Locator("svg.schatkaart-map .point.complex")).ToHaveCountAsync(4);
        await Expect(coordinator.Locator("svg.schatkaart-map .point.complex.flagged")).ToHaveCountAsync(1);
        await Expect(coordinator.Locator("svg.schatkaart-map .point.complex.flagged")).ToHaveAttributeAsync("data-nummer", "C1");
        await Expect(coordinator.Locator("#kaart-complexen tbody tr.flagged th")).ToHaveTextAsync("Flat Zambesidreef");
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("Hofje Klein");
        await coordinator.GetByLabel("Laag").SelectOptionAsync("initiatieven");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(coordinator.Locator("svg.schatkaart-map .point.complex")).ToHaveCountAsync(0);
        await coordinator.GetByLabel("Laag").SelectOptionAsync(string.Empty);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(coordinator.Locator("svg.schatkaart-map .point.complex.flagged")).ToHaveCountAsync(1);
        await ScrollableScreenshotAsync(session, coordinator, "werkruimte-schatkaart-complexen");
        await AssertAccessibleAsync(coordinator);

        // 6. The wijkkompas one level below the buurt: the flagged complex against its buurt (37 %) and the workspace.
        //    First the buurt level: Overvecht's ten buurten against Utrecht, as in the public wijkkompas.
        await coordinator.GotoAsync($"/werkruimte/{id}/kompas");
        await Expect(coordinator.Locator("#kompas-buurten tbody tr")).ToHaveCountAsync(10);
        await AssertAccessibleAsync(coordinator);
        await coordinator.GetByLabel("Niveau").SelectOptionAsync("complex");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        var flagged = coordinator.Locator("#kompas-complexen tbody tr.flagged");
        await Expect(flagged).ToHaveCountAsync(1);
        await Expect(flagged.Locator("th")).ToHaveTextAsync("Flat Zambesidreef");
        await Expect(flagged.Locator("td").Nth(2)).ToHaveTextAsync("37,0 %");
        await Expect(coordinator.Locator("main")).Not.ToContainTextAsync("Hofje Klein");
        await AssertAccessibleAsync(coordinator);
    }

    /// <summary>axe finds no WCAG 2.2 A/AA violation on the page.</summary>
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        Assert.True(result.Passes.Length > 10, "axe ran its checks");
    }
}
