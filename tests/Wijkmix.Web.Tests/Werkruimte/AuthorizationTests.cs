using System.Net;
using System.Reflection;
using Wijkmix.Web.Workspaces;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// Every workspace page and handler, asked by every role, a member of another workspace and an anonymous visitor.
/// The table below is the specification (written from the issue, not read from the code); a test also checks that
/// every handler of every workspace page is in it, so a new page cannot slip through unchecked.
/// </summary>
public abstract class AuthorizationTests(RunningApp app)
{
    private const string V = "Viewer", R = "ResidentRepresentative", P = "Partner", C = "Coordinator";

    /// <summary>Page model, handler ("Get", "Post", "PostInvite" …), path within the workspace, and the roles allowed.</summary>
    public static readonly IReadOnlyList<(string Model, string Handler, string Path, string[] Allowed)> Matrix =
    [
        ("OverzichtModel", "Get", "", [V, R, P, C]),
        ("Routekaart.IndexModel", "Get", "/routekaart", [V, R, P, C]),
        ("Routekaart.IndexModel", "Post", "/routekaart", [R, P, C]),
        ("Routekaart.GeschiedenisModel", "Get", "/routekaart/1", [V, R, P, C]),
        ("LedenModel", "Get", "/leden", [V, R, P, C]),
        ("LedenModel", "PostInvite", "/leden", [C]),
        ("LedenModel", "PostRole", "/leden", [C]),
        ("LogboekModel", "Get", "/logboek", [C]),
        ("Partnerdata.IndexModel", "Get", "/partnerdata", [V, R, P, C]),
        ("Partnerdata.IndexModel", "GetTemplate", "/partnerdata?sjabloon=zorg-clienten-buurt", [V, R, P, C]),
        ("Partnerdata.IndexModel", "GetExport", "/partnerdata?levering=1", [P, C]),
        ("Partnerdata.IndexModel", "Post", "/partnerdata", [P, C]),
        ("Complexen.IndexModel", "Get", "/complexen", [V, R, P, C]),
        ("Complexen.IndexModel", "PostRule", "/complexen", [C]),
        ("Kompas.IndexModel", "Get", "/kompas?niveau=complex", [V, R, P, C]),
        ("Doelen.IndexModel", "Get", "/doelen", [V, R, P, C]),
        ("Doelen.IndexModel", "GetTemplate", "/doelen", [V, R, P, C]),
        ("Doelen.IndexModel", "PostResult", "/doelen", [P, C]),
        ("Doelen.IndexModel", "PostSurvey", "/doelen", [P, C]),
        ("Doelen.BewerkenModel", "Get", "/doelen/bewerken", [P, C]),
        ("Doelen.BewerkenModel", "Post", "/doelen/bewerken", [P, C]),
        ("Schatkaart.IndexModel", "Get", "/schatkaart", [V, R, P, C]),
        ("Schatkaart.IndexModel", "Post", "/schatkaart", [R, P, C]),
        ("Wijkfonds.IndexModel", "Get", "/wijkfonds", [V, R, P, C]),
        ("Wijkfonds.IndexModel", "PostEntry", "/wijkfonds", [P, C]),
        ("Wijkfonds.IndexModel", "PostProposal", "/wijkfonds", [R, P, C]),
        ("Wijkfonds.IndexModel", "PostDecision", "/wijkfonds", [C]),
        ("Wijkfonds.IndexModel", "PostCorrection", "/wijkfonds", [P, C]),
        ("RapportModel", "Get", "/rapport", [V, R, P, C]),
        ("Actoren.IndexModel", "Get", "/actoren", [V, R, P, C]),
        ("Actoren.IndexModel", "Post", "/actoren", [P, C]),
        ("Risicos.IndexModel", "Get", "/risicos", [V, R, P, C]),
        ("Risicos.IndexModel", "Post", "/risicos", [P, C]),
        ("Interventies.IndexModel", "Get", "/interventies", [V, R, P, C]),
        ("Interventies.IndexModel", "Post", "/interventies", [P, C]),
        // Raising the threshold is for site administrators; no workspace role is enough.
        ("Partnerdata.IndexModel", "PostThreshold", "/partnerdata", []),
    ];

    [Fact]
    public void Every_handler_of_every_workspace_page_is_in_the_matrix()
    {
        var handlers = typeof(WorkspacePage).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(WorkspacePage)) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal) || m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => (Model: t.FullName!.Replace("Wijkmix.Web.Features.Werkruimte.", string.Empty, StringComparison.Ordinal),
                    Handler: m.Name[2..].Replace("Async", string.Empty, StringComparison.Ordinal))))
            .ToHashSet();
        var listed = Matrix.Select(r => (r.Model, r.Handler)).ToHashSet();

        Assert.NotEmpty(handlers);
        Assert.Empty(handlers.Except(listed));
    }

    [Fact]
    public async Task Each_role_gets_exactly_the_pages_and_actions_it_is_allowed()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var members = new Dictionary<string, Member>
        {
            [C] = coordinator,
            [P] = await coordinator.InviteAsync(app, id, P, "Piet Partner"),
            [R] = await coordinator.InviteAsync(app, id, R, "Rita Bewoner", "Bewonersorganisatie"),
            [V] = await coordinator.InviteAsync(app, id, V, "Victor Kijker", "Gemeenteraad"),
        };
        var outsider = await Member.RegisterAsync(app, "Olga Buitenstaander");
        await outsider.CreateWorkspaceAsync("Elders", "WK034401", "Stichting Elders");
        var anonymous = new Member(app.Client(), "anoniem@example.nl");
        var failures = new List<string>();

        foreach (var (model, handler, path, allowed) in Matrix)
        {
            var url = $"/werkruimte/{id}{path}";
            foreach (var (role, member) in members)
            {
                var status = await Ask(member, url, handler, $"/werkruimte/{id}");
                var expectAllowed = allowed.Contains(role);
                if (expectAllowed && status is HttpStatusCode.Forbidden or HttpStatusCode.Found or >= HttpStatusCode.InternalServerError)
                {
                    failures.Add($"{role} {handler} {url}: {(int)status}, expected {(expectAllowed ? "allowed" : "403")}");
                }
                else if (!expectAllowed && status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{role} {handler} {url}: {(int)status}, expected 403");
                }
            }

            var foreign = await Ask(outsider, url, handler, "/werkruimte");
            if (foreign != HttpStatusCode.NotFound)
            {
                failures.Add($"member of another workspace {handler} {url}: {(int)foreign}, expected 404");
            }

            var anonymousStatus = await Ask(anonymous, url, handler, "/account/inloggen");
            if (anonymousStatus != HttpStatusCode.Found)
            {
                failures.Add($"anonymous {handler} {url}: {(int)anonymousStatus}, expected 302 to sign in");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_post_without_an_anti_forgery_token_is_refused()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        foreach (var (_, handler, path, _) in Matrix.Where(r => r.Handler.StartsWith("Post", StringComparison.Ordinal)))
        {
            using var empty = new FormUrlEncodedContent(new Dictionary<string, string> { ["stap"] = "1", ["revisie"] = "0", ["tekst"] = "zonder token" });
            var response = await coordinator.Client.PostAsync(new Uri(Target($"/werkruimte/{id}{path}", handler), UriKind.Relative), empty);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{handler} {path}: {(int)response.StatusCode}");
        }

        Assert.DoesNotContain("zonder token", await coordinator.GetStringAsync($"/werkruimte/{id}/routekaart"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_member_gets_404_and_the_attempt_is_in_the_workspace_log()
    {
        var coordinator = await Member.RegisterAsync(app, "Anna Coördinator");
        var id = await coordinator.CreateWorkspaceAsync();
        var outsider = await Member.RegisterAsync(app, "Olga Buitenstaander");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/werkruimte/{id}/partnerdata")).StatusCode);

        var log = await coordinator.GetStringAsync($"/werkruimte/{id}/logboek");
        Assert.Matches("<td>Olga Buitenstaander \\(olga[^<]*\\)</td>\\s*<td>geweigerd</td>\\s*<td>partnerdata \\(GET, geen lid\\)</td>", log);
    }

    private static async Task<HttpStatusCode> Ask(Member member, string url, string handler, string tokenFrom)
    {
        if (handler.StartsWith("Get", StringComparison.Ordinal))
        {
            var get = await member.GetAsync(Target(url, handler));
            return get.StatusCode;
        }

        var response = await member.PostAsync(url.Split('?')[0], handler == "Post" ? null : handler[4..], [], tokenFrom);
        return response.StatusCode;
    }

    private static string Target(string url, string handler) => handler is "Get" or "Post"
        ? url
        : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler[(handler.StartsWith("Get", StringComparison.Ordinal) ? 3 : 4)..]}";
}

[Collection(WorkspacesOnSqlite.Name)]
public sealed class AuthorizationOnSqlite(SqliteApp app) : AuthorizationTests(app);

[Collection(WorkspacesOnPostgres.Name)]
public sealed class AuthorizationOnPostgres(PostgresApp app) : AuthorizationTests(app);
