using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// Every account and workspace page passes axe with zero WCAG 2.0/2.1/2.2 A/AA violations, as each kind of visitor
/// sees it; a screenshot of each is kept. A new page is one line in <see cref="Cases"/>.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class WorkspaceAccessibilityTests(BrowserSession session)
{
    /// <summary>
    /// Name, who looks, address and status. In the address {id} is the workspace with members and answers, {leeg} one
    /// with nothing in it, {uitnodiging} the link of an open invitation. "voorbereid" cases do something on the page first.
    /// </summary>
    private static readonly Dictionary<string, (Who Who, string Path, int Status)> Cases = new()
    {
        ["inloggen"] = (Who.Anonymous, "/account/inloggen", 200),
        ["registreren"] = (Who.Anonymous, "/account/registreren", 200),
        ["werkruimtes-geen"] = (Who.Newcomer, "/werkruimte", 200),
        ["werkruimtes"] = (Who.Coordinator, "/werkruimte", 200),
        ["uitnodiging-uitgelogd"] = (Who.Anonymous, "{uitnodiging}", 200),
        ["uitnodiging-ingelogd"] = (Who.Newcomer, "{uitnodiging}", 200),
        ["overzicht"] = (Who.Coordinator, "/werkruimte/{id}", 200),
        ["routekaart-leeg"] = (Who.Coordinator, "/werkruimte/{leeg}/routekaart", 200),
        ["routekaart-beantwoord"] = (Who.Coordinator, "/werkruimte/{id}/routekaart", 200),
        ["routekaart-conflict-voorbereid"] = (Who.Coordinator, "/werkruimte/{id}/routekaart", 409),
        ["routekaart-geschiedenis"] = (Who.Coordinator, "/werkruimte/{id}/routekaart/1", 200),
        ["leden"] = (Who.Coordinator, "/werkruimte/{id}/leden", 200),
        ["leden-nieuwe-link-voorbereid"] = (Who.Coordinator, "/werkruimte/{id}/leden", 200),
        ["leden-kijker"] = (Who.Viewer, "/werkruimte/{id}/leden", 200),
        ["logboek"] = (Who.Coordinator, "/werkruimte/{id}/logboek", 200),
        ["geweigerd-partner-logboek"] = (Who.Partner, "/werkruimte/{id}/logboek", 403),
        ["niet-gevonden-geen-lid"] = (Who.Newcomer, "/werkruimte/{id}", 404),
        ["doelen"] = (Who.Coordinator, "/werkruimte/{id}/doelen", 200),
        ["doel-nieuw"] = (Who.Coordinator, "/werkruimte/{id}/doelen/bewerken", 200),
        ["actoren"] = (Who.Coordinator, "/werkruimte/{id}/actoren", 200),
        ["interventies"] = (Who.Coordinator, "/werkruimte/{id}/interventies", 200),
        ["schatkaart"] = (Who.Coordinator, "/werkruimte/{id}/schatkaart", 200),
        ["wijkfonds"] = (Who.Coordinator, "/werkruimte/{id}/wijkfonds", 200),
        ["risicos"] = (Who.Coordinator, "/werkruimte/{id}/risicos", 200),
        ["partnerdata"] = (Who.Coordinator, "/werkruimte/{id}/partnerdata", 200),
        ["rapport"] = (Who.Coordinator, "/werkruimte/{id}/rapport", 200),
    };

    public static TheoryData<string> Pages => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Workspace_page_has_no_WCAG_2_2_A_or_AA_violations(string name)
    {
        var world = await WorkspaceWorld.For(session);
        var (who, template, status) = Cases[name];
        var path = template.Replace("{id}", world.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{leeg}", world.Empty.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{uitnodiging}", world.OpenInvitation, StringComparison.Ordinal);
        var page = await PageAsAsync(session, world.Cookies[who]);
        var response = await page.GotoAsync(path);
        var finalStatus = response!.Status;
        if (name == "routekaart-conflict-voorbereid")
        {
            finalStatus = await ShowConflictAsync(page, world);
        }
        else if (name == "leden-nieuwe-link-voorbereid")
        {
            await page.GetByLabel("E-mailadres").FillAsync(NewEmail("axe"));
            await page.GetByLabel("Organisatie", new() { Exact = true }).FillAsync("Huurdersvereniging Overvecht");
            await page.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
            await InvitationLinkAsync(page);
        }

        Assert.Equal(status, finalStatus);
        await AssertAccessibleAsync(page, "werkruimte-axe-" + name, path);
        await CloseAsync(page);
    }

    /// <summary>The partner saves step 9 after the coordinator opened the page; the coordinator's own save then conflicts.</summary>
    private async Task<int> ShowConflictAsync(IPage coordinator, WorkspaceWorld world)
    {
        var partner = await PageAsAsync(session, world.Cookies[Who.Partner]);
        await AnswerAsync(partner, world.Id, 9, "Evalueren met de bewoners, elk voorjaar (" + Guid.NewGuid().ToString("N")[..6] + ").");
        await Expect(partner.Locator("#stap-9 .answer")).ToContainTextAsync("Evalueren met de bewoners");
        await CloseAsync(partner);
        await coordinator.GetByLabel("Antwoord op stap 9", new() { Exact = true }).FillAsync("Elk jaar een wijkschouw.");
        var response = await coordinator.RunAndWaitForResponseAsync(
            () => coordinator.GetByRole(AriaRole.Button, new() { Name = "Antwoord op stap 9 opslaan" }).ClickAsync(),
            r => r.Request.Method == "POST");
        await Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("Stap 9 is intussen gewijzigd door Piet Partner (Woningcorporatie Mitros)");
        return response.Status;
    }

    private async Task AssertAccessibleAsync(IPage page, string name, string path)
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

/// <summary>Who looks at a page.</summary>
internal enum Who
{
    Anonymous,
    Newcomer,
    Coordinator,
    Partner,
    Viewer,
}

/// <summary>
/// One shared set-up for the accessibility cases, made once per run through the pages: a coordinator with a workspace
/// for Overvecht (a partner and a viewer who accepted their invitations, step 1 answered twice, one open invitation)
/// and an empty second workspace; a newcomer signed in without any workspace.
/// </summary>
internal sealed class WorkspaceWorld
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (BrowserSession Session, WorkspaceWorld World)? _made;

    public int Id { get; private init; }

    public int Empty { get; private init; }

    public string OpenInvitation { get; private init; } = "";

    public Dictionary<Who, IReadOnlyList<Cookie>> Cookies { get; } = new() { [Who.Anonymous] = [] };

    public static async Task<WorkspaceWorld> For(BrowserSession session)
    {
        await Gate.WaitAsync();
        try
        {
            if (_made is { } made && ReferenceEquals(made.Session, session))
            {
                return made.World;
            }

            var world = await MakeAsync(session);
            _made = (session, world);
            return world;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<WorkspaceWorld> MakeAsync(BrowserSession session)
    {
        var coordinator = await session.NewPageAsync();
        await RegisterAsync(coordinator, "Carla Coördinator", NewEmail("coordinator"));
        var id = await CreateWorkspaceAsync(coordinator, "Wijkaanpak Overvecht", "Gemeente Utrecht");
        var empty = await CreateWorkspaceAsync(coordinator, "Nog leeg", "Gemeente Utrecht");

        var partnerEmail = NewEmail("partner");
        var partnerLink = await InviteAsync(coordinator, id, partnerEmail, "Woningcorporatie Mitros", "Partner");
        var viewerEmail = NewEmail("kijker");
        var viewerLink = await InviteAsync(coordinator, id, viewerEmail, "Provincie Utrecht", "Viewer");
        var open = await InviteAsync(coordinator, id, NewEmail("nog-niet"), "Buurtteam Overvecht", "ResidentRepresentative");

        var partner = await session.NewPageAsync();
        await RegisterAsync(partner, "Piet Partner", partnerEmail);
        await AcceptAsync(partner, partnerLink, id);
        await AnswerAsync(partner, id, 1, "Een wijk waar iedereen kan blijven wonen.");
        var viewer = await session.NewPageAsync();
        await RegisterAsync(viewer, "Kees Kijker", viewerEmail);
        await AcceptAsync(viewer, viewerLink, id);
        await AnswerAsync(coordinator, id, 1, "Een wijk waar starters, gezinnen en ouderen kunnen blijven wonen.");
        await AnswerAsync(coordinator, id, 4, "Mitros, het buurtteam en de bewonersorganisatie.\nDe gemeente coördineert.");

        var newcomer = await session.NewPageAsync();
        await RegisterAsync(newcomer, "Nina Nieuw", NewEmail("nieuw"));

        var world = new WorkspaceWorld { Id = id, Empty = empty, OpenInvitation = open };
        world.Cookies[Who.Coordinator] = await CookiesAsync(coordinator);
        world.Cookies[Who.Partner] = await CookiesAsync(partner);
        world.Cookies[Who.Viewer] = await CookiesAsync(viewer);
        world.Cookies[Who.Newcomer] = await CookiesAsync(newcomer);
        foreach (var page in new[] { coordinator, partner, viewer, newcomer })
        {
            await CloseAsync(page);
        }

        return world;
    }
}
