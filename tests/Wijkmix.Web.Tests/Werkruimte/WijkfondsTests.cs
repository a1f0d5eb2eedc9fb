using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>The wijkfonds: payments, proposals, decisions with every vote, and a ledger that is only ever added to.</summary>
public abstract partial class WijkfondsTests(RunningApp app)
{
    [Fact]
    public async Task Two_partners_pay_a_resident_proposes_and_a_granted_decision_adds_a_grant_line()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var portaal = await coordinator.InviteAsync(app, id, "Partner", "Piet Portaal", "Woningcorporatie Portaal");
        var welzijn = await coordinator.InviteAsync(app, id, "Partner", "Wim Welzijn", "Welzijn Utrecht");
        var resident = await coordinator.InviteAsync(app, id, "ResidentRepresentative", "Rita Bewoner", "Bewonersorganisatie Binnenstad");
        var fund = $"/werkruimte/{id}/wijkfonds";

        Assert.Equal(HttpStatusCode.SeeOther, (await portaal.PostAsync(fund, "Entry", Entry("storting", "Woningcorporatie Portaal", "1.000,00"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await welzijn.PostAsync(fund, "Entry", Entry("toezegging", "Welzijn Utrecht", "1.000"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await welzijn.PostAsync(fund, "Entry", Entry("storting", "Welzijn Utrecht", "750,50"))).StatusCode);
        var proposed = await resident.PostAsync(fund, "Proposal", new()
        {
            ["titel"] = "Buurtbarbecue op het Janskerkhof", ["beschrijving"] = "Eten met de hele buurt.", ["voorgesteldDoor"] = "Bewonersgroep Janskerkhof", ["bedrag"] = "1250",
        });
        Assert.Equal(HttpStatusCode.SeeOther, proposed.StatusCode);
        var proposal = ProposalId(proposed);

        var decided = await coordinator.PostAsync(fund, "Decision", Decision(proposal, "toegekend", "1.200,00",
            ("Anna Coördinator", "Gemeente Utrecht", "voor"), ("Piet Portaal", "Woningcorporatie Portaal", "voor"), ("Wim Welzijn", "Welzijn Utrecht", "tegen")));

        Assert.Equal(HttpStatusCode.SeeOther, decided.StatusCode);
        var page = await resident.GetStringAsync(fund);
        Assert.Contains("Beschikbaar saldo: <strong>€ 550,50</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"Toekenning voorstel {proposal}: Buurtbarbecue op het Janskerkhof", page, StringComparison.Ordinal);
        Assert.Matches(@"<td>\s*uitgave\s*</td>\s*<td>Bewonersgroep Janskerkhof</td>", page);
        Assert.Contains("Besluit: <strong>toegekend</strong>, € 1.200,00 — 2 voor, 1 tegen, 0 onthouding.", page, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">Wim Welzijn</th><td>Welzijn Utrecht</td><td>tegen</td></tr>", page, StringComparison.Ordinal);
        // Welzijn pledged 1.000,00 and paid 750,50: 249,50 is still open; Portaal paid without pledging.
        Assert.Contains("<tr><th scope=\"row\">Welzijn Utrecht</th><td class=\"num\">€ 1.000,00</td><td class=\"num\">€ 750,50</td><td class=\"num\">€ 249,50</td></tr>", page, StringComparison.Ordinal);
        Assert.Equal(["€ 1.000,00", "€ 1.000,00", "€ 1.750,50", "€ 550,50"], Balances(page));
    }

    [Fact]
    public async Task A_grant_above_the_balance_or_against_the_votes_is_refused_and_nothing_is_stored()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var fund = $"/werkruimte/{id}/wijkfonds";
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync(fund, "Entry", Entry("storting", "Gemeente Utrecht", "100"))).StatusCode);
        var proposal = ProposalId(await coordinator.PostAsync(fund, "Proposal", new() { ["titel"] = "Speeltuin", ["voorgesteldDoor"] = "Ouders Wijk C", ["bedrag"] = "500" }));

        var tooMuch = await coordinator.PostAsync(fund, "Decision", Decision(proposal, "toegekend", "500", ("Anna Coördinator", "Gemeente Utrecht", "voor")));
        var againstVotes = await coordinator.PostAsync(fund, "Decision", Decision(proposal, "toegekend", "50",
            ("Anna Coördinator", "Gemeente Utrecht", "voor"), ("Bert", "Buurtteam", "tegen"), ("Carla", "Bewoners", "tegen")));
        var noVotes = await coordinator.PostAsync(fund, "Decision", Decision(proposal, "afgewezen", ""));

        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("Het toegekende bedrag (€ 500,00) is hoger dan het beschikbare saldo van het wijkfonds (€ 100,00) (veld &#x27;Toegekend bedrag&#x27;)", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, againstVotes.StatusCode);
        var body = await againstVotes.Content.ReadAsStringAsync();
        Assert.Contains("De stemmen (1 voor, 2 tegen, 0 onthouding) geven als uitkomst &#x27;afgewezen&#x27;, niet &#x27;toegekend&#x27;", body, StringComparison.Ordinal);
        Assert.Contains("value=\"Carla\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noVotes.StatusCode);
        Assert.Contains("Leg ten minste één stem vast (veld &#x27;Stemmen&#x27;)", await noVotes.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await coordinator.GetStringAsync(fund);
        Assert.Contains("Beschikbaar saldo: <strong>€ 100,00</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("uitgave", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Besluit:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_amounts_are_refused_with_a_message_naming_the_field()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var fund = $"/werkruimte/{id}/wijkfonds";

        var decimals = await coordinator.PostAsync(fund, "Entry", Entry("storting", "Gemeente Utrecht", "12,345"));
        var negative = await coordinator.PostAsync(fund, "Entry", Entry("storting", "Gemeente Utrecht", "-5"));
        var zero = await coordinator.PostAsync(fund, "Proposal", new() { ["titel"] = "Niets", ["voorgesteldDoor"] = "Bewoners", ["bedrag"] = "0" });

        Assert.Equal(HttpStatusCode.BadRequest, decimals.StatusCode);
        Assert.Contains("Een bedrag heeft ten hoogste twee cijfers achter de komma (veld &#x27;Bedrag&#x27;).", await decimals.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("Het bedrag moet groter zijn dan nul (veld &#x27;Bedrag&#x27;).", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Contains("Het bedrag moet groter zijn dan nul (veld &#x27;Gevraagd bedrag&#x27;).", await zero.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Het kasboek is nog leeg.", await coordinator.GetStringAsync(fund), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_adds_a_line_and_keeps_the_original_visible()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Portaal", "Woningcorporatie Portaal");
        var fund = $"/werkruimte/{id}/wijkfonds";
        Assert.Equal(HttpStatusCode.SeeOther, (await partner.PostAsync(fund, "Entry", Entry("storting", "Woningcorporatie Portaal", "1.000,00", "Eerste storting"))).StatusCode);
        var line = int.Parse(LinePattern().Match(await partner.GetStringAsync(fund)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var corrected = await partner.PostAsync(fund, "Correction", new() { ["regel"] = line.ToString(System.Globalization.CultureInfo.InvariantCulture), ["bedrag"] = "-100", ["reden"] = "Tikfout: het was € 900" });
        var belowZero = await partner.PostAsync(fund, "Correction", new() { ["regel"] = line.ToString(System.Globalization.CultureInfo.InvariantCulture), ["bedrag"] = "-901", ["reden"] = "Te veel" });

        Assert.Equal(HttpStatusCode.SeeOther, corrected.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, belowZero.StatusCode);
        var page = await partner.GetStringAsync(fund);
        Assert.Contains("Eerste storting", page, StringComparison.Ordinal);
        Assert.Contains($"(gecorrigeerd door <a href=\"#regel-{line + 1}\">regel {line + 1}</a>)", page, StringComparison.Ordinal);
        Assert.Contains($"op <a href=\"#regel-{line}\">regel {line}</a>", page, StringComparison.Ordinal);
        Assert.Contains("Tikfout: het was € 900", page, StringComparison.Ordinal);
        Assert.Equal(["€ 1.000,00", "€ 900,00"], Balances(page));
        Assert.Contains("Beschikbaar saldo: <strong>€ 900,00</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Te veel", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_may_post_nothing_and_a_resident_may_only_propose()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");
        var resident = await coordinator.InviteAsync(app, id, "ResidentRepresentative", "Rita Bewoner", "Bewonersorganisatie Binnenstad");
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Portaal", "Woningcorporatie Portaal");
        var fund = $"/werkruimte/{id}/wijkfonds";
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync(fund, "Entry", Entry("storting", "Gemeente Utrecht", "300"))).StatusCode);
        var proposal = ProposalId(await resident.PostAsync(fund, "Proposal", new() { ["titel"] = "Bankjes", ["voorgesteldDoor"] = "Bewoners", ["bedrag"] = "200" }));
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync(fund, "Decision", Decision(proposal, "toegekend", "200", ("Anna", "Gemeente Utrecht", "voor")))).StatusCode);
        var page = await coordinator.GetStringAsync(fund);
        var payment = LinePattern().Match(page).Groups[1].Value;
        var grant = Regex.Match(page, "<tr id=\"regel-(\\d+)\" class=\"kind-grant\"").Groups[1].Value;
        var second = ProposalId(await resident.PostAsync(fund, "Proposal", new() { ["titel"] = "Plantenbakken", ["voorgesteldDoor"] = "Bewoners", ["bedrag"] = "50" }));

        Dictionary<string, Dictionary<string, string>> posts = new()
        {
            ["Entry"] = Entry("storting", "Gemeenteraad", "10"),
            ["Proposal"] = new() { ["titel"] = "Van de kijker", ["voorgesteldDoor"] = "Kijker", ["bedrag"] = "10" },
            ["Decision"] = Decision(second, "afgewezen", "", ("Victor", "Gemeenteraad", "tegen")),
            ["Correction"] = new() { ["regel"] = payment, ["bedrag"] = "-10", ["reden"] = "Van de kijker" },
        };
        foreach (var (handler, fields) in posts)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(fund, handler, fields)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsync(fund, "Decision", posts["Decision"])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await resident.PostAsync(fund, "Entry", posts["Entry"])).StatusCode);
        // A partner corrects payments, but a grant only through the alliance's coordinator.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync(fund, "Correction", new() { ["regel"] = grant, ["bedrag"] = "-10", ["reden"] = "Van de partner" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.PostAsync(fund, "Decision", posts["Decision"])).StatusCode);
        var after = await coordinator.GetStringAsync(fund);
        Assert.DoesNotContain("Van de kijker", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Van de partner", after, StringComparison.Ordinal);
        Assert.Contains("Beschikbaar saldo: <strong>€ 100,00</strong>", after, StringComparison.Ordinal);
        Assert.Contains("Nog geen besluit.", await resident.GetStringAsync(fund), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Entry(string kind, string party, string amount, string description = "") =>
        new() { ["soort"] = kind, ["partij"] = party, ["bedrag"] = amount, ["omschrijving"] = description };

    private static Dictionary<string, string> Decision(int proposal, string outcome, string amount, params (string Name, string Organisation, string Choice)[] votes)
    {
        // Indexed names (stemmer[0], stemmer[1], …) bind to the same lists as a browser's repeated names.
        var fields = new Dictionary<string, string> { ["voorstel"] = proposal.ToString(System.Globalization.CultureInfo.InvariantCulture), ["uitkomst"] = outcome, ["toegekend"] = amount };
        for (var i = 0; i < votes.Length; i++)
        {
            fields[$"stemmer[{i}]"] = votes[i].Name;
            fields[$"stemorganisatie[{i}]"] = votes[i].Organisation;
            fields[$"stemkeuze[{i}]"] = votes[i].Choice;
        }

        return fields;
    }

    private static int ProposalId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split("#voorstel-")[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The saldo column of the ledger, top to bottom.</summary>
    private static List<string> Balances(string page) =>
        [.. BalancePattern().Matches(page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<td class=\"num\">[^<]*</td>\\s*<td class=\"num\">([^<]*)</td>\\s*<td>[^<]*</td>\\s*</tr>")]
    private static partial Regex BalancePattern();

    [GeneratedRegex("<tr id=\"regel-(\\d+)\" class=\"kind-payment\"")]
    private static partial Regex LinePattern();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class WijkfondsOnSqlite(SqliteApp app) : WijkfondsTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class WijkfondsOnPostgres(PostgresApp app) : WijkfondsTests(app);
