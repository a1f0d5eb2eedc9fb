using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>The schatkaart: initiatives on a map of the wijk and in a table, filtered alike; edits that never overwrite silently.</summary>
public abstract partial class SchatkaartTests(RunningApp app)
{
    // WK034406 is "Wijk 06 Binnenstad" in the bundled CBS data; BU03440611 is its buurt "Domplein, Neude, Janskerkhof".
    private const string Buurt = "BU03440611";

    [Fact]
    public async Task The_initiative_form_carries_its_own_anti_forgery_token()
    {
        // A browser posts the form it sees: the token must be inside that form, not only in another one on the page.
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var html = await coordinator.GetStringAsync($"/werkruimte/{id}/schatkaart");
        var form = Regex.Match(html, $"<form method=\"post\" action=\"/werkruimte/{id}/schatkaart\".*?</form>", RegexOptions.Singleline);
        Assert.True(form.Success);
        Assert.Contains("name=\"__RequestVerificationToken\"", form.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Added_initiatives_show_on_the_map_and_in_the_table_and_the_filter_picks_the_right_ones()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var resident = await coordinator.InviteAsync(app, id, "ResidentRepresentative", "Rita Bewoner", "Bewonersorganisatie Binnenstad");
        var map = $"/werkruimte/{id}/schatkaart";

        Assert.Equal(HttpStatusCode.SeeOther, (await resident.PostAsync(map, null, Initiative("initiatief", "Moestuin Janskerkhof", "hoog", Buurt, "52,0925", "5.1215"))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await resident.PostAsync(map, null, Initiative("ontmoetingsplek", "Buurthuis De Weerd", "gemiddeld", Buurt))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.PostAsync(map, null, Initiative("initiatief", "Taalcafé Neude", "laag", ""))).StatusCode);

        var all = await resident.GetStringAsync(map);
        Assert.Contains("3 van 3 punten getoond.", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"BU03440611\">Domplein, Neude, Janskerkhof</option>", all, StringComparison.Ordinal);
        Assert.Equal(3, Points(all).Count);
        Assert.Contains("<path class=\"wijk\"", all, StringComparison.Ordinal);

        var high = await resident.GetStringAsync(map + "?soort=initiatief&energie=hoog");
        Assert.Contains("1 van 3 punten getoond.", high, StringComparison.Ordinal);
        Assert.Equal(["Moestuin Janskerkhof"], Rows(high));
        Assert.Equal(["point kind-initiative energy-high"], Points(high));
        Assert.Contains("<td>52,0925; 5,1215</td>", high, StringComparison.Ordinal);

        var places = await resident.GetStringAsync(map + "?soort=ontmoetingsplek");
        Assert.Equal(["Buurthuis De Weerd"], Rows(places));
        Assert.Equal(["point kind-meetingplace energy-medium estimated"], Points(places));
        Assert.Contains("1. Buurthuis De Weerd (geschatte plek)", places, StringComparison.Ordinal);
        // The bundled national buurt map (2019) holds this buurt's boundary, so the place is its centre.
        Assert.Contains("geen coördinaten: getekend in het midden van buurt Domplein, Neude, Janskerkhof", places, StringComparison.Ordinal);

        var low = await resident.GetStringAsync(map + "?energie=laag");
        Assert.Equal(["Taalcafé Neude"], Rows(low));
        Assert.Equal(["Buurthuis De Weerd", "Moestuin Janskerkhof"], Rows(await resident.GetStringAsync(map + $"?buurt={Buurt}")));
    }

    [Fact]
    public async Task A_place_outside_the_Netherlands_or_a_buurt_of_another_wijk_is_refused_naming_the_field()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var map = $"/werkruimte/{id}/schatkaart";

        var paris = await coordinator.PostAsync(map, null, Initiative("initiatief", "Café de Paris", "hoog", Buurt, "48,8566", "2,3522"));
        var east = await coordinator.PostAsync(map, null, Initiative("initiatief", "Grensgeval", "hoog", Buurt, "52,1", "9,5"));
        var otherWijk = await coordinator.PostAsync(map, null, Initiative("initiatief", "Elders", "hoog", "BU03440101"));

        Assert.Equal(HttpStatusCode.BadRequest, paris.StatusCode);
        var body = await paris.Content.ReadAsStringAsync();
        Assert.Contains("Breedtegraad 48,8566 ligt buiten Nederland (veld &#x27;Breedtegraad&#x27;; tussen 50,75 en 53,56).", body, StringComparison.Ordinal);
        Assert.Contains("value=\"Café de Paris\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, east.StatusCode);
        Assert.Contains("Lengtegraad 9,5 ligt buiten Nederland (veld &#x27;Lengtegraad&#x27;", await east.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, otherWijk.StatusCode);
        Assert.Contains("Buurt &#x27;BU03440101&#x27; hoort niet bij", await otherWijk.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("0 van 0 punten getoond.", await coordinator.GetStringAsync(map), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_members_editing_the_same_initiative_the_second_gets_a_conflict_and_keeps_the_input()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Portaal", "Woningcorporatie Portaal");
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");
        var map = $"/werkruimte/{id}/schatkaart";
        var added = await coordinator.PostAsync(map, null, Initiative("initiatief", "Repair Café", "gemiddeld", Buurt));
        var item = added.Headers.Location!.OriginalString.Split("#initiatief-")[1];
        var form = await partner.GetStringAsync($"{map}?bewerk={item}");
        var version = Regex.Match(form, "name=\"versie\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal("0", version);

        // Both opened version 0; the coordinator saves first.
        var first = await coordinator.PostAsync(map, null, Initiative("initiatief", "Repair Café Binnenstad", "hoog", Buurt, id: item, version: version));
        var second = await partner.PostAsync(map, null, Initiative("initiatief", "Repair Café Domplein", "laag", Buurt, id: item, version: version));

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = await second.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;Repair Café Binnenstad&#x27; is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen.", body, StringComparison.Ordinal);
        Assert.Contains("Zoals het nu is opgeslagen: <strong>Repair Café Binnenstad</strong>", body, StringComparison.Ordinal);
        Assert.Contains("value=\"Repair Café Domplein\"", body, StringComparison.Ordinal);
        Assert.Contains("name=\"versie\" value=\"1\"", body, StringComparison.Ordinal);
        var page = await viewer.GetStringAsync(map);
        Assert.Equal(["Repair Café Binnenstad"], Rows(page));
        Assert.DoesNotContain("wijzigen</a>", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(map, null, Initiative("initiatief", "Van de kijker", "hoog", Buurt))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync(map, null, Initiative("initiatief", "Van de kijker", "hoog", Buurt, id: item, version: "1"))).StatusCode);
        Assert.Equal(["Repair Café Binnenstad"], Rows(await coordinator.GetStringAsync(map)));
    }

    private static Dictionary<string, string> Initiative(string kind, string name, string energy, string buurt, string latitude = "", string longitude = "", string? id = null, string? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["soort"] = kind, ["naam"] = name, ["wie"] = "Bewoners", ["wat"] = "Samen doen", ["contact"] = "via het buurthuis", ["energie"] = energy,
            ["buurt"] = buurt, ["breedtegraad"] = latitude, ["lengtegraad"] = longitude,
        };
        if (id is not null)
        {
            fields["initiatief"] = id;
            fields["versie"] = version!;
        }

        return fields;
    }

    private static List<string> Rows(string page) => [.. RowPattern().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static List<string> Points(string page) => [.. PointPattern().Matches(page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<tr id=\"initiatief-\\d+\" class=\"initiative-row\">\\s*<td>\\d+</td>\\s*<th scope=\"row\">([^<]*)</th>")]
    private static partial Regex RowPattern();

    [GeneratedRegex("<g class=\"(point [^\"]*)\"")]
    private static partial Regex PointPattern();
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class SchatkaartOnSqlite(SqliteApp app) : SchatkaartTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class SchatkaartOnPostgres(PostgresApp app) : SchatkaartTests(app);
