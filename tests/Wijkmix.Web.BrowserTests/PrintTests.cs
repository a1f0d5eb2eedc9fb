using UglyToad.PdfPig;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// Printed views have no (nearly) blank pages: each page is printed to A4 by Chromium (as a user's "print to PDF") and
/// read back with PdfPig; the first page starts with the page's title and no page but the last is mostly empty. (The
/// print style once kept whole sections and tables on one page, so a factsheet longer than a page left the first
/// page with only its title.)
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class PrintTests(BrowserSession session)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/profiel/GM0344?jaar=2024", "Utrecht" },
        { "/profiel/WK036376?jaar=2021", "Slotermeer-Noordoost" },
        { "/kompas?gemeente=GM0363&niveau=wijk&indicator=households_low_income_pct", "Wijkkompas" },
        { "/vergelijk?gebieden=GM0344,WK034403,BU03440244,GM0363", "Vergelijken" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Printed_page_starts_with_its_title_and_has_no_blank_page(string path, string title)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync(path);
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = true });

        using var document = PdfDocument.Open(pdf);
        var texts = document.GetPages().Select(p => string.Concat(p.GetWords().Select(w => w.Text + " "))).ToList();

        Assert.Contains(title, texts[0], StringComparison.Ordinal);
        // The first page is at least a third as full as the fullest (with the old style the Utrecht profile's first
        // page held 154 characters beside 1,223 on the next), and no page is blank (pages of charts hold less text).
        var fullest = texts.Max(t => t.Length);
        Assert.True(texts[0].Length * 3 >= fullest, $"the first of {texts.Count} pages holds {texts[0].Length} characters, the fullest {fullest}");
        Assert.All(texts.Select((t, i) => (t.Trim().Length, Page: i + 1)), p => Assert.True(p.Length >= 20, $"page {p.Page} of {texts.Count} is blank"));
    }
}
