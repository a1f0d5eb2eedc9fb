using System.Net;
using System.Text;
using System.Text.RegularExpressions;
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
public sealed partial class LanguageTests(SqliteApp app)
{
    private static readonly string[] PublicPages =
    [
        "/", "/kaart?gemeente=GM0344", "/kompas?gemeente=GM0344", "/profiel/GM0344", "/vergelijk", "/segregatie?gemeente=GM0344",
        "/gegevens", "/simulatie?gemeente=GM0344", "/account/inloggen", "/account/registreren", "/account/extern",
    ];

    /// <summary>Names that are data in any language: area names, and CBS's own Dutch title of its figures (a proper name).</summary>
    private IEnumerable<string> AreaNames => app.Services.GetRequiredService<MonitorViews>().Data.Areas.Select(a => a.DisplayName)
        .Append(Wijkmix.Web.Features.Shared.Display.KwbTitle);

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

    [Fact]
    public async Task English_links_forms_and_redirects_keep_the_language_and_Dutch_ones_stay_clean()
    {
        var (coordinator, pages) = await WorkspaceWithData();
        var overview = pages.First(p => p.EndsWith("/routekaart", StringComparison.Ordinal))[..^"/routekaart".Length];
        foreach (var page in new[] { overview, overview + "/routekaart", overview + "/leden", overview + "/kompas", "/account/inloggen", "/" })
        {
            var english = await coordinator.GetStringAsync(page + "?taal=en");
            var links = InternalLinks().Matches(english).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, link => Assert.Contains("taal=en", link, StringComparison.Ordinal));
            Assert.All(GetForms().Matches(english), form => Assert.Contains("<input type=\"hidden\" name=\"taal\" value=\"en\">", form.Value, StringComparison.Ordinal));
            var dutch = await coordinator.GetStringAsync(page);
            Assert.DoesNotContain("taal=", string.Join(" ", InternalLinks().Matches(dutch).Select(m => m.Value)), StringComparison.Ordinal);
            Assert.All(GetForms().Matches(dutch), form => Assert.DoesNotContain("name=\"taal\"", form.Value, StringComparison.Ordinal));
        }

        // A form posted from an English page (the action carries taal=en) answers with a redirect that keeps it.
        var answer = await coordinator.PostAsync(overview + "/routekaart?taal=en", null, new() { ["stap"] = "2", ["revisie"] = "0", ["tekst"] = "A second answer." });
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        Assert.Contains("taal=en", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var dutchAnswer = await coordinator.PostAsync(overview + "/routekaart", null, new() { ["stap"] = "3", ["revisie"] = "0", ["tekst"] = "A third answer." });
        Assert.DoesNotContain("taal", dutchAnswer.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>Links to this site's pages: from the root (not files, the API or the language switch) or a query on the page itself.</summary>
    [GeneratedRegex(@"<a\b[^>]*\bhref=""(?<url>(/(?!/|api|lib/|css/|js/|taal)[^""#.]*|\?[^""]*))(#[^""]*)?""")]
    private static partial Regex InternalLinks();

    [GeneratedRegex(@"<form\b(?![^>]*method=""post"")[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex GetForms();

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
        var pages = new List<string> { "/werkruimte", "/werkruimte?gemeente=GM0344", "/werkruimte?zoek=Utrecht", $"/werkruimte/{id}/doelen/bewerken/{goalNumber}", $"/werkruimte/{id}/kompas" };
        pages.AddRange(AuthorizationTests.Matrix.Where(r => r.Handler == "Get").Select(r => $"/werkruimte/{id}{r.Path}"));
        var invitation = await coordinator.PostAsync($"/werkruimte/{id}/leden", "Invite", new() { ["email"] = "new.member@example.nl", ["organisatie"] = "Welfare", ["rol"] = "Viewer" });
        Assert.Equal(HttpStatusCode.SeeOther, invitation.StatusCode);
        var members = await coordinator.GetStringAsync($"/werkruimte/{id}/leden");
        var token = Regex.Match(members, "/account/uitnodiging/([A-Za-z0-9_-]+)").Groups[1].Value;
        pages.Add("/account/uitnodiging/" + token);
        return (coordinator, pages);
    }
}
