using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// The factsheet and the workspace report as PDF, printed by the server with Debian's chromium (<c>format=pdf</c>) and
/// read back with PdfPig: the first page is full and holds the figures CBS publishes; the report holds the wijkfonds
/// and the actors and is printed for its members only.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class PdfRenderingTests(BrowserSession session)
{
    private const string ZuilenNoord = "/factsheet?gebied=BU03440244&jaar=2023";

    [Fact]
    public async Task Factsheet_pdf_of_Zuilen_Noord_has_the_KWB_2023_figures_on_a_full_first_page()
    {
        var page = await session.NewPageAsync();
        var response = await page.APIRequest.GetAsync(ZuilenNoord + "&format=pdf");
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        var pdf = await response.BodyAsync();

        var texts = PdfInk.Texts(pdf);
        Assert.InRange(texts.Count, 1, 2);
        // KWB 2023 (CBS 85618NED): Zuilen-Noord 3,775 inhabitants, 1,760 households, 1,698 dwellings; Utrecht 367,947 inhabitants.
        Assert.Contains("Zuilen-Noord in cijfers", texts[0], StringComparison.Ordinal);
        Assert.Contains("3.775", texts[0], StringComparison.Ordinal);
        Assert.Contains("1.760", texts[0], StringComparison.Ordinal);
        Assert.Contains("1.698", texts[0], StringComparison.Ordinal);
        Assert.Contains("367.947", texts[0], StringComparison.Ordinal);
        Assert.Contains("Kerncijfers wijken en buurten (KWB) 2023", string.Concat(texts), StringComparison.Ordinal);
        Assert.True(texts[0].Length >= 1000, $"page 1 holds {texts[0].Length} characters");
        var ink = PdfInk.Share(pdf, 1);
        Assert.True(ink >= 0.2, $"page 1 is {ink:P0} inked");
    }

    [Fact]
    public async Task Factsheet_page_has_no_WCAG_2_2_A_or_AA_violations_and_offers_the_pdf()
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(ZuilenNoord);
        await Expect(page.Locator("h1")).ToContainTextAsync("Zuilen-Noord in cijfers");
        await Expect(page.Locator("#factsheet-pdf")).ToHaveAttributeAsync("href", "/factsheet?gebied=BU03440244&jaar=2023&format=pdf");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(session.Screenshots, "factsheet.png"), FullPage = true });

        await AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Report_pdf_holds_the_wijkfonds_and_the_actors_and_is_printed_for_members_only()
    {
        var page = await session.NewPageAsync();
        await RegisterAsync(page, "Rapportschrijver", NewEmail("rapport"));
        var id = await CreateWorkspaceAsync(page, "Overvecht rapport als PDF", "Gemeente Utrecht");
        await page.GotoAsync($"/werkruimte/{id}/actoren");
        await page.Locator("#organisatie").FillAsync("Woningcorporatie Mitros");
        await page.Locator("#rol").FillAsync("Eigenaar van de flats aan de Zamenhofdreef");
        await page.Locator("#invloed").FillAsync("5");
        await page.Locator("#betrokkenheid").FillAsync("4");
        await page.Locator("#contactpersoon").FillAsync("Anja de Vries");
        await page.Locator("form.plan-form button[type=submit]").ClickAsync();
        await page.GotoAsync($"/werkruimte/{id}/wijkfonds");
        await page.Locator("#soort-storting").CheckAsync();
        await page.Locator("#partij").FillAsync("Gemeente Utrecht");
        await page.Locator("#bedrag").FillAsync("5.000,00");
        await page.Locator("#omschrijving").FillAsync("Bijdrage 2026 aan het wijkfonds");
        await page.Locator("form[action*='handler=Entry'] button[type=submit]").ClickAsync();
        await page.Locator("#titel").FillAsync("Buurtmoestuin Zamenhofdreef");
        await page.Locator("#voorgesteldDoor").FillAsync("Bewoners van de Zamenhofdreef");
        await page.Locator("#gevraagd").FillAsync("1.250,00");
        await page.Locator("form[action*='handler=Proposal'] button[type=submit]").ClickAsync();

        await page.GotoAsync($"/werkruimte/{id}/rapport");
        await Expect(page.Locator("#rapport-actoren")).ToContainTextAsync("Woningcorporatie Mitros");
        await Expect(page.Locator("#rapport-saldo")).ToContainTextAsync("5.000,00");
        await Expect(page.Locator("#rapport-voorstellen")).ToContainTextAsync("Buurtmoestuin Zamenhofdreef");
        await AssertAccessibleAsync(page);
        var link = await page.Locator("#rapport-pdf").GetAttributeAsync("href");
        Assert.Equal($"/werkruimte/{id}/rapport?format=pdf", link);

        var response = await page.APIRequest.GetAsync(link!);
        Assert.Equal(200, response.Status);
        var pdf = await response.BodyAsync();
        var texts = PdfInk.Texts(pdf);
        var all = string.Join(" ", texts);
        Assert.Contains("Overvecht rapport als PDF", texts[0], StringComparison.Ordinal);
        Assert.True(PdfInk.Share(pdf, 1) >= 0.1, $"page 1 of the report is {PdfInk.Share(pdf, 1):P0} inked");
        // Table cells wrap, so the words of a cell need not stand together in the text: each is looked for on its own.
        Assert.All(["Actoren", "Mitros", "Zamenhofdreef", "Wijkfonds", "Bijdrage", "Buurtmoestuin", "Vries", "5.000,00", "1.250,00"],
            word => Assert.Contains(word, all, StringComparison.Ordinal));

        // Someone else's account learns nothing; a visitor is sent to sign in (nothing is printed for either).
        var other = await session.NewPageAsync();
        await RegisterAsync(other, "Buitenstaander", NewEmail("buiten"));
        Assert.Equal(404, (await other.APIRequest.GetAsync(link!)).Status);
        var anonymous = await session.NewPageAsync();
        var refused = await anonymous.APIRequest.GetAsync(link!, new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/account/inloggen", refused.Headers["location"], StringComparison.Ordinal);
    }

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
