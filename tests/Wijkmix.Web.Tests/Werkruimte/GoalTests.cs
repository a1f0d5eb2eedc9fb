using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>Doelen en resultaten: goals on CBS, segregation and eigen indicators, the resident survey, conflicts and rights.</summary>
public abstract partial class GoalTests(RunningApp app)
{
    // Overvecht is wijk 03 of Utrecht: WK034403 (WK034406 is wijk 06 Binnenstad in the CBS files).
    private const string Overvecht = "WK034403";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static Dictionary<string, string> Goal(string title, string indicator, string area, string baselineYear, string baseline, string target, string targetYear,
        string? own = null, string? perception = null, int version = 0) => new()
    {
        ["titel"] = title, ["indicator"] = indicator, ["eigenIndicator"] = own ?? "", ["gebied"] = area, ["nulmetingsjaar"] = baselineYear, ["nulmeting"] = baseline,
        ["streefwaarde"] = target, ["doeljaar"] = targetYear, ["beleving"] = perception ?? "", ["versie"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task<int> AddGoal(Member member, int id, Dictionary<string, string> fields)
    {
        var response = await member.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, fields);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split("#doel-")[1], CultureInfo.InvariantCulture);
    }

    private static async Task<string> Text(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<string> Page(Member member, int id) => WebUtility.HtmlDecode(await member.GetStringAsync($"/werkruimte/{id}/doelen"));

    private static async Task<HttpResponseMessage> Upload(Member member, int id, string fileName, byte[] content)
    {
        var token = await RunningApp.TokenAsync(member.Client, $"/werkruimte/{id}/doelen");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "bestand", fileName);
        return await member.Client.PostAsync(new Uri($"/werkruimte/{id}/doelen?handler=Survey", UriKind.Relative), form);
    }

    [Fact]
    public async Task A_goal_on_a_CBS_indicator_fills_its_results_and_baseline_from_the_store_and_never_imputes()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);

        // Baseline left empty: it becomes the CBS figure of 2021.
        var goal = await AddGoal(coordinator, id, Goal("Meer inwoners in Overvecht", "cbs:inhabitants", Overvecht, "2021", "", "36000", "2030"));

        var page = await Page(coordinator, id);
        // CBS Kerncijfers wijken en buurten 2021 (data/cbs/kwb_buurt_g4_2019_2021/kwb2021_utrecht_selected.csv.gz),
        // row WK034403, AantalInwoners_5 = 34155.
        Assert.Contains("34.155 (2021)", page, StringComparison.Ordinal);
        Assert.Contains("bron: CBS Kerncijfers wijken en buurten 2021", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"doel-{goal}\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("<caption>Resultaten van 'Meer inwoners in Overvecht' per jaar</caption>", page, StringComparison.Ordinal);

        // The education counts are '.' for the wijken in that 2021 file: the baseline cannot be taken from it, and is not guessed.
        var refused = await coordinator.PostAsync($"/werkruimte/{id}/doelen/bewerken", null,
            Goal("Minder laag opgeleiden", "cbs:education_low_share", Overvecht, "2021", "", "30", "2030"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Veld 'Nulmeting': voor 2021 is er geen cijfer (geheimgehouden door CBS ('.'))", await Text(refused), StringComparison.Ordinal);
        Assert.DoesNotContain("Minder laag opgeleiden", await Page(coordinator, id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_segregation_goal_has_the_value_the_segregation_engine_gives_for_the_same_question()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);
        await AddGoal(coordinator, id, Goal("Minder scheiding niet-westers", "segregatie:D:migration:non_western", Overvecht, "2019", "", "0,3", "2030"));

        var page = await Page(coordinator, id);
        foreach (var year in new[] { 2019, 2021 })
        {
            using var api = await app.Client().GetAsync(new Uri($"/api/segregation/GM0344?grouping=migration&level=buurt&year={year}&replicates=0", UriKind.Relative));
            var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
            var d = json.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "non_western").GetProperty("dissimilarity").GetDouble();
            Assert.InRange(d, 0.1, 0.9);
            Assert.Contains($"<th scope=\"row\">{year}</th>\n                                <td class=\"number\">{Math.Round(d, 3, MidpointRounding.AwayFromZero).ToString("#,##0.###", Dutch)}</td>", page, StringComparison.Ordinal);
            if (year == 2019)
            {
                Assert.Contains($"{Math.Round(d, 3, MidpointRounding.AwayFromZero).ToString("#,##0.###", Dutch)} (2019)", page, StringComparison.Ordinal); // the baseline
            }
        }

        Assert.Contains("berekend met de segregatiemodule (buurten binnen GM0344)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_enter_results_of_an_eigen_indicator_with_a_source_and_progress_follows_the_rule()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");
        var goal = await AddGoal(coordinator, id, Goal("Minder schoolverzuim", "eigen", Overvecht, "2022", "12", "8", "2026", own: "Leerlingen met langdurig verzuim"));

        var missing = await partner.PostAsync($"/werkruimte/{id}/doelen", "Result", new() { ["doel"] = $"{goal}", ["jaar"] = "2024", ["waarde"] = "10", ["bron"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("Veld 'Bron': de bron is verplicht", await Text(missing), StringComparison.Ordinal);
        Assert.Contains("nog geen resultaat", await Page(partner, id), StringComparison.Ordinal);

        var saved = await partner.PostAsync($"/werkruimte/{id}/doelen", "Result", new() { ["doel"] = $"{goal}", ["jaar"] = "2024", ["waarde"] = "10,5", ["bron"] = "Leerplicht, registratie juli" });
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);

        var page = await Page(partner, id);
        Assert.Contains("10,5 (2024)", page, StringComparison.Ordinal);
        Assert.Contains("Leerplicht, registratie juli (ingevoerd door Piet Partner (Woningcorporatie Portaal))", page, StringComparison.Ordinal);
        // (12 − 10,5) ÷ (12 − 8) = 38 % of the way in 50 % of the time: not on track.
        Assert.Contains("(38 % van de weg afgelegd, 50 % van de looptijd verstreken)", page, StringComparison.Ordinal);
        Assert.Contains("status-notontrack\">niet op koers", page, StringComparison.Ordinal);
        Assert.Contains("Voortgang = (laatste resultaat − nulmeting) ÷ (doel − nulmeting)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_survey_file_is_refused_with_row_and_column_and_nothing_is_stored()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);
        var template = await coordinator.GetAsync($"/werkruimte/{id}/doelen?handler=Template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("gebied_code;indicator;jaar;waarde;bron", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var cases = new (string Text, string Message)[]
        {
            ("gebied_code;indicator;jaar;waarde;bron\nWK034403;veiligheidsgevoel;2023;61;Enquête\nWK034403;veiligheidsgevoel;2024x;58;Enquête\n",
                "enquete.csv, rij 3, kolom 'jaar': '2024x' is geen jaartal"),
            ("gebied_code;indicator;jaar;waarde;bron\nWK034403;veiligheidsgevoel;2023;61;Enquête\nWK034406;veiligheidsgevoel;2023;70;Enquête\n",
                "enquete.csv, rij 3, kolom 'gebied_code': 'WK034406' is niet het gebied van de werkruimte"),
            ("gebied_code;indicator;jaar;waarde;bron\nWK034403;veiligheidsgevoel;2023;zestig;Enquête\n", "enquete.csv, rij 2, kolom 'waarde': 'zestig' is geen getal"),
            ("code;indicator;jaar;waarde;bron\n", "enquete.csv, rij 1, kolom 1: de kopregel is 'code;indicator;jaar;waarde;bron'"),
        };
        foreach (var (text, message) in cases)
        {
            var refused = await Upload(coordinator, id, "enquete.csv", Encoding.UTF8.GetBytes(text));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(message, await Text(refused), StringComparison.Ordinal);
        }

        var latin1 = await Upload(coordinator, id, "enquete.csv", Encoding.Latin1.GetBytes("gebied_code;indicator;jaar;waarde;bron\nWK034403;veiligheidsgevoel;2023;61;Enquête\n"));
        Assert.Contains("enquete.csv, rij 2: het bestand is geen UTF-8", await Text(latin1), StringComparison.Ordinal);
        var empty = await Upload(coordinator, id, "leeg.csv", [(byte)' ']);
        Assert.Contains("leeg.csv: het bestand is leeg", await Text(empty), StringComparison.Ordinal);

        Assert.Contains("Nog geen enquêtecijfers geladen.", await Page(coordinator, id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Divergence_between_registration_and_perception_is_flagged()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);
        var goal = await AddGoal(coordinator, id, Goal("Minder overlastmeldingen", "eigen", Overvecht, "2020", "30", "20", "2030", own: "Overlastmeldingen per 1.000 inwoners", perception: "veiligheidsgevoel"));
        foreach (var (year, value) in new[] { ("2022", "28"), ("2023", "26") })
        {
            var saved = await coordinator.PostAsync($"/werkruimte/{id}/doelen", "Result", new() { ["doel"] = $"{goal}", ["jaar"] = year, ["waarde"] = value, ["bron"] = "Politie, meldingen" });
            Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        }

        // Registered nuisance falls (towards the goal) while feeling safe falls 5 points: more than the tolerance of 2.
        var uploaded = await Upload(coordinator, id, "enquete.csv", Encoding.UTF8.GetBytes(
            "gebied_code;indicator;jaar;waarde;bron\nWK034403;veiligheidsgevoel;2022;60;Wijkenquête 2022\nWK034403;veiligheidsgevoel;2023;55;Wijkenquête 2023\n"));
        Assert.Equal(HttpStatusCode.SeeOther, uploaded.StatusCode);

        var page = await Page(coordinator, id);
        Assert.Contains("Let op: 2022–2023: het geregistreerde cijfer beweegt richting het doel, de beleving beweegt omlaag: registratie en beleving lopen uiteen.", page, StringComparison.Ordinal);
        Assert.Contains("Wijkenquête 2023", page, StringComparison.Ordinal);
        Assert.Contains("meer dan 2 punten daalt", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_members_editing_the_same_goal_keep_the_first_edit_and_the_second_gets_409()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");
        var goal = await AddGoal(coordinator, id, Goal("Minder schoolverzuim", "eigen", Overvecht, "2022", "12", "8", "2026", own: "Verzuim"));
        var edit = $"/werkruimte/{id}/doelen/bewerken/{goal}";
        var version = int.Parse(VersionPattern().Match(await coordinator.GetStringAsync(edit)).Groups[1].Value, CultureInfo.InvariantCulture);

        var first = await coordinator.PostAsync(edit, null, Goal("Minder schoolverzuim (aangescherpt)", "eigen", Overvecht, "2022", "12", "6", "2026", own: "Verzuim", version: version));
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var second = await partner.PostAsync(edit, null, Goal("Schoolverzuim halveren", "eigen", Overvecht, "2022", "12", "7", "2026", own: "Verzuim", version: version));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = await Text(second);
        Assert.Contains("Doel 'Schoolverzuim halveren' is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen.", body, StringComparison.Ordinal);
        Assert.Contains("<dd>Minder schoolverzuim (aangescherpt)</dd>", body, StringComparison.Ordinal);
        Assert.Contains("value=\"Schoolverzuim halveren\"", body, StringComparison.Ordinal);
        var page = await Page(partner, id);
        Assert.Contains("Minder schoolverzuim (aangescherpt)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Schoolverzuim halveren", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_names_the_field_of_each_problem()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);

        var years = await coordinator.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, Goal("Terug in de tijd", "cbs:inhabitants", Overvecht, "2024", "1", "2", "2020"));
        Assert.Equal(HttpStatusCode.BadRequest, years.StatusCode);
        Assert.Contains("Veld 'Doeljaar': het doeljaar (2020) moet na het nulmetingsjaar (2024) liggen.", await Text(years), StringComparison.Ordinal);
        var unknown = await coordinator.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, Goal("Onbekend", "cbs:geluk", Overvecht, "2021", "1", "2", "2030"));
        Assert.Contains("Veld 'Indicator': 'cbs:geluk' is geen bekende indicator", await Text(unknown), StringComparison.Ordinal);
        var elsewhere = await coordinator.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, Goal("Amsterdam", "cbs:inhabitants", "GM0363", "2021", "1", "2", "2030"));
        Assert.Contains("Veld 'Gebied': GM0363 ligt niet in de gemeente van de werkruimte (GM0344).", await Text(elsewhere), StringComparison.Ordinal);
        Assert.Contains("Er zijn nog geen doelen.", await Page(coordinator, id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_is_refused_every_change()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync(area: Overvecht);
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");
        var goal = await AddGoal(coordinator, id, Goal("Minder schoolverzuim", "eigen", Overvecht, "2022", "12", "8", "2026", own: "Verzuim"));
        var index = $"/werkruimte/{id}/doelen";

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"{index}/bewerken", null, Goal("Kijker", "eigen", Overvecht, "2022", "1", "2", "2026", own: "x"), tokenFrom: index)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"{index}/bewerken/{goal}", null, Goal("Kijker", "eigen", Overvecht, "2022", "1", "2", "2026", own: "x", version: 1), tokenFrom: index)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(index, "Result", new() { ["doel"] = $"{goal}", ["jaar"] = "2024", ["waarde"] = "9", ["bron"] = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Upload(viewer, id, "enquete.csv", Encoding.UTF8.GetBytes("gebied_code;indicator;jaar;waarde;bron\nWK034403;x;2023;1;b\n"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"{index}/bewerken")).StatusCode);

        var page = await Page(viewer, id);
        Assert.DoesNotContain("Kijker", page.Replace("Victor Kijker", "", StringComparison.Ordinal).Replace("kijker", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("nog geen resultaat", page, StringComparison.Ordinal);
        Assert.Contains("Nog geen enquêtecijfers geladen.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Doel toevoegen", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"versie\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class GoalsOnSqlite(SqliteApp app) : GoalTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class GoalsOnPostgres(PostgresApp app) : GoalTests(app);
