using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Wijkmix.Monitor.Answers;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// Every page (public, account and each workspace page of a workspace with data, as its coordinator) in English
/// (<c>?taal=en</c>) shows no Dutch, and in Dutch no English. What counts as wrong-language text is written down in
/// <see cref="VisibleText"/> and <see cref="LanguageMarkers"/>: the resource values that differ between the languages,
/// and a few common function words. The data this test enters is language-neutral, so a hit is the page's own text.
/// </summary>
[Collection(WorkspacesOnSqlite.Name)]
public sealed class LanguageTests(SqliteApp app)
{
    private static readonly string[] PublicPages =
    [
        "/", "/kaart?gemeente=GM0344", "/kompas?gemeente=GM0344", "/profiel/GM0344", "/vergelijk", "/segregatie?gemeente=GM0344",
        "/gegevens", "/simulatie?gemeente=GM0344", "/account/inloggen", "/account/registreren", "/account/extern",
    ];

    private IEnumerable<string> AreaNames => app.Services.GetRequiredService<MonitorViews>().Data.Areas.Select(a => a.DisplayName);

    [Fact]
    public async Task English_pages_show_no_Dutch_text()
    {
        var problems = await CheckEveryPage("en", LanguageMarkers.Dutch(AreaNames));
        Assert.True(problems.Count == 0, $"{problems.Count} pages show Dutch text in English mode:\n" + string.Join("\n", problems));
    }

    [Fact]
    public async Task Dutch_pages_show_no_English_text()
    {
        var problems = await CheckEveryPage("nl", LanguageMarkers.English(AreaNames));
        Assert.True(problems.Count == 0, $"{problems.Count} pages show English text in Dutch mode:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_markers_find_the_wrong_language_and_leave_the_right_one()
    {
        var dutch = LanguageMarkers.Dutch(["Horst aan de Maas"]);
        var english = LanguageMarkers.English([]);
        Assert.NotEmpty(dutch.Find(VisibleText.Of("<main><h1>Werkruimtes</h1><p>Dit is niet goed.</p></main>", "en")));
        Assert.NotEmpty(english.Find(VisibleText.Of("<main><p>This is the page.</p></main>", "nl")));
        // Text the page marks as Dutch (catalogue content, the other language's button) is not the page's language.
        Assert.Empty(dutch.Find(VisibleText.Of("<main><p lang=\"nl\">Dit is niet vertaald.</p><p>Workspaces</p></main>", "en")));
        Assert.Empty(dutch.Find(VisibleText.Of("<main><h1>Workspaces</h1><p>Horst aan de Maas (GM1507)</p></main>", "en")));
    }

    private async Task<List<string>> CheckEveryPage(string language, LanguageMarkers markers)
    {
        var (coordinator, pages) = await WorkspaceWithData();
        var problems = new List<string>();
        foreach (var page in PublicPages.Concat(pages))
        {
            var path = page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "taal=" + language;
            var response = await coordinator.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            var hits = response.StatusCode == HttpStatusCode.OK ? markers.Find(VisibleText.Of(html, language)) : [$"status {(int)response.StatusCode}"];
            if (hits.Count > 0)
            {
                problems.Add($"{page}: {string.Join(" | ", hits.Take(12))}{(hits.Count > 12 ? $" (+{hits.Count - 12})" : string.Empty)}");
            }
        }

        return problems;
    }

    /// <summary>A workspace on Utrecht's Overvecht with a partner delivery, a goal, a routekaart answer and an invitation; its pages.</summary>
    private async Task<(Member Coordinator, List<string> Pages)> WorkspaceWithData()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coordinator");
        var id = await coordinator.CreateWorkspaceAsync("Inclusive centre", "WK034403", "City of Utrecht");
        var partner = await coordinator.InviteAsync(app, id, "Partner", "Piet Partner", "Housing association Portaal");
        const string csv = "complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent\r\nC1;BU03440311;120;96;14;12\r\nC2;BU03440312;80;80;19;15\r\n";
        var upload = await partner.UploadAsync($"/werkruimte/{id}/partnerdata", null, "portaal.csv", Encoding.UTF8.GetBytes(csv), new() { ["sjabloon"] = "corporatie-complexen" });
        Assert.Equal(HttpStatusCode.SeeOther, upload.StatusCode);
        var goal = await coordinator.PostAsync($"/werkruimte/{id}/doelen/bewerken", null, new()
        {
            ["titel"] = "Mixed housing", ["indicator"] = "cbs:inhabitants", ["eigenIndicator"] = "", ["gebied"] = "WK034403", ["nulmetingsjaar"] = "2021",
            ["nulmeting"] = "1", ["streefwaarde"] = "2", ["doeljaar"] = "2030", ["beleving"] = "", ["versie"] = "0",
        });
        Assert.Equal(HttpStatusCode.SeeOther, goal.StatusCode);
        var goalNumber = goal.Headers.Location!.OriginalString.Split("#doel-")[1];
        var answer = await coordinator.PostAsync($"/werkruimte/{id}/routekaart", null, new() { ["stap"] = "1", ["revisie"] = "0", ["tekst"] = "Everyone can live here." });
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        var pages = new List<string> { "/werkruimte", $"/werkruimte/{id}/doelen/bewerken/{goalNumber}", $"/werkruimte/{id}/kompas" };
        pages.AddRange(AuthorizationTests.Matrix.Where(r => r.Handler == "Get").Select(r => $"/werkruimte/{id}{r.Path}"));
        var invitation = await coordinator.PostAsync($"/werkruimte/{id}/leden", "Invite", new() { ["email"] = "new.member@example.nl", ["organisatie"] = "Welfare", ["rol"] = "Viewer" });
        Assert.Equal(HttpStatusCode.SeeOther, invitation.StatusCode);
        var members = await coordinator.GetStringAsync($"/werkruimte/{id}/leden");
        var token = System.Text.RegularExpressions.Regex.Match(members, "/account/uitnodiging/([A-Za-z0-9_-]+)").Groups[1].Value;
        pages.Add("/account/uitnodiging/" + token);
        return (coordinator, pages);
    }
}
