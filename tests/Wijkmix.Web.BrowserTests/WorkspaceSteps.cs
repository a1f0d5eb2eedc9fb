using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Wijkmix.Web.BrowserTests;

/// <summary>What a member does in the workspace, through the pages as a person would (typing and clicking).</summary>
internal static partial class WorkspaceSteps
{
    /// <summary>Password that satisfies the twelve-character rule.</summary>
    public const string Password = "lange-wachtwoordzin-42";

    /// <summary>Overvecht (Utrecht) in the bundled CBS data (WK034406 is the Binnenstad).</summary>
    public const string Overvecht = "WK034403";

    /// <summary>An e-mail address nobody else in this run has (the app's store is shared by all browser tests).</summary>
    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.nl";

    /// <summary>
    /// Creates an account on /account/registreren (or on the page it is already on) and ends signed in; with
    /// <paramref name="english"/> on a browser that has switched to English (the page speaks the browser's language).
    /// </summary>
    public static async Task RegisterAsync(IPage page, string name, string email, bool openPage = true, bool english = false)
    {
        if (openPage)
        {
            await page.GotoAsync("/account/registreren");
        }

        await page.GetByLabel(english ? "Name" : "Naam", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel(english ? "E-mail address" : "E-mailadres", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(english ? "Password (at least 12 characters)" : "Wachtwoord (minstens 12 tekens)").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = english ? "Create account" : "Account aanmaken" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = english ? $"Sign out ({email})" : $"Uitloggen ({email})" })).ToBeVisibleAsync();
    }

    /// <summary>Starts a workspace for Overvecht on /werkruimte (gemeente first, found by name) and returns its number.</summary>
    public static async Task<int> CreateWorkspaceAsync(IPage page, string name, string organisation)
    {
        await page.GotoAsync("/werkruimte");
        await page.GetByLabel("Gemeente van de werkruimte").FillAsync("utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoek", Exact = true }).ClickAsync();
        await Expect(page.Locator("#gekozen-gemeente")).ToContainTextAsync("Gemeente: Utrecht.");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Wijk", new() { Exact = true }).SelectOptionAsync(Overvecht);
        await page.GetByLabel("Uw organisatie").FillAsync(organisation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Werkruimte starten" }).ClickAsync();
        await page.WaitForURLAsync(WorkspaceAddress());
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        return int.Parse(WorkspaceAddress().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>On the Leden page of workspace <paramref name="id"/>: invites someone and returns the link the page shows.</summary>
    public static async Task<string> InviteAsync(IPage page, int id, string email, string organisation, string role)
    {
        await page.GotoAsync($"/werkruimte/{id}/leden");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Organisatie", new() { Exact = true }).FillAsync(organisation);
        await page.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
        return await InvitationLinkAsync(page);
    }

    /// <summary>The invitation link shown once on the Leden page after an invitation was made.</summary>
    public static async Task<string> InvitationLinkAsync(IPage page)
    {
        var link = page.Locator("#uitnodigingslink");
        await Expect(link).ToHaveTextAsync(new Regex("/account/uitnodiging/[A-Za-z0-9_-]{20,}$"));
        return (await link.TextContentAsync())!.Trim();
    }

    /// <summary>Opens an invitation link as the signed-in account and accepts it; ends on the workspace's overview.</summary>
    public static async Task AcceptAsync(IPage page, string link, int id)
    {
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aannemen" }).ClickAsync();
        await page.WaitForURLAsync($"**/werkruimte/{id}");
    }

    /// <summary>Types an answer to a routekaart step and saves it.</summary>
    public static async Task AnswerAsync(IPage page, int id, int step, string text, bool openPage = true)
    {
        if (openPage)
        {
            await page.GotoAsync($"/werkruimte/{id}/routekaart");
        }

        await page.GetByLabel($"Antwoord op stap {step}", new() { Exact = true }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Antwoord op stap {step} opslaan" }).ClickAsync();
    }

    /// <summary>The signed-in cookies of a page's context, to open more pages as the same member.</summary>
    public static async Task<IReadOnlyList<Cookie>> CookiesAsync(IPage page) =>
        [.. (await page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        })];

    /// <summary>A fresh context signed in with the given cookies (none: signed out).</summary>
    public static async Task<IPage> PageAsAsync(BrowserSession session, IReadOnlyList<Cookie> cookies)
    {
        var page = await session.NewPageAsync();
        if (cookies.Count > 0)
        {
            await page.Context.AddCookiesAsync(cookies);
        }

        return page;
    }

    /// <summary>Closes the page's context (each page of <see cref="BrowserSession.NewPageAsync"/> has its own).</summary>
    public static Task CloseAsync(IPage page) => page.Context.CloseAsync();

    public static Task ScreenshotAsync(BrowserSession session, IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(session.Screenshots, name + ".png"), FullPage = true });

    [GeneratedRegex(@"/werkruimte/(\d+)$")]
    private static partial Regex WorkspaceAddress();
}

/// <summary>Steps added for the data journey (partner data, goals, wijkfonds, report).</summary>
internal static partial class WorkspaceSteps
{
    /// <summary>
    /// A full-page screenshot after which the page scrolls again. Debian's headless chromium leaves the page unscrollable
    /// after a full-page capture, so a later click on an element below the fold lands nowhere (no submit, no error);
    /// resizing the viewport and back restores scrolling.
    /// </summary>
    public static async Task ScrollableScreenshotAsync(BrowserSession session, IPage page, string name)
    {
        await ScreenshotAsync(session, page, name);
        var size = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 900 };
        await page.SetViewportSizeAsync(size.Width, size.Height + 1);
        await page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
