using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests;

/// <summary>
/// The rest of the workspace journey, through clicks and typing in three browser contexts: a goal on a CBS indicator that
/// fills itself, partner data with suppression and refusal of person data, the wijkfonds from payment to grant, and the
/// printable report.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class WorkspaceDataJourneyTests(BrowserSession session)
{
    /// <summary>Room for the first CBS profile of a run (the store is read and cached on first use).</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task Partner_sets_a_CBS_goal_that_fills_itself_uploads_suppressed_partner_data_and_funds_a_resident_proposal_that_the_coordinator_grants_and_prints_in_the_report()
    {
        var partnerEmail = NewEmail("partner");
        var residentEmail = NewEmail("bewoner");
        var coordinator = await session.NewPageAsync();
        var folder = Directory.CreateTempSubdirectory("wijkmix-partnerdata-").FullName;

        // 1. The coordinator starts a workspace for Overvecht and invites a partner, who accepts in their own context.
        await RegisterAsync(coordinator, "Carla Coördinator", NewEmail("coordinator"));
        var id = await CreateWorkspaceAsync(coordinator, "Overvecht in cijfers", "Gemeente Utrecht");
        await Expect(coordinator.Locator(".workspace-title")).ToContainTextAsync("Wijk 03 Overvecht (WK034403)");
        var partnerLink = await InviteAsync(coordinator, id, partnerEmail, "Woningcorporatie Mitros", "Partner");
        var partner = await session.NewPageAsync();
        await RegisterAsync(partner, "Piet Partner", partnerEmail);
        await AcceptAsync(partner, partnerLink, id);
        await Expect(partner.Locator(".workspace-title")).ToContainTextAsync("u bent partner namens Woningcorporatie Mitros");
        var partnerMenu = partner.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" });

        // 2. The partner adds a goal on the CBS indicator Inwoners for the wijk, baseline left empty so it fills itself.
        await partnerMenu.GetByRole(AriaRole.Link, new() { Name = "Doelen en resultaten" }).ClickAsync();
        await Expect(partner.GetByText("Er zijn nog geen doelen.")).ToBeVisibleAsync();
        await partner.GetByRole(AriaRole.Link, new() { Name = "Doel toevoegen" }).ClickAsync();
        await partner.WaitForURLAsync($"**/werkruimte/{id}/doelen/bewerken");
        await Expect(partner.Locator("h1")).ToHaveTextAsync("Doel toevoegen");
        await partner.GetByLabel("Titel", new() { Exact = true }).FillAsync("Overvecht blijft groeien");
        await partner.GetByLabel("Indicator", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Inwoners" });
        await partner.GetByLabel("Gebied", new() { Exact = true }).SelectOptionAsync(Overvecht);
        await partner.GetByLabel("Nulmetingsjaar", new() { Exact = true }).FillAsync("2021");
        await Expect(partner.GetByLabel("Nulmeting (leeg laten: het CBS-cijfer van het nulmetingsjaar)")).ToHaveValueAsync(string.Empty);
        await partner.GetByLabel("Streefwaarde", new() { Exact = true }).FillAsync("36000");
        await partner.GetByLabel("Doeljaar", new() { Exact = true }).FillAsync("2030");
        await ScrollableScreenshotAsync(session, partner, "werkruimte-doel-cbs-toevoegen");
        var saved = await partner.RunAndWaitForResponseAsync(
            () => partner.GetByRole(AriaRole.Button, new() { Name = "Doel toevoegen" }).ClickAsync(),
            r => r.Request.Method == "POST", new() { Timeout = 30_000 });
        Assert.Equal(303, saved.Status);
        await Expect(partner).ToHaveURLAsync(new Regex($@"/werkruimte/{id}/doelen(#doel-\d+)?$"), new() { Timeout = 30_000 });

        // The goal's results fill in from the CBS figures: 34.155 inhabitants in 2021 (CBS KWB 2021), also as its baseline.
        var overview = partner.Locator("table.goals tbody tr").Filter(new() { HasText = "Overvecht blijft groeien" });
        await Expect(overview.Locator("th")).ToContainTextAsync("Inwoners, WK034403", new() { Timeout = 30_000 });
        await Expect(overview.Locator("td").Nth(0)).ToHaveTextAsync("34.155 (2021)");
        await Expect(overview.Locator("td").Nth(1)).ToHaveTextAsync("36.000 (2030)");
        var results = partner.GetByRole(AriaRole.Table, new() { Name = "Resultaten van 'Overvecht blijft groeien' per jaar" });
        var year2021 = results.Locator("tbody tr").Filter(new() { Has = partner.Locator("th", new() { HasTextString = "2021" }) });
        await Expect(year2021).ToHaveCountAsync(1);
        await Expect(year2021.Locator("td").Nth(0)).ToHaveTextAsync("34.155");
        await Expect(year2021.Locator("td").Nth(1)).ToContainTextAsync("bron: CBS Kerncijfers wijken en buurten 2021");
        await ScrollableScreenshotAsync(session, partner, "werkruimte-doel-cbs-resultaten");

        // 3. Partner data: three complexes in real Overvecht buurten, some counts below the threshold of 10.
        var complexes = Path.Combine(folder, "mitros-complexen.csv");
        await File.WriteAllTextAsync(complexes,
            "complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent\r\n" +
            "OV-101;BU03440311;240;180;14;3\r\n" +
            "OV-102;BU03440312;310;250;22;7\r\n" +
            "OV-103;BU03440321;150;120;9;4\r\n", new UTF8Encoding(false));
        await partnerMenu.GetByRole(AriaRole.Link, new() { Name = "Partnerdata" }).ClickAsync();
        await Expect(partner.Locator("h1")).ToHaveTextAsync("Partnerdata");
        await partner.GetByLabel("Sjabloon", new() { Exact = true }).SelectOptionAsync("corporatie-complexen");
        await partner.GetByLabel("Bestand").SetInputFilesAsync(complexes);
        await partner.GetByRole(AriaRole.Button, new() { Name = "Aanleveren namens Woningcorporatie Mitros" }).ClickAsync();
        var table = partner.Locator("table.partner").Filter(new() { HasText = "mitros-complexen.csv" });
        await Expect(table).ToHaveCountAsync(1);
        await Expect(partner.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        // These columns do not add up (woningen, of which sociale huur; verhuringen, of which urgent): no row total.
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["Eenheid", "woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent"]);
        await Expect(table.Locator("tbody th")).ToHaveTextAsync(["OV-101", "OV-102", "OV-103"]);

        // Every count below 10 shows ".", never its value; the large counts stay visible.
        async Task Cell(string unit, int column, string text) =>
            await Expect(table.Locator("tbody tr").Filter(new() { Has = partner.Locator("th", new() { HasTextString = unit }) }).Locator("td").Nth(column)).ToHaveTextAsync(text);
        await Cell("OV-101", 3, ".");
        await Cell("OV-102", 3, ".");
        await Cell("OV-103", 3, ".");
        await Cell("OV-103", 2, ".");
        await Cell("OV-101", 0, "240");
        await Cell("OV-102", 1, "250");
        var shown = (await table.Locator("td").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(16, shown.Count(t => t.Length > 0));      // 3 complexes and the column totals × 4 columns
        Assert.DoesNotContain(shown, t => t is "3" or "4" or "7" or "9");

        await ScrollableScreenshotAsync(session, partner, "werkruimte-partnerdata-afgeschermd");

        // A file with a person-level column is refused, naming regel 1 and the column; nothing is stored.
        var persons = Path.Combine(folder, "mitros-bewoners.csv");
        await File.WriteAllTextAsync(persons,
            "complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent;geboortedatum\r\n" +
            "OV-104;BU03440311;20;15;12;11;1980\r\n", new UTF8Encoding(false));
        await partner.GetByLabel("Sjabloon", new() { Exact = true }).SelectOptionAsync("corporatie-complexen");
        await partner.GetByLabel("Bestand").SetInputFilesAsync(persons);
        var refused = await partner.RunAndWaitForResponseAsync(
            () => partner.GetByRole(AriaRole.Button, new() { Name = "Aanleveren namens Woningcorporatie Mitros" }).ClickAsync(),
            r => r.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        var problems = partner.Locator("#problemen");
        await Expect(problems).ToContainTextAsync("Het bestand is niet opgeslagen");
        await Expect(problems).ToContainTextAsync("mitros-bewoners.csv, regel 1, kolom \"geboortedatum\": persoonsgegevens zijn niet toegestaan");
        await Expect(partner.Locator("table.partner")).ToHaveCountAsync(1);
        await Expect(partner.Locator("table.partner").Filter(new() { HasText = "mitros-bewoners.csv" })).ToHaveCountAsync(0);
        await ScrollableScreenshotAsync(session, partner, "werkruimte-partnerdata-geweigerd");
        await partner.GotoAsync($"/werkruimte/{id}/partnerdata");
        await Expect(partner.Locator("table.partner")).ToHaveCountAsync(1);
        await Expect(partner.Locator("table.partner tbody th")).ToHaveTextAsync(["OV-101", "OV-102", "OV-103"]);

        // 4. Wijkfonds: the partner pays in € 5.000,00.
        await partnerMenu.GetByRole(AriaRole.Link, new() { Name = "Wijkfonds" }).ClickAsync();
        await Expect(partner.Locator("#saldo")).ToHaveTextAsync("Beschikbaar saldo: € 0,00");
        await partner.GetByLabel("Storting (in het fonds)").CheckAsync();
        await Expect(partner.GetByLabel("Partij", new() { Exact = true })).ToHaveValueAsync("Woningcorporatie Mitros");
        await partner.GetByLabel("Bedrag in euro's", new() { Exact = true }).FillAsync("5.000,00");
        await partner.GetByLabel("Omschrijving", new() { Exact = true }).FillAsync("Bijdrage 2025 aan het wijkfonds");
        await partner.GetByRole(AriaRole.Button, new() { Name = "Vastleggen", Exact = true }).ClickAsync();
        await Expect(partner.Locator("#saldo")).ToHaveTextAsync("Beschikbaar saldo: € 5.000,00");
        var payment = partner.Locator("table.fund-ledger tbody tr").Filter(new() { HasText = "Bijdrage 2025 aan het wijkfonds" }).Locator("td");
        await Expect(payment.Nth(1)).ToHaveTextAsync("storting");
        await Expect(payment.Nth(4)).ToHaveTextAsync("€ 5.000,00");

        // A resident representative, invited as a third member, enters a proposal.
        var residentLink = await InviteAsync(coordinator, id, residentEmail, "Bewonersplatform Overvecht", "ResidentRepresentative");
        var resident = await session.NewPageAsync();
        await RegisterAsync(resident, "Bea Bewoner", residentEmail);
        await AcceptAsync(resident, residentLink, id);
        await Expect(resident.Locator(".workspace-title")).ToContainTextAsync("u bent bewonersvertegenwoordiger namens Bewonersplatform Overvecht");
        await resident.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" }).GetByRole(AriaRole.Link, new() { Name = "Wijkfonds" }).ClickAsync();
        await Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "Toezegging of storting vastleggen" })).ToHaveCountAsync(0);
        await resident.GetByLabel("Titel", new() { Exact = true }).FillAsync("Moestuin aan de Zambesidreef");
        await resident.GetByLabel("Beschrijving", new() { Exact = true }).FillAsync("Bakken, aarde en gereedschap voor een buurtmoestuin.");
        await resident.GetByLabel("Voorgesteld door (bewoners of initiatief)").FillAsync("Bewonersinitiatief Groen Overvecht");
        await resident.GetByLabel("Gevraagd bedrag in euro's").FillAsync("1.500,00");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Voorstel indienen" }).ClickAsync();
        var proposalOfResident = resident.Locator("article.fund-proposal").Filter(new() { HasText = "Moestuin aan de Zambesidreef" });
        await Expect(proposalOfResident).ToContainTextAsync("Voorgesteld door Bewonersinitiatief Groen Overvecht; gevraagd € 1.500,00.");
        await Expect(proposalOfResident).ToContainTextAsync("Nog geen besluit.");
        await ScrollableScreenshotAsync(session, resident, "werkruimte-wijkfonds-voorstel");

        // The coordinator records the alliance's decision: toegekend, € 1.200,00, with three votes.
        await coordinator.GotoAsync($"/werkruimte/{id}/wijkfonds");
        var proposal = coordinator.Locator("article.fund-proposal").Filter(new() { HasText = "Moestuin aan de Zambesidreef" });
        await proposal.GetByText("Besluit van de buurtalliantie vastleggen").ClickAsync();
        await proposal.GetByLabel("Toegekend", new() { Exact = true }).CheckAsync();
        await proposal.GetByLabel("Toegekend bedrag in euro's (ten hoogste het gevraagde bedrag en het saldo)").FillAsync("1.200,00");
        (string Name, string Organisation, string Choice)[] votes =
        [
            ("Carla Coördinator", "Gemeente Utrecht", "voor"),
            ("Piet Partner", "Woningcorporatie Mitros", "voor"),
            ("Bea Bewoner", "Bewonersplatform Overvecht", "onthouding"),
        ];
        for (var i = 0; i < votes.Length; i++)
        {
            await proposal.GetByLabel($"Naam stemmer {i + 1}", new() { Exact = true }).FillAsync(votes[i].Name);
            await proposal.GetByLabel($"Organisatie stemmer {i + 1}", new() { Exact = true }).FillAsync(votes[i].Organisation);
            await proposal.GetByLabel($"Stem {i + 1}", new() { Exact = true }).SelectOptionAsync(votes[i].Choice);
        }

        await ScrollableScreenshotAsync(session, coordinator, "werkruimte-wijkfonds-besluit");
        await proposal.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Besluit over voorstel \d+ vastleggen$") }).ClickAsync();
        await Expect(proposal.Locator("p.decision")).ToContainTextAsync("Besluit: toegekend, € 1.200,00 — 2 voor, 0 tegen, 1 onthouding.");
        await Expect(proposal.Locator("table tbody tr th")).ToHaveTextAsync(["Carla Coördinator", "Piet Partner", "Bea Bewoner"]);

        // The ledger shows the grant line and the new balance.
        await Expect(coordinator.Locator("#saldo")).ToHaveTextAsync("Beschikbaar saldo: € 3.800,00");
        var grant = coordinator.Locator("table.fund-ledger tbody tr").Filter(new() { HasText = "Moestuin aan de Zambesidreef" }).Locator("td");
        await Expect(grant.Nth(1)).ToHaveTextAsync("uitgave");
        await Expect(grant.Nth(2)).ToHaveTextAsync("Bewonersinitiatief Groen Overvecht");
        await Expect(grant.Nth(3)).ToContainTextAsync("Toekenning voorstel");
        await Expect(grant.Nth(4)).ToHaveTextAsync("€ 1.200,00");
        await Expect(grant.Nth(5)).ToHaveTextAsync("€ 3.800,00");
        await Expect(grant.Nth(6)).ToHaveTextAsync("Carla Coördinator (Gemeente Utrecht)");
        await ScrollableScreenshotAsync(session, coordinator, "werkruimte-wijkfonds-kasboek");

        // 5. The coordinator answers a routekaart step, then opens the report.
        await AnswerAsync(coordinator, id, 1, "Overvecht blijft een wijk waar iedereen kan wonen, ook met een klein inkomen.");
        await Expect(coordinator.Locator("#stap-1 .answer")).ToHaveTextAsync("Overvecht blijft een wijk waar iedereen kan wonen, ook met een klein inkomen.");
        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Werkruimte" }).GetByRole(AriaRole.Link, new() { Name = "Rapport" }).ClickAsync();
        await coordinator.WaitForURLAsync($"**/werkruimte/{id}/rapport");
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("Overvecht in cijfers");
        var reportGoal = coordinator.Locator("#rapport-doelen tbody tr").Filter(new() { HasText = "Overvecht blijft groeien" }).Locator("td");
        await Expect(reportGoal.Nth(1)).ToHaveTextAsync("Inwoners (WK034403)", Slow);
        await Expect(reportGoal.Nth(2)).ToHaveTextAsync("34.155 (2021)");
        await Expect(reportGoal.Nth(3)).ToHaveTextAsync("36.000 (2030)");
        var report = coordinator.Locator("article.report");
        await Expect(report.Locator(".answer").First).ToHaveTextAsync("Overvecht blijft een wijk waar iedereen kan wonen, ook met een klein inkomen.");
        await Expect(report).ToContainTextAsync("Versie 1, door Carla Coördinator");
        await Expect(coordinator.Locator("nav.workspace-nav")).ToBeVisibleAsync();
        await ScrollableScreenshotAsync(session, coordinator, "werkruimte-rapport");

        // Printed (print media): the workspace menu and the print button are hidden; the PDF is a real PDF.
        await coordinator.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(coordinator.Locator("nav.workspace-nav")).ToBeHiddenAsync();
        await Expect(coordinator.GetByRole(AriaRole.Button, new() { Name = "Afdrukken of opslaan als PDF" })).ToBeHiddenAsync();
        await Expect(reportGoal.Nth(2)).ToBeVisibleAsync();
        var pdfPath = Path.Combine(folder, "werkruimte-rapport.pdf");
        var pdf = await coordinator.PdfAsync(new() { Path = pdfPath, Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 1000, $"PDF has {pdf.Length} bytes");
        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(pdf.Length, new FileInfo(pdfPath).Length);
        await coordinator.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(coordinator.Locator("nav.workspace-nav")).ToBeVisibleAsync();

        await CloseAsync(resident);
        await CloseAsync(partner);
        await CloseAsync(coordinator);
        Directory.Delete(folder, recursive: true);
    }
}
