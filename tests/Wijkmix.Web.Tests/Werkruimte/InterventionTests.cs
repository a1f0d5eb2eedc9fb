using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Store;
using Wijkmix.Workspace.Interventions;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// Interventions: the catalogue by kind, planning with owner, period, status, cost (nl-NL), areas checked against the
/// store, totals per status, concurrency, rights, and the button that tries a physical instrument in the simulator.
/// </summary>
public abstract partial class InterventionTests(RunningApp app)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static Dictionary<string, string> Intervention(string name, string? key, string kind, string status, string cost, string areas, int id = 0, int version = 0,
        string owner = "", string start = "", string end = "") => new()
    {
        ["interventie"] = id.ToString(CultureInfo.InvariantCulture), ["versie"] = version.ToString(CultureInfo.InvariantCulture), ["sleutel"] = key ?? "", ["naam"] = name,
        ["soort"] = kind, ["omschrijving"] = "", ["eigenaar"] = owner, ["start"] = start, ["eind"] = end, ["status"] = status, ["kosten"] = cost, ["gebieden"] = areas,
    };

    private static int Added(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.IndexOf("#interventie-", StringComparison.Ordinal) + 13)..], CultureInfo.InvariantCulture);
    }

    /// <summary>A buurt of Overvecht as the app's store has it.</summary>
    private Area OvervechtBuurt()
    {
        using var store = WijkmixStore.Open(app.StorePath);
        var wijk = AreaCode.Parse("WK034406");
        return store.AllAreas().Where(a => a.Level == AreaLevel.Neighbourhood && a.Code.Parent == wijk).OrderBy(a => a.Code.Value, StringComparer.Ordinal).First();
    }

    /// <summary>The name the store gives the workspace's wijk, WK034406.</summary>
    private string WijkName()
    {
        using var store = WijkmixStore.Open(app.StorePath);
        return store.FindArea(AreaCode.Parse("WK034406"))!.DisplayName;
    }

    [Fact]
    public async Task Planned_interventions_show_their_values_and_the_totals_per_status()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/interventies";
        var buurt = OvervechtBuurt();
        var planForm = await coordinator.GetStringAsync($"{path}?plan=sloop-nieuwbouw");
        Assert.Contains("name=\"sleutel\" value=\"sloop-nieuwbouw\"", planForm, StringComparison.Ordinal);
        Assert.Contains("value=\"Herstructurering: sloop en nieuwbouw\"", planForm, StringComparison.Ordinal);

        Added(await coordinator.PostAsync(path, null, Intervention("Herstructurering Zambesidreef", "sloop-nieuwbouw", "fysiek", "gepland", "1.250.000", buurt.Code.Value.ToLowerInvariant(),
            owner: "Portaal", start: "2027-01-01", end: "2031-12-31")));
        Added(await coordinator.PostAsync(path, null, Intervention("Huiskamer van de wijk", null, "sociaal", "lopend", "12500,50", "", owner: "Buurtteam")));

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(path));

        Assert.Matches("Herstructurering Zambesidreef</th>\\s*<td>Fysiek</td>\\s*<td>Portaal</td>\\s*<td>1-1-2027 – 31-12-2031</td>\\s*<td>Gepland</td>", page);
        Assert.Contains($"<td class=\"number\">{1_250_000m.ToString("C", Dutch)}</td>", page, StringComparison.Ordinal);
        Assert.Contains($"{buurt.DisplayName} ({buurt.Code.Value})", page, StringComparison.Ordinal);
        Assert.Matches("Huiskamer van de wijk<br><span class=\"hint\">eigen interventie</span></th>\\s*<td>Sociaal</td>", page);
        Assert.Contains($"<td>hele gebied ({WijkName()})</td>", page, StringComparison.Ordinal);
        Assert.Matches($"<th scope=\"row\">Gepland</th><td class=\"number\">1</td><td class=\"number\">{Regex.Escape(1_250_000m.ToString("C", Dutch))}</td>", page);
        Assert.Matches($"<th scope=\"row\">Lopend</th><td class=\"number\">1</td><td class=\"number\">{Regex.Escape(12_500.50m.ToString("C", Dutch))}</td>", page);
        Assert.Matches($"<th scope=\"row\">Idee</th><td class=\"number\">0</td><td class=\"number\">{Regex.Escape(0m.ToString("C", Dutch))}</td>", page);
        Assert.Matches($"<th scope=\"row\">Totaal</th><td class=\"number\">2</td><td class=\"number\">{Regex.Escape(1_262_500.50m.ToString("C", Dutch))}</td>", page);

        // The catalogue, grouped by kind, each with a plan link; one simulator button (the catalogue's physical entry).
        Assert.Contains("<h3>Fysiek</h3>", page, StringComparison.Ordinal);
        Assert.Contains("<h3>Economisch</h3>", page, StringComparison.Ordinal);
        Assert.Equal(InterventionCatalogue.All.Count, Regex.Count(page, "\\?plan=[a-z-]+#formulier"));
        Assert.Equal(1, Regex.Count(page, "Proberen in de simulator<span"));
        Assert.Contains("Deze werkruimte heeft nog geen doelen", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_area_code_is_refused_naming_the_field_and_the_code()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/interventies";

        var unknown = await coordinator.PostAsync(path, null, Intervention("Renovatie flats", "renovatie", "fysiek", "idee", "", "WK034406, BU03449999"));
        var elsewhere = await coordinator.PostAsync(path, null, Intervention("Renovatie flats", "renovatie", "fysiek", "idee", "", "WK036301"));
        var cost = await coordinator.PostAsync(path, null, Intervention("Renovatie flats", "renovatie", "fysiek", "idee", "veel", ""));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Het veld 'Gebieden' bevat de code BU03449999: dat is geen buurt of wijk van Utrecht", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Contains("Het veld 'Gebieden' bevat de code WK036301", WebUtility.HtmlDecode(await elsewhere.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, cost.StatusCode);
        Assert.Contains("Het veld 'Kosten' moet een bedrag in euro's zijn", WebUtility.HtmlDecode(await cost.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("Renovatie flats</th>", await coordinator.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_on_an_old_version_is_a_conflict_and_the_newer_value_stays()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");
        var path = $"/werkruimte/{id}/interventies";
        var item = Added(await coordinator.PostAsync(path, null, Intervention("Weekstart Overvecht", "weekstart", "sociaal", "idee", "", "")));

        Added(await partner.PostAsync(path, null, Intervention("Weekstart Overvecht", "weekstart", "sociaal", "lopend", "5000", "", item, 0, owner: "Buurtteam")));
        var late = await coordinator.PostAsync(path, null, Intervention("Weekstart Overvecht", "weekstart", "sociaal", "gestopt", "", "", item, 0, owner: "Gemeente"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var body = WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        Assert.Contains("Interventie \"Weekstart Overvecht\" is intussen gewijzigd door een ander lid", body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"gestopt\" selected=\"selected\">", body, StringComparison.Ordinal);
        var page = await coordinator.GetStringAsync(path);
        Assert.Matches("Weekstart Overvecht</th>\\s*<td>Sociaal</td>\\s*<td>Buurtteam</td>\\s*<td>… – …</td>\\s*<td>Lopend</td>", page);
    }

    [Fact]
    public async Task A_viewer_cannot_post()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");
        var path = $"/werkruimte/{id}/interventies";

        var refused = await viewer.PostAsync(path, null, Intervention("Stiekem", null, "sociaal", "idee", "", ""));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var page = await viewer.GetStringAsync(path);
        Assert.DoesNotContain("Stiekem", page, StringComparison.Ordinal);
        Assert.DoesNotContain("?plan=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trying_sloop_en_nieuwbouw_in_the_simulator_yields_its_result()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/interventies";
        Added(await coordinator.PostAsync(path, null, Intervention("Sloop Zambesidreef", "sloop-nieuwbouw", "fysiek", "idee", "", "", start: "2027-03-01")));

        var page = await coordinator.GetStringAsync(path);
        var form = SimulatorForm().Match(page);
        Assert.True(form.Success, "simulator button");
        var fields = HiddenField().Matches(form.Value).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Equal("tekst", fields["bron"]);
        Assert.Equal("GM0344", fields["gemeente"]);
        Assert.NotEmpty(fields["__RequestVerificationToken"]);
        var scenario = fields["scenario"];
        Assert.Contains("type: sloop_nieuwbouw", scenario, StringComparison.Ordinal);
        Assert.Contains("gebieden: [\"WK034406\"]", scenario, StringComparison.Ordinal);
        Assert.Contains("vanaf: 2027", scenario, StringComparison.Ordinal);

        // The same post at a small scale, so the test stays quick.
        fields["scenario"] = scenario.Replace("schaal: 0.1\n", "schaal: 0.02\n", StringComparison.Ordinal);
        Assert.NotEqual(scenario, fields["scenario"]);
        using var content = new FormUrlEncodedContent(fields);
        var response = await coordinator.Client.PostAsync(new Uri("/simulatie", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var kept = await SimulationJobPage.FollowAsync(coordinator.Client, response.Headers.Location!.OriginalString);
        Assert.Matches("^/simulatie\\?uitkomst=[0-9a-f]{32}$", kept);
        var result = WebUtility.HtmlDecode(await coordinator.GetStringAsync(kept));
        Assert.Contains("Sloop Zambesidreef", result, StringComparison.Ordinal);
    }

    /// <summary>The running app's workspace store, found by the (unique) name of a workspace in it.</summary>
    /// <summary>A goal on an eigen indicator, added through the goals page as a partner would.</summary>
    private static async Task<int> AddGoal(Member member, int id, string title)
    {
        var response = await member.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, new()
        {
            ["titel"] = title, ["indicator"] = "eigen", ["eigenIndicator"] = "Eigen meting", ["gebied"] = "WK034406", ["nulmetingsjaar"] = "2024",
            ["nulmeting"] = "20", ["streefwaarde"] = "10", ["doeljaar"] = "2030", ["beleving"] = "", ["versie"] = "0",
        });
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split("#doel-")[1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task An_intervention_serves_the_goals_ticked_and_an_edit_can_untick_them()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var kept = await AddGoal(coordinator, id, "Minder huishoudens met een laag inkomen in de flats");
        var other = await AddGoal(coordinator, id, "Meer ontmoeting tussen oude en nieuwe bewoners");

        var path = $"/werkruimte/{id}/interventies";
        var form = await coordinator.GetStringAsync(path);
        Assert.Contains($"<input type=\"checkbox\" name=\"doelen\" value=\"{kept}\">", form, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"checkbox\" name=\"doelen\" value=\"{other}\">", form, StringComparison.Ordinal);

        var fields = Intervention("Middenhuur aan de Zambesidreef", "middenhuur", "fysiek", "gepland", "", "");
        fields["doelen"] = kept.ToString(CultureInfo.InvariantCulture);
        var item = Added(await coordinator.PostAsync(path, null, fields));

        Assert.Matches("(?s)Middenhuur aan de Zambesidreef</th>(?:(?!</tr>).)*<td>Minder huishoudens met een laag inkomen in de flats</td>", await coordinator.GetStringAsync(path));
        Assert.Contains($"value=\"{kept}\" checked=\"checked\">", await coordinator.GetStringAsync($"{path}?bewerk={item}"), StringComparison.Ordinal);

        fields["doelen"] = "999999";
        var unknown = await coordinator.PostAsync(path, null, fields);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Het veld 'Doelen' noemt doel 999999", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var untick = Intervention("Middenhuur aan de Zambesidreef", "middenhuur", "fysiek", "gepland", "", "", item, 0);
        Added(await coordinator.PostAsync(path, null, untick));
        Assert.Matches("(?s)Middenhuur aan de Zambesidreef</th>(?:(?!</tr>).)*<td>–</td>", await coordinator.GetStringAsync(path));
    }

    [GeneratedRegex("<form method=\"post\" action=\"/simulatie\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex SimulatorForm();

    [GeneratedRegex("<input (?:type=\"hidden\" )?name=\"([^\"]+)\" (?:type=\"hidden\" )?value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class InterventionsOnSqlite(SqliteApp app) : InterventionTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class InterventionsOnPostgres(PostgresApp app) : InterventionTests(app);
