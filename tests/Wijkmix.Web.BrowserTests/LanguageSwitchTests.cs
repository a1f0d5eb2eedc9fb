using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// The language switch on a workspace page: English survives following a link, and a copied English address opens in
/// English in a browser that never chose a language; back to Dutch leaves clean addresses. The English page passes axe.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class LanguageSwitchTests(BrowserSession session)
{
    [Fact]
    public async Task English_on_a_workspace_page_stays_after_a_link_and_in_a_shared_address()
    {
        var world = await WorkspaceWorld.For(session);
        var page = await PageAsAsync(session, world.Cookies[Who.Coordinator]);
        await page.GotoAsync($"/werkruimte/{world.Id}/routekaart");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Routekaart");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Route map");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Goals and results" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Goals and results");
        Assert.Contains("taal=en", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add goal" })).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(session.Screenshots, "werkruimte-doelen-english.png"), FullPage = true });

        // The copied address, opened by the same member in a fresh browser without the language cookie.
        var shared = await PageAsAsync(session, world.Cookies[Who.Coordinator]);
        Assert.DoesNotContain((await shared.Context.CookiesAsync()).Select(c => c.Name), n => n.Contains("Culture", StringComparison.Ordinal));
        await shared.GotoAsync(page.Url);
        await Expect(shared.Locator("h1")).ToHaveTextAsync("Goals and results");
        await shared.GetByRole(AriaRole.Link, new() { Name = "Risks" }).ClickAsync();
        await Expect(shared.Locator("h1")).ToHaveTextAsync("Risks");
        await CloseAsync(shared);

        await page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Doelen en resultaten");
        Assert.DoesNotContain("taal=", page.Url, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Link, new() { Name = "Risico's" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Risico's");
        Assert.DoesNotContain("taal=", page.Url, StringComparison.Ordinal);
        await CloseAsync(page);
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.True(result.Passes.Length > 10, "axe ran its checks");
    }
}
