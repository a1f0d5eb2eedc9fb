using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>The risk register: score = kans × impact, highest first, the overdue flag, validation naming the field, concurrency and rights.</summary>
public abstract class RiskTests(RunningApp app)
{
    private static Dictionary<string, string> Risk(string description, string likelihood, string impact, string review, int id = 0, int version = 0, string owner = "", string measure = "") => new()
    {
        ["risico"] = id.ToString(CultureInfo.InvariantCulture), ["versie"] = version.ToString(CultureInfo.InvariantCulture), ["omschrijving"] = description,
        ["kans"] = likelihood, ["impact"] = impact, ["eigenaar"] = owner, ["maatregel"] = measure, ["herzien"] = review,
    };

    private static int Added(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return int.Parse(location[(location.IndexOf("#risico-", StringComparison.Ordinal) + 8)..], CultureInfo.InvariantCulture);
    }

    private static string NextYear => DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Risks_are_listed_by_score_with_owner_measure_and_the_overdue_flag()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/risicos";
        Added(await coordinator.PostAsync(path, null, Risk("Bewoners haken af", "2", "3", NextYear, owner: "Bewonersorganisatie")));
        Added(await coordinator.PostAsync(path, null, Risk("Sloop vertraagt door bezwaar", "4", "5", "2020-01-31", owner: "Portaal", measure: "Vroeg overleg met huurders")));

        var page = WebUtility.HtmlDecode(await coordinator.GetStringAsync(path));

        var high = page.IndexOf("<th scope=\"row\">Sloop vertraagt door bezwaar</th>", StringComparison.Ordinal);
        var low = page.IndexOf("<th scope=\"row\">Bewoners haken af</th>", StringComparison.Ordinal);
        Assert.True(high > 0 && low > high, "highest score first");
        Assert.Matches("Sloop vertraagt door bezwaar</th>\\s*<td class=\"number\">4</td>\\s*<td class=\"number\">5</td>\\s*<td class=\"number score-hoog\">20</td>\\s*<td>Portaal</td>\\s*<td>Vroeg overleg met huurders</td>\\s*<td>31 januari 2020<br><span class=\"overdue\">herzien: datum verstreken</span>", page);
        Assert.Matches("Bewoners haken af</th>\\s*<td class=\"number\">2</td>\\s*<td class=\"number\">3</td>\\s*<td class=\"number\">6</td>", page);
        Assert.Equal(1, Regex.Count(page, "herzien: datum verstreken"));
        Assert.Contains("1 risico moet opnieuw bekeken worden", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_likelihood_of_7_is_refused_naming_Kans_and_nothing_is_stored()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var path = $"/werkruimte/{id}/risicos";

        var response = await coordinator.PostAsync(path, null, Risk("Te weinig middenhuur", "7", "3", NextYear));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Het veld 'Kans' moet een geheel getal van 1 tot en met 5 zijn (ingevuld: \"7\")", body, StringComparison.Ordinal);
        Assert.Contains(">Te weinig middenhuur</textarea>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">Te weinig middenhuur", await coordinator.GetStringAsync(path), StringComparison.Ordinal);

        var badDate = await coordinator.PostAsync(path, null, Risk("Te weinig middenhuur", "3", "3", "morgen"));
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("Het veld 'Herzien op' moet een datum zijn", WebUtility.HtmlDecode(await badDate.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_on_an_old_version_is_a_conflict_and_the_newer_value_stays()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner");
        var path = $"/werkruimte/{id}/risicos";
        var risk = Added(await coordinator.PostAsync(path, null, Risk("Geld raakt op", "3", "4", NextYear)));

        Added(await partner.PostAsync(path, null, Risk("Geld raakt op", "3", "4", NextYear, risk, 0, owner: "Gemeente Utrecht")));
        var late = await coordinator.PostAsync(path, null, Risk("Geld raakt op", "1", "4", NextYear, risk, 0, owner: "Wijkfonds"));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Dit risico is intussen gewijzigd door een ander lid", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var page = await coordinator.GetStringAsync(path);
        Assert.Contains("<td>Gemeente Utrecht</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>Wijkfonds</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_cannot_post()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var viewer = await coordinator.InviteAsync(app, id, "Viewer", "Victor Kijker", "Gemeenteraad");
        var path = $"/werkruimte/{id}/risicos";

        var refused = await viewer.PostAsync(path, null, Risk("Stiekem", "1", "1", NextYear));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Stiekem", await viewer.GetStringAsync(path), StringComparison.Ordinal);
    }
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class RisksOnSqlite(SqliteApp app) : RiskTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class RisksOnPostgres(PostgresApp app) : RiskTests(app);
