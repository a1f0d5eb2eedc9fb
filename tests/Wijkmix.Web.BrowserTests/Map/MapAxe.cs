using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Wijkmix.Web.BrowserTests.Map;

/// <summary>axe (WCAG 2.2 A and AA) on a page in the state the test left it in, with a screenshot kept beside the others.</summary>
internal static class MapAxe
{
    public static async Task AssertAccessibleAsync(BrowserSession session, IPage page, string screenshot)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(session.Screenshots, screenshot + ".png"), FullPage = true });
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(problems.Count == 0, $"{page.Url}:\n" + string.Join('\n', problems));
        Assert.True(result.Passes.Length > 10, "axe ran its checks");

        // A full-page capture leaves headless chromium unscrollable; a resize restores it (see WorkspaceSteps).
        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 900 };
        await page.SetViewportSizeAsync(size.Width, size.Height + 1);
        await page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
