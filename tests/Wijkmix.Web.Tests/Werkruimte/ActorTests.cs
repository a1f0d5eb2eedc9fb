using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>The actor analysis: the table, the actor map as SVG, editing with optimistic concurrency, and rights.</summary>
public abstract partial class ActorTests(RunningApp app)
{
    private static Dictionary<string, string> Actor(string organisation, string domain, int influence, int involvement, int id = 0, int version = 0, string role = "", string contact = "") => new()
    {
        ["actor"] = id.ToString(CultureInfo.InvariantCulture), ["versie"] = version.ToString(CultureInfo.InvariantCulture), ["organisatie"] = organisation, ["domein"] = domain,
        ["rol"] = role, ["invloed"] = influence.ToString(CultureInfo.InvariantCulture), ["betrokkenheid"] = involvement.ToString(CultureInfo.InvariantCulture), ["contactpersoon"] = contact,
    };

    private static async Task<int> Added(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.IndexOf("#actor-", StringComparison.Ordinal) + 7)..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Actors_appear_in_the_table_and_once_each_on_the_map_with_the_quadrants()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/actoren";
        await Added(await coordinator.PostAsync(path, null, Actor("Portaal", "fysiek", 5, 4, role: "Eigenaar van de flats", contact: "Jan de Vries")));
        await Added(await coordinator.PostAsync(path, null, Actor("Buurtteam Overvecht", "sociaal", 4, 4, role: "Hulp achter de voordeur")));
        await Added(await coordinator.PostAsync(path, null, Actor("Basisschool De Zonnewijzer", "onderwijs", 2, 1)));

        var page = await coordinator.GetStringAsync(path);

        Assert.Contains("<th scope=\"row\">Portaal</th>", page, StringComparison.Ordinal);
        Assert.Contains("Eigenaar van de flats", page, StringComparison.Ordinal);
        Assert.Contains("Jan de Vries", page, StringComparison.Ordinal);
        var svg = SvgPattern().Match(page).Value;
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Actorenkaart met 3 actoren", svg, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(svg, "<circle "));
        foreach (var quadrant in new[] { "Nauw betrekken", "Tevreden houden", "Informeren", "Monitoren" })
        {
            Assert.Contains($">{quadrant}</text>", svg, StringComparison.Ordinal);
        }

        Assert.Contains("<title>Portaal — fysiek, invloed 5, betrokkenheid 4</title>", svg, StringComparison.Ordinal);
        Assert.Contains("class=\"actor domein-onderwijs\"", svg, StringComparison.Ordinal);
        Assert.Contains(">O</text>", svg, StringComparison.Ordinal);

        // Table rows give the quadrant in words: the text alternative of the map.
        Assert.Matches("<th scope=\"row\">Basisschool De Zonnewijzer</th>\\s*<td>Onderwijs</td>\\s*<td></td>\\s*<td class=\"number\">2</td>\\s*<td class=\"number\">1</td>\\s*<td>Monitoren</td>", page);
    }

    [Fact]
    public async Task Actors_on_the_same_spot_are_drawn_apart()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/actoren";
        foreach (var name in new[] { "Gemeente", "Politie", "Portaal", "Mitros", "Bo-Ex" })
        {
            await Added(await coordinator.PostAsync(path, null, Actor(name, "veiligheid", 4, 4)));
        }

        var svg = SvgPattern().Match(await coordinator.GetStringAsync(path)).Value;

        var centres = CirclePattern().Matches(svg).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(5, centres.Count);
        Assert.Equal(5, centres.Distinct().Count());
    }

    [Fact]
    public async Task An_edit_is_saved_and_shown()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/actoren";
        var actor = await Added(await coordinator.PostAsync(path, null, Actor("Wijkagent", "veiligheid", 2, 2)));

        var form = await coordinator.GetStringAsync($"{path}?bewerk={actor}");
        Assert.Contains("name=\"versie\" value=\"0\"", form, StringComparison.Ordinal);
        await Added(await coordinator.PostAsync(path, null, Actor("Wijkagent Overvecht-Noord", "veiligheid", 3, 5, actor, 0)));

        var page = await coordinator.GetStringAsync(path);
        Assert.Contains("<th scope=\"row\">Wijkagent Overvecht-Noord</th>", page, StringComparison.Ordinal);
        Assert.Contains(">Nauw betrekken</td>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"versie\" value=\"1\"", await coordinator.GetStringAsync($"{path}?bewerk={actor}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_members_editing_the_same_version_the_second_gets_a_conflict_and_the_first_value_stays()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");
        var path = $"/werkruimte/{id}/actoren";
        var actor = await Added(await coordinator.PostAsync(path, null, Actor("Huurdersvereniging", "bewoners", 2, 3)));

        // Both opened the edit form at version 0; the coordinator saves first.
        await Added(await coordinator.PostAsync(path, null, Actor("Huurdersvereniging", "bewoners", 4, 3, actor, 0, role: "Spreekt namens huurders")));
        var late = await partner.PostAsync(path, null, Actor("Huurdersvereniging", "bewoners", 1, 5, actor, 0, role: "Klankbord"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var body = await late.Content.ReadAsStringAsync();
        Assert.Contains("is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen", body, StringComparison.Ordinal);
        Assert.Contains("rol \"Spreekt namens huurders\", invloed 4", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
        Assert.Contains("name=\"rol\" maxlength=\"200\" value=\"Klankbord\"", body, StringComparison.Ordinal);
        var page = await partner.GetStringAsync(path);
        Assert.Contains("Spreekt namens huurders", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Klankbord", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/actoren";

        var response = await coordinator.PostAsync(path, null, Actor("Sportclub", "sport", 3, 3));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Het veld 'Domein' moet een van deze zijn", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.DoesNotContain("Sportclub</th>", await coordinator.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_the_actors_but_cannot_post()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");
        var path = $"/werkruimte/{id}/actoren";
        await Added(await coordinator.PostAsync(path, null, Actor("Portaal", "fysiek", 5, 4)));

        var page = await viewer.GetStringAsync(path);
        Assert.Contains("<th scope=\"row\">Portaal</th>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Actor toevoegen", page, StringComparison.Ordinal);
        var refused = await viewer.PostAsync(path, null, Actor("Stiekem", "fysiek", 1, 1));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [GeneratedRegex("<svg class=\"actor-map\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();

    [GeneratedRegex("<circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"")]
    private static partial Regex CirclePattern();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class ActorsOnSqlite(SqliteApp app) : ActorTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class ActorsOnPostgres(PostgresApp app) : ActorTests(app);
