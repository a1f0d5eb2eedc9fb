using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests;

/// <summary>Partners working together in a wijk workspace, each in their own browser context, through clicks and typing.</summary>
[Collection(WithBrowser.Name)]
public sealed class WorkspaceJourneyTests(BrowserSession session)
{
    [Fact]
    public async Task Coordinator_starts_a_workspace_invites_a_partner_who_answers_and_the_coordinator_revises_reads_the_history_and_the_log()
    {
        var coordinatorEmail = NewEmail("coordinator");
        var partnerEmail = NewEmail("partner");
        var coordinator = await session.NewPageAsync();

        // The coordinator creates an account and starts a workspace for Overvecht.
        await RegisterAsync(coordinator, "Carla Coördinator", coordinatorEmail);
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("U bent nog geen lid van een werkruimte");
        await ScreenshotAsync(session, coordinator, "werkruimte-starten");
        var id = await CreateWorkspaceAsync(coordinator, "Samen Overvecht", "Gemeente Utrecht");
        await Expect(coordinator.Locator(".workspace-title")).ToContainTextAsync("Samen Overvecht — Wijk 03 Overvecht (WK034403) · u bent coördinator namens Gemeente Utrecht");

        // Leden: invite a partner; the page shows the one-time link.
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" }).GetByRole(AriaRole.Link, new() { Name = "Leden" }).ClickAsync();
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("Leden");
        await coordinator.GetByLabel("E-mailadres").FillAsync(partnerEmail);
        await coordinator.GetByLabel("Organisatie", new() { Exact = true }).FillAsync("Woningcorporatie Mitros");
        await coordinator.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync("Partner");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging maken" }).ClickAsync();
        var link = await InvitationLinkAsync(coordinator);
        await Expect(coordinator.GetByRole(AriaRole.Listitem).Filter(new() { HasText = partnerEmail })).ToHaveTextAsync($"{partnerEmail} — Woningcorporatie Mitros, partner");
        await ScreenshotAsync(session, coordinator, "werkruimte-leden");

        // The partner, in a second browser context: the link asks to sign in first; they create an account and accept.
        var partner = await session.NewPageAsync();
        await partner.GotoAsync(link);
        await Expect(partner.Locator("h1")).ToHaveTextAsync("Uitnodiging voor Samen Overvecht");
        await Expect(partner.Locator("p.lead")).ToHaveTextAsync($"U bent uitgenodigd als partner namens Woningcorporatie Mitros, voor {partnerEmail}.");
        await partner.GetByRole(AriaRole.Link, new() { Name = "Account aanmaken" }).ClickAsync();
        await RegisterAsync(partner, "Piet Partner", partnerEmail, openPage: false);
        await Expect(partner).ToHaveURLAsync(link);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Uitnodiging aannemen" }).ClickAsync();
        await partner.WaitForURLAsync($"**/werkruimte/{id}");
        await Expect(partner.Locator(".workspace-title")).ToContainTextAsync("u bent partner namens Woningcorporatie Mitros");

        // A partner sees no Logboek in the menu; they answer routekaart step 1.
        var partnerMenu = partner.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" });
        await Expect(partnerMenu.GetByRole(AriaRole.Link, new() { Name = "Logboek" })).ToHaveCountAsync(0);
        await partnerMenu.GetByRole(AriaRole.Link, new() { Name = "Routekaart" }).ClickAsync();
        await AnswerAsync(partner, id, 1, "Overvecht moet een wijk worden waar starters en ouderen kunnen blijven wonen.", openPage: false);
        var step1 = partner.Locator("#stap-1");
        await Expect(step1.Locator(".answer")).ToHaveTextAsync("Overvecht moet een wijk worden waar starters en ouderen kunnen blijven wonen.");
        await Expect(step1.Locator("p.muted")).ToContainTextAsync("Versie 1, door Piet Partner (Woningcorporatie Mitros) op ");

        // The coordinator sees the answer and who wrote it, and revises it.
        await coordinator.GotoAsync($"/werkruimte/{id}/routekaart");
        var coordinatorStep1 = coordinator.Locator("#stap-1");
        await Expect(coordinatorStep1.Locator(".answer")).ToHaveTextAsync("Overvecht moet een wijk worden waar starters en ouderen kunnen blijven wonen.");
        await Expect(coordinatorStep1.Locator("p.muted")).ToContainTextAsync("Versie 1, door Piet Partner (Woningcorporatie Mitros)");
        await Expect(coordinator.GetByLabel("Antwoord op stap 1", new() { Exact = true })).ToHaveValueAsync("Overvecht moet een wijk worden waar starters en ouderen kunnen blijven wonen.");
        await AnswerAsync(coordinator, id, 1, "Overvecht wordt een wijk waar starters, gezinnen en ouderen kunnen blijven wonen.", openPage: false);
        await Expect(coordinatorStep1.Locator(".answer")).ToHaveTextAsync("Overvecht wordt een wijk waar starters, gezinnen en ouderen kunnen blijven wonen.");
        await Expect(coordinatorStep1.Locator("p.muted")).ToContainTextAsync("Versie 2, door Carla Coördinator (Gemeente Utrecht)");
        await ScreenshotAsync(session, coordinator, "werkruimte-routekaart");

        // The history shows both versions, newest first.
        await coordinatorStep1.GetByRole(AriaRole.Link, new() { Name = "Geschiedenis (2 versies)" }).ClickAsync();
        await coordinator.WaitForURLAsync($"**/werkruimte/{id}/routekaart/1");
        await Expect(coordinator.Locator("article h2")).ToHaveTextAsync(["Versie 2", "Versie 1"]);
        await Expect(coordinator.Locator("article .answer")).ToHaveTextAsync([
            "Overvecht wordt een wijk waar starters, gezinnen en ouderen kunnen blijven wonen.",
            "Overvecht moet een wijk worden waar starters en ouderen kunnen blijven wonen.",
        ]);
        await Expect(coordinator.Locator("article p.muted").Nth(1)).ToContainTextAsync("Door Piet Partner (Woningcorporatie Mitros) op ");
        await ScreenshotAsync(session, coordinator, "werkruimte-routekaart-geschiedenis");

        // The log names the partner's change, their acceptance and the coordinator's own revision.
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" }).GetByRole(AriaRole.Link, new() { Name = "Logboek" }).ClickAsync();
        var rows = coordinator.Locator("#logboek tbody tr");
        await Expect(rows.Filter(new() { HasText = "routekaart stap 1, versie 1" })).ToHaveCountAsync(1);
        var partnerChange = rows.Filter(new() { HasText = "routekaart stap 1, versie 1" }).Locator("td");
        await Expect(partnerChange.Nth(1)).ToHaveTextAsync($"Piet Partner ({partnerEmail})");
        await Expect(partnerChange.Nth(2)).ToHaveTextAsync("gewijzigd");
        await Expect(partnerChange.Nth(0)).ToHaveTextAsync(new Regex(@"^\d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2}$"));
        await Expect(rows.Filter(new() { HasText = "uitnodiging geaccepteerd als partner" }).Locator("td").Nth(1)).ToHaveTextAsync($"Piet Partner ({partnerEmail})");
        await Expect(rows.Filter(new() { HasText = "routekaart stap 1, versie 2" }).Locator("td").Nth(1)).ToHaveTextAsync($"Carla Coördinator ({coordinatorEmail})");
        await ScreenshotAsync(session, coordinator, "werkruimte-logboek");

        // Leden now lists the partner, no longer as an open invitation; the role button says whose role it changes.
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" }).GetByRole(AriaRole.Link, new() { Name = "Leden" }).ClickAsync();
        await Expect(coordinator.GetByLabel("Rol van Piet Partner")).ToHaveValueAsync("Partner");
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Rol wijzigen van Piet Partner" })).ToBeVisibleAsync();
        await Expect(coordinator.GetByRole(AriaRole.Listitem).Filter(new() { HasText = partnerEmail })).ToHaveCountAsync(0);

        await CloseAsync(partner);
        await CloseAsync(coordinator);
    }

    [Fact]
    public async Task Two_members_save_the_same_step_at_the_same_revision_and_the_second_sees_the_conflict_with_their_own_text_kept_and_an_empty_answer_is_refused()
    {
        var coordinator = await session.NewPageAsync();
        await RegisterAsync(coordinator, "Carla Coördinator", NewEmail("coordinator"));
        var id = await CreateWorkspaceAsync(coordinator, "Conflict in Overvecht", "Gemeente Utrecht");
        var partnerEmail = NewEmail("partner");
        var link = await InviteAsync(coordinator, id, partnerEmail, "Buurtteam Overvecht", "Partner");
        var partner = await session.NewPageAsync();
        await RegisterAsync(partner, "Piet Partner", partnerEmail);
        await AcceptAsync(partner, link, id);

        // Both open the routekaart at the same (empty) revision of step 2 and type.
        await coordinator.GotoAsync($"/werkruimte/{id}/routekaart");
        await partner.GotoAsync($"/werkruimte/{id}/routekaart");
        await coordinator.GetByLabel("Antwoord op stap 2", new() { Exact = true }).FillAsync("De gemeente ziet de buurtteams als spil.");
        await partner.GetByLabel("Antwoord op stap 2", new() { Exact = true }).FillAsync("Het buurtteam wil eerst de bewoners horen.");

        // The coordinator saves first; the partner's save is refused, with a message and their text still in the box.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Antwoord op stap 2 opslaan" }).ClickAsync();
        await Expect(coordinator.Locator("#stap-2 .answer")).ToHaveTextAsync("De gemeente ziet de buurtteams als spil.");
        var response = await partner.RunAndWaitForResponseAsync(
            () => partner.GetByRole(AriaRole.Button, new() { Name = "Antwoord op stap 2 opslaan" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(409, response.Status);
        var alert = partner.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Stap 2 is intussen gewijzigd door Carla Coördinator (Gemeente Utrecht)");
        await Expect(alert).ToContainTextAsync("Uw tekst is niet opgeslagen");
        await Expect(partner.GetByLabel("Antwoord op stap 2", new() { Exact = true })).ToHaveValueAsync("Het buurtteam wil eerst de bewoners horen.");
        await Expect(partner.Locator("#stap-2 .answer")).ToHaveTextAsync("De gemeente ziet de buurtteams als spil.");
        await ScreenshotAsync(session, partner, "werkruimte-routekaart-conflict");

        // Saving again from the conflict page (now at the current revision) stores the partner's text as version 2.
        await partner.GetByLabel("Antwoord op stap 2", new() { Exact = true }).FillAsync("De gemeente ziet de buurtteams als spil; het buurtteam hoort eerst de bewoners.");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Antwoord op stap 2 opslaan" }).ClickAsync();
        await Expect(partner.Locator("#stap-2 p.muted")).ToContainTextAsync("Versie 2, door Piet Partner (Buurtteam Overvecht)");
        await Expect(partner.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        // An empty answer is bad input (400), names the field, and stores nothing.
        await partner.GetByLabel("Antwoord op stap 2", new() { Exact = true }).FillAsync("   ");
        var empty = await partner.RunAndWaitForResponseAsync(
            () => partner.GetByRole(AriaRole.Button, new() { Name = "Antwoord op stap 2 opslaan" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, empty.Status);
        await Expect(partner.GetByRole(AriaRole.Alert)).ToContainTextAsync("(veld 'Antwoord op stap 2')");
        await Expect(partner.Locator("#stap-2 p.muted")).ToContainTextAsync("Versie 2, door Piet Partner (Buurtteam Overvecht)");

        await CloseAsync(partner);
        await CloseAsync(coordinator);
    }

    [Fact]
    public async Task Keyboard_alone_answers_a_routekaart_step_and_invites_a_member()
    {
        var page = await session.NewPageAsync();
        await RegisterAsync(page, "Karel Toetsenbord", NewEmail("toetsenbord"));
        var id = await CreateWorkspaceAsync(page, "Toetsenbord Overvecht", "Gemeente Utrecht");

        // Routekaart: skip link, then Tab to the answer of step 1, type, Tab to its button, Enter.
        await page.GotoAsync($"/werkruimte/{id}/routekaart");
        await SkipToContentAsync(page);
        await TabToAsync(page, "tekst-1");
        await page.Keyboard.TypeAsync("Met het toetsenbord geschreven.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON:Antwoord op stap 1 opslaan", await FocusedAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#stap-1 .answer")).ToHaveTextAsync("Met het toetsenbord geschreven.");
        await Expect(page.Locator("#stap-1 p.muted")).ToContainTextAsync("Versie 1, door Karel Toetsenbord (Gemeente Utrecht)");

        // Leden: Tab through the invitation form, choose a role with the arrow keys, Enter on the button.
        await page.GotoAsync($"/werkruimte/{id}/leden");
        await SkipToContentAsync(page);
        await TabToAsync(page, "email");
        var invited = NewEmail("genodigde");
        await page.Keyboard.TypeAsync(invited);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("organisatie", await FocusedAsync(page));
        await page.Keyboard.TypeAsync("Bibliotheek Utrecht");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("rol", await FocusedAsync(page));
        await Expect(page.Locator("#rol")).ToHaveValueAsync("Partner");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator("#rol")).ToHaveValueAsync("ResidentRepresentative");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON:Uitnodiging maken", await FocusedAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await InvitationLinkAsync(page);
        await Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = invited })).ToHaveTextAsync($"{invited} — Bibliotheek Utrecht, bewonersvertegenwoordiger");

        await CloseAsync(page);
    }

    private static async Task SkipToContentAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    /// <summary>Presses Tab until the element with this id has the focus (at most 80 times), so it is reachable in tab order.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        var reached = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (focused == id)
            {
                return;
            }

            reached.Add(focused);
        }

        Assert.Fail($"#{id} was not reached with Tab; reached: {string.Join(", ", reached)}");
    }

    private static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("(e => e.id || e.tagName + ':' + (e.textContent || '').trim())(document.activeElement)");
}
