using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wijkmix.Web.Tests.Werkruimte;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Tests;

/// <summary>
/// Who may do what, over every endpoint of the whole application: every page with each of its handlers and every
/// API endpoint. The table is the specification, written from the rules of issue 13, not read from the code: reading
/// is public; accounts are the way in; a workspace is for its members (roles: <see cref="AuthorizationTests.Matrix"/>);
/// changing the shared statistics store is an administrator's right. A test compares it with the endpoints the
/// running app really has, so a new endpoint without a stated rule fails, and so does a row that no longer exists.
/// </summary>
public sealed partial class EndpointAuthorizationTests(SqliteApp app, ClosedReadingApp closed) : IClassFixture<SqliteApp>, IClassFixture<ClosedReadingApp>, IDisposable
{
    /// <summary>A connection of its own to the statistics store: its data_version moves whenever the app commits a change.</summary>
    private readonly SqliteConnection _statistics = Open(app.StorePath);

    public void Dispose() => _statistics.Dispose();

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public enum Rule
    {
        /// <summary>Reading the figures: anyone gets the same answer, unless the administrator closes reading; then it needs an account.</summary>
        Reading,

        /// <summary>Anyone, signed in or not, gets the same answer, also when reading is closed (the way in, the error page, the language).</summary>
        Public,

        /// <summary>Any signed-in account; anonymous visitors are sent to sign in.</summary>
        SignedIn,

        /// <summary>Members of the workspace, by role (the workspace matrix); others 404, anonymous visitors to sign in.</summary>
        WorkspaceMember,

        /// <summary>Site administrators (beheerders) only: anonymous 401, other accounts 403; refusals are audited.</summary>
        Administrator,
    }

    /// <summary>
    /// One endpoint as the app routes it (<c>METHOD /route</c>, <c>?handler=Name</c> for a named page handler), its rule,
    /// the address asked (<c>{ws}</c> a workspace, <c>{job}</c> a store change, <c>{invite}</c> an invitation), the status
    /// an allowed caller gets, the form posted (a field <c>bestanden</c> is sent as a valid CBS file), and for a POST that
    /// takes no anti-forgery token, why it needs none.
    /// </summary>
    public sealed record Row(string Endpoint, Rule Rule, string Url, HttpStatusCode Allowed = HttpStatusCode.OK, string Form = "", string? NoToken = null)
    {
        /// <summary>POST, PUT, DELETE …: anything but a read, so refused callers must change nothing and a token is needed.</summary>
        public bool IsWrite => !Endpoint.StartsWith("GET ", StringComparison.Ordinal);

        public HttpMethod Method => new(Endpoint.Split(' ')[0]);

        public override string ToString() => Endpoint;
    }

    private const string Seen = "gemeente=GM0344";

    public static readonly IReadOnlyList<Row> Table =
    [
        // Reading the figures: public pages.
        new("GET /", Rule.Reading, "/"),
        new("GET /kaart", Rule.Reading, $"/kaart?{Seen}&niveau=wijk"),
        new("GET /kompas", Rule.Reading, $"/kompas?{Seen}"),
        new("GET /profiel/{code}", Rule.Reading, "/profiel/GM0344"),
        new("GET /factsheet", Rule.Reading, "/factsheet?gebied=GM0344"),
        new("GET /segregatie", Rule.Reading, $"/segregatie?{Seen}"),
        new("GET /vergelijk", Rule.Reading, "/vergelijk?gebieden=GM0344,GM0363"),
        new("GET /simulatie", Rule.Reading, $"/simulatie?{Seen}"),
        // An outcome nobody computed is not found, for anyone alike.
        new("GET /simulatie?handler=Export", Rule.Reading, "/simulatie?handler=Export&uitkomst=0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound),
        // Simulating is reading: anyone may queue a run, whose outcome is kept (and shared by its link) in the workspace
        // store; a form without choices is refused as incomplete, before anything is queued.
        new("POST /simulatie", Rule.Reading, "/simulatie", HttpStatusCode.BadRequest, "gemeente=GM9999"),
        // A run's progress, and its cancellation (only by the browser that started it): an unknown run is not found, for anyone alike.
        new("GET /simulatie?handler=Voortgang", Rule.Reading, "/simulatie?handler=Voortgang&run=0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound),
        new("POST /simulatie?handler=Annuleer", Rule.Reading, "/simulatie?handler=Annuleer", HttpStatusCode.NotFound, "run=0123456789abcdef0123456789abcdef"),
        new("GET /gegevens", Rule.Reading, "/gegevens"),
        new("GET /fout/{code:int?}", Rule.Public, "/fout/404", HttpStatusCode.NotFound),
        new("POST /fout/{code:int?}", Rule.Public, "/fout/404", HttpStatusCode.NotFound,
            NoToken: "the error page a failed POST is re-executed on (its token was checked, or refused, before); it shows a message and changes nothing"),
        new("GET /taal", Rule.Public, "/taal", HttpStatusCode.Redirect),
        new("POST /taal", Rule.Public, "/taal", HttpStatusCode.Redirect, "taal=nl&terug=/kaart"),

        // Accounts: the way in is open to anyone; what an account may do is below.
        new("GET /account/inloggen", Rule.Public, "/account/inloggen"),
        new("POST /account/inloggen", Rule.Public, "/account/inloggen", HttpStatusCode.OK, "Email=niemand@example.nl&Password=een verkeerd wachtwoord"),
        // The municipal sign-in is not configured here: an unknown scheme is a bad request, not a failure.
        new("POST /account/inloggen?handler=Extern", Rule.Public, "/account/inloggen?handler=Extern", HttpStatusCode.BadRequest, "scheme=oidc"),
        new("GET /account/extern", Rule.Public, "/account/extern"),
        new("GET /account/registreren", Rule.Public, "/account/registreren"),
        new("POST /account/registreren", Rule.Public, "/account/registreren", HttpStatusCode.OK, "DisplayName=&Email=geen-adres&Password=kort"),
        new("GET /account/uitloggen", Rule.Public, "/account/uitloggen", HttpStatusCode.Redirect),
        new("POST /account/uitloggen", Rule.Public, "/account/uitloggen", HttpStatusCode.Redirect),
        new("GET /account/uitnodiging/{token}", Rule.Public, "/account/uitnodiging/{invite}"),
        // Accepting needs the invited account; another account is told so and nothing changes.
        new("POST /account/uitnodiging/{token}", Rule.SignedIn, "/account/uitnodiging/{invite}"),

        // Workspaces: starting one is for any account, the rest for its members.
        new("GET /werkruimte", Rule.SignedIn, "/werkruimte"),
        new("POST /werkruimte", Rule.SignedIn, "/werkruimte", HttpStatusCode.SeeOther, "Name=Proefwijk&Area=WK034406&Organisation=Gemeente Utrecht"),
        new("GET /werkruimte/{id:int}", Rule.WorkspaceMember, "/werkruimte/{ws}"),
        new("GET /werkruimte/{id:int}/leden", Rule.WorkspaceMember, "/werkruimte/{ws}/leden"),
        new("POST /werkruimte/{id:int}/leden?handler=Invite", Rule.WorkspaceMember, "/werkruimte/{ws}/leden?handler=Invite", Form: "email=indringer@example.nl&organisatie=X&rol=Coordinator"),
        new("POST /werkruimte/{id:int}/leden?handler=Role", Rule.WorkspaceMember, "/werkruimte/{ws}/leden?handler=Role"),
        new("GET /werkruimte/{id:int}/logboek", Rule.WorkspaceMember, "/werkruimte/{ws}/logboek"),
        new("GET /werkruimte/{id:int}/rapport", Rule.WorkspaceMember, "/werkruimte/{ws}/rapport"),
        new("GET /werkruimte/{id:int}/routekaart", Rule.WorkspaceMember, "/werkruimte/{ws}/routekaart"),
        new("POST /werkruimte/{id:int}/routekaart", Rule.WorkspaceMember, "/werkruimte/{ws}/routekaart", Form: "stap=1&revisie=0&tekst=van buiten"),
        new("GET /werkruimte/{id:int}/routekaart/{stap:int}", Rule.WorkspaceMember, "/werkruimte/{ws}/routekaart/1"),
        new("GET /werkruimte/{id:int}/partnerdata", Rule.WorkspaceMember, "/werkruimte/{ws}/partnerdata"),
        new("GET /werkruimte/{id:int}/partnerdata?handler=Template", Rule.WorkspaceMember, "/werkruimte/{ws}/partnerdata?handler=Template&sjabloon=zorg-clienten-buurt"),
        new("GET /werkruimte/{id:int}/partnerdata?handler=Export", Rule.WorkspaceMember, "/werkruimte/{ws}/partnerdata?handler=Export&levering=1"),
        new("POST /werkruimte/{id:int}/partnerdata", Rule.WorkspaceMember, "/werkruimte/{ws}/partnerdata"),
        // The suppression threshold: a site administrator who is a member (the workspace matrix); no outsider, administrator or not.
        new("GET /werkruimte/{id:int}/complexen", Rule.WorkspaceMember, "/werkruimte/{ws}/complexen"),
        new("GET /werkruimte/{id:int}/kompas", Rule.WorkspaceMember, "/werkruimte/{ws}/kompas?niveau=complex"),
        new("POST /werkruimte/{id:int}/complexen?handler=Rule", Rule.WorkspaceMember, "/werkruimte/{ws}/complexen?handler=Rule", Form: "percentage=1&jaren=1&factor=1"),
        new("POST /werkruimte/{id:int}/partnerdata?handler=Threshold", Rule.WorkspaceMember, "/werkruimte/{ws}/partnerdata?handler=Threshold", Form: "drempel=10"),
        new("GET /werkruimte/{id:int}/doelen", Rule.WorkspaceMember, "/werkruimte/{ws}/doelen"),
        new("GET /werkruimte/{id:int}/doelen?handler=Template", Rule.WorkspaceMember, "/werkruimte/{ws}/doelen?handler=Template"),
        new("POST /werkruimte/{id:int}/doelen?handler=Result", Rule.WorkspaceMember, "/werkruimte/{ws}/doelen?handler=Result"),
        new("POST /werkruimte/{id:int}/doelen?handler=Survey", Rule.WorkspaceMember, "/werkruimte/{ws}/doelen?handler=Survey"),
        new("GET /werkruimte/{id:int}/doelen/bewerken/{nr:int?}", Rule.WorkspaceMember, "/werkruimte/{ws}/doelen/bewerken"),
        new("POST /werkruimte/{id:int}/doelen/bewerken/{nr:int?}", Rule.WorkspaceMember, "/werkruimte/{ws}/doelen/bewerken"),
        new("GET /werkruimte/{id:int}/schatkaart", Rule.WorkspaceMember, "/werkruimte/{ws}/schatkaart"),
        new("POST /werkruimte/{id:int}/schatkaart", Rule.WorkspaceMember, "/werkruimte/{ws}/schatkaart"),
        new("GET /werkruimte/{id:int}/wijkfonds", Rule.WorkspaceMember, "/werkruimte/{ws}/wijkfonds"),
        new("POST /werkruimte/{id:int}/wijkfonds?handler=Entry", Rule.WorkspaceMember, "/werkruimte/{ws}/wijkfonds?handler=Entry"),
        new("POST /werkruimte/{id:int}/wijkfonds?handler=Proposal", Rule.WorkspaceMember, "/werkruimte/{ws}/wijkfonds?handler=Proposal"),
        new("POST /werkruimte/{id:int}/wijkfonds?handler=Decision", Rule.WorkspaceMember, "/werkruimte/{ws}/wijkfonds?handler=Decision"),
        new("POST /werkruimte/{id:int}/wijkfonds?handler=Correction", Rule.WorkspaceMember, "/werkruimte/{ws}/wijkfonds?handler=Correction"),
        new("GET /werkruimte/{id:int}/actoren", Rule.WorkspaceMember, "/werkruimte/{ws}/actoren"),
        new("POST /werkruimte/{id:int}/actoren", Rule.WorkspaceMember, "/werkruimte/{ws}/actoren"),
        new("GET /werkruimte/{id:int}/risicos", Rule.WorkspaceMember, "/werkruimte/{ws}/risicos"),
        new("POST /werkruimte/{id:int}/risicos", Rule.WorkspaceMember, "/werkruimte/{ws}/risicos"),
        new("GET /werkruimte/{id:int}/interventies", Rule.WorkspaceMember, "/werkruimte/{ws}/interventies"),
        new("POST /werkruimte/{id:int}/interventies", Rule.WorkspaceMember, "/werkruimte/{ws}/interventies"),

        // Changing the shared statistics store (upload, fetch from CBS/PDOK) and following such a change.
        new("POST /gegevens", Rule.Administrator, "/gegevens", HttpStatusCode.Redirect, "bestanden=@"),
        // Years outside the KWB tables: an administrator is told so (400) and nothing is fetched.
        new("POST /gegevens?handler=Download", Rule.Administrator, "/gegevens?handler=Download", HttpStatusCode.BadRequest, "ophalen=GM0344&van=2030&tot=2031&niveau=buurt"),
        new("GET /gegevens/ophalen/{id:guid}", Rule.Administrator, "/gegevens/ophalen/{job}"),

        // The JSON API reads only (GET): no write endpoint, so no cookie-authenticated request can change anything and
        // no anti-forgery token is needed. A POST, PUT or DELETE here would need a row stating its rule and its token.
        new("GET /api/municipalities", Rule.Reading, "/api/municipalities?q=utrecht"),
        new("GET /api/areas/{code}", Rule.Reading, "/api/areas/WK034406"),
        new("GET /api/map", Rule.Reading, "/api/map?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024"),
        new("GET /api/map/geojson", Rule.Reading, "/api/map/geojson?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024"),
        new("GET /api/profile/{code}", Rule.Reading, "/api/profile/GM0344?year=2024"),
        new("GET /api/compass/{code}", Rule.Reading, "/api/compass/GM0344?level=wijk"),
        new("GET /api/segregation/{code}", Rule.Reading, "/api/segregation/GM0344?grouping=origin&level=wijk&year=2024&replicates=0"),
        new("GET /api/segregation/{code}/geojson", Rule.Reading, "/api/segregation/GM0344/geojson?grouping=origin&level=wijk&year=2024&replicates=0"),
        new("GET /api/export/{view}", Rule.Reading, "/api/export/stored?area=GM0344&level=wijk&format=csv"),
        new("GET /openapi/{documentName}.json", Rule.Reading, "/openapi/v1.json"),
        new("GET /api-docs/{documentName?}", Rule.Reading, "/api-docs/v1"),
        // The documentation page's own script and icon are static files, open like those of wwwroot.
        new("GET /api-docs/scalar.js", Rule.Public, "/api-docs/scalar.js"),
        new("GET /api-docs/scalar.aspnetcore.js", Rule.Public, "/api-docs/scalar.aspnetcore.js"),
        new("GET /api-docs/favicon.svg", Rule.Public, "/api-docs/favicon.svg"),
    ];

    /// <summary>A valid KWB-style file of a gemeente the bundled data does not have: an upload that got through would change the store.</summary>
    private static readonly byte[] Upload = Encoding.UTF8.GetBytes("gwb_code;regio;gm_naam;recs;jaar;a_inw\nGM9971;Indringstad;Indringstad;Gemeente;2024;4200\n");

    [Fact]
    public async Task Every_endpoint_of_the_application_has_a_row_and_every_row_an_endpoint()
    {
        var real = (await EndpointsAsync()).Keys.ToList();
        var listed = Table.Select(r => r.Endpoint).ToList();

        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Empty(real.Except(listed).Order());
        Assert.Empty(listed.Except(real).Order());
    }

    [Fact]
    public async Task Every_workspace_handler_is_a_member_row_here_and_in_the_workspace_matrix()
    {
        // Which role may do what inside a workspace is the workspace matrix's; here, that nobody else may.
        var inWorkspace = (await EndpointsAsync()).Where(e => e.Value is not null).ToList();
        var matrix = AuthorizationTests.Matrix.Select(r => (r.Model, r.Handler)).ToHashSet();

        Assert.NotEmpty(inWorkspace);
        Assert.All(inWorkspace, e => Assert.Equal(Rule.WorkspaceMember, Table.Single(r => r.Endpoint == e.Key).Rule));
        Assert.All(inWorkspace, e => Assert.Contains(e.Value!.Value, matrix));
        Assert.Equal(inWorkspace.Count, Table.Count(r => r.Rule == Rule.WorkspaceMember));
    }

    [Fact]
    public async Task Every_endpoint_answers_anonymous_visitors_accounts_and_administrators_by_its_rule()
    {
        var world = await SetUpAsync();
        var failures = new List<string>();
        foreach (var row in Table)
        {
            foreach (var caller in Callers)
            {
                var client = caller == Anonymous ? app.Client() : world.Clients[caller];
                var expected = Expected(row.Rule, caller, row.Allowed);
                var before = row.IsWrite ? await FingerprintAsync() : default;
                using var response = await AskAsync(client, row, world, withToken: true);
                var outcome = Label(response.StatusCode, response.Headers.Location);
                if (outcome != expected)
                {
                    failures.Add($"{caller} {row.Endpoint} ({world.Fill(row.Url)}): {outcome}, expected {expected}");
                }

                if (caller == Administrator && response.Headers.Location?.OriginalString.StartsWith("/gegevens/ophalen/", StringComparison.Ordinal) == true)
                {
                    // Let the administrator's change end before the next caller's attempt is compared with the store.
                    await StoreJobPage.FollowAsync(client, response);
                }

                var after = row.IsWrite ? await FingerprintAsync() : default;
                if (row.IsWrite && (expected != Label(row.Allowed, null) || caller == Anonymous) && after != before)
                {
                    failures.Add($"{caller} {row.Endpoint}: refused or anonymous, yet a store changed");
                }

                // The fingerprints do see a change: an administrator's upload, an account starting a workspace.
                if ((caller, row.Endpoint) is (Administrator, "POST /gegevens") && after.Statistics == before.Statistics
                    || (caller, row.Endpoint) is (Account, "POST /werkruimte") && after.Workspaces == before.Workspaces)
                {
                    failures.Add($"{caller} {row.Endpoint}: allowed, yet the fingerprint did not move");
                }
            }

            if (row.Endpoint == "POST /account/uitloggen")
            {
                world = world with { Clients = await SignedInAsync() };
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_write_without_an_anti_forgery_token_is_refused_and_changes_nothing()
    {
        var world = await SetUpAsync();
        var failures = new List<string>();
        foreach (var row in Table.Where(r => r.IsWrite))
        {
            var before = await FingerprintAsync();
            using var response = await AskAsync(world.Clients[Administrator], row, world, withToken: false);
            if (row.NoToken is null && response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{row.Endpoint} without a token: {(int)response.StatusCode}, expected 400");
            }

            if (await FingerprintAsync() != before)
            {
                failures.Add($"{row.Endpoint} without a token changed a store");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task When_the_administrator_closes_reading_every_reading_endpoint_needs_an_account_and_the_way_in_stays_open()
    {
        var account = await Member.RegisterAsync(closed, "Aart Account");
        var world = new World(1, Guid.NewGuid(), "onbekend", new() { [Account] = account.Client });
        var failures = new List<string>();
        foreach (var row in Table.Where(r => (r.Rule is Rule.Reading or Rule.Public) && !r.Url.Contains('{', StringComparison.Ordinal)))
        {
            using var anonymous = await AskAsync(closed.Client(), row, world, withToken: true);
            var outcome = Label(anonymous.StatusCode, anonymous.Headers.Location);
            var program = row.Url.StartsWith("/api/", StringComparison.Ordinal) || row.Url.StartsWith("/openapi/", StringComparison.Ordinal);
            var expected = row.Rule == Rule.Public ? Label(row.Allowed, null) : program ? "401" : "sign in";
            if (outcome != expected)
            {
                failures.Add($"anonymous {row.Endpoint}: {outcome}, expected {expected}");
            }

            if (row.Endpoint == "POST /account/uitloggen")
            {
                continue; // The account would end its own session; signing out is open to anyone (above).
            }

            using var signedIn = await AskAsync(account.Client, row, world, withToken: true);
            if (Label(signedIn.StatusCode, signedIn.Headers.Location) is "sign in" or "401" or "403")
            {
                failures.Add($"account {row.Endpoint}: {(int)signedIn.StatusCode}, expected the answer of an open installation");
            }
        }

        Assert.Empty(failures);
    }

    private const string Anonymous = "anonymous", Account = "account", Administrator = "administrator";

    private static readonly string[] Callers = [Anonymous, Account, Administrator];

    /// <summary>The workspace, store change and invitation the rows ask about, and the signed-in callers.</summary>
    private sealed record World(int Workspace, Guid Job, string Invite, Dictionary<string, HttpClient> Clients)
    {
        public string Fill(string url) => url.Replace("{ws}", Workspace.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{job}", Job.ToString(), StringComparison.Ordinal).Replace("{invite}", Invite, StringComparison.Ordinal);
    }

    /// <summary>What a caller should get by the rule: the row's status when allowed, else sent to sign in, 401, 403 or 404.</summary>
    private static string Expected(Rule rule, string caller, HttpStatusCode allowed) => (rule, caller) switch
    {
        (Rule.Public or Rule.Reading, _) => Label(allowed, null),
        (Rule.Administrator, Anonymous) => "401",
        (_, Anonymous) => "sign in",
        (Rule.SignedIn, _) => Label(allowed, null),
        // Neither an account nor an administrator who is no member learns that the workspace exists.
        (Rule.WorkspaceMember, _) => "404",
        (Rule.Administrator, Account) => "403",
        _ => Label(allowed, null),
    };

    private static string Label(HttpStatusCode status, Uri? location) => status switch
    {
        HttpStatusCode.Unauthorized => "401",
        HttpStatusCode.Forbidden => "403",
        HttpStatusCode.NotFound => "404",
        HttpStatusCode.Redirect when location is not null
            && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).StartsWith("/account/inloggen", StringComparison.Ordinal) => "sign in",
        _ => $"allowed {(int)status}",
    };

    private async Task<World> SetUpAsync()
    {
        var coordinator = await Member.RegisterAsync(app, "Corrie Coördinator");
        var workspace = await coordinator.CreateWorkspaceAsync();
        var invited = await coordinator.PostAsync($"/werkruimte/{workspace}/leden", "Invite", new() { ["email"] = $"gast.{Guid.NewGuid():N}@example.nl", ["organisatie"] = "Buurtteam", ["rol"] = "Viewer" });
        Assert.Equal(HttpStatusCode.SeeOther, invited.StatusCode);
        var invite = InvitationLink().Match(await coordinator.GetStringAsync($"/werkruimte/{workspace}/leden")).Groups[1].Value;
        Assert.NotEmpty(invite);

        var clients = await SignedInAsync();
        // A store change to follow: a file with a bad figure, refused, so the store stays as it is.
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await RunningApp.TokenAsync(clients[Administrator], "/gegevens")), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("gwb_code;regio;gm_naam;recs;jaar;a_inw\nGM9972;Fout;Fout;Gemeente;2024;veel\n")), "bestanden", "fout.csv" },
        };
        using var refused = await clients[Administrator].PostAsync(new Uri("/gegevens", UriKind.Relative), form);
        await StoreJobPage.FollowAsync(clients[Administrator], refused);
        var job = Guid.Parse(refused.Headers.Location!.OriginalString.Split('/')[^1]);
        return new World(workspace, job, invite, clients);
    }

    /// <summary>A signed-in account that is no administrator, and an administrator; neither is a member of the workspace.</summary>
    private async Task<Dictionary<string, HttpClient>> SignedInAsync()
    {
        var account = await Member.RegisterAsync(app, "Aart Account");
        var administrator = await Member.RegisterAsync(app, "Bea Beheerder");
        await administrator.MakeAdministratorAsync(app);
        return new() { [Account] = account.Client, [Administrator] = administrator.Client };
    }

    private static async Task<HttpResponseMessage> AskAsync(HttpClient client, Row row, World world, bool withToken)
    {
        var url = new Uri(world.Fill(row.Url), UriKind.Relative);
        if (!row.IsWrite)
        {
            return await client.GetAsync(url);
        }

        var fields = row.Form.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(p => (Name: p[0], Value: p[1])).ToList();
        if (withToken)
        {
            fields.Add(("__RequestVerificationToken", await RunningApp.TokenAsync(client, "/account/inloggen")));
        }

        using HttpContent content = fields.Any(f => f.Name == "bestanden") ? Multipart(fields) : new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var request = new HttpRequestMessage(row.Method, url) { Content = content };
        return await client.SendAsync(request);
    }

    private static MultipartFormDataContent Multipart(IEnumerable<(string Name, string Value)> fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            if (name == "bestanden")
            {
                form.Add(new ByteArrayContent(Upload), name, "indringstad.csv");
            }
            else
            {
                form.Add(new StringContent(value), name);
            }
        }

        return form;
    }

    /// <summary>
    /// The statistics store's data_version (any commit by the app moves it; hashing its million figures for every
    /// attempt would take minutes) and a hash of the workspace store's content without the audit log, since a refusal
    /// is written there.
    /// </summary>
    private async Task<(long Statistics, string Workspaces)> FingerprintAsync()
    {
        await using var version = _statistics.CreateCommand();
        version.CommandText = "PRAGMA data_version";
        var statistics = (long)(await version.ExecuteScalarAsync())!;
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkspaceDb>();
        var tables = db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(AuditEntry)).Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        var text = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names from the EF model, not from input.
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            text.Append(table).Append('\n');
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('|');
                }

                text.Append('\n');
            }
        }

        return (statistics, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    /// <summary>
    /// Every endpoint of the running app: each page handler (<c>METHOD /route?handler=Name</c>) and each other route with
    /// its methods; for a workspace page, its model and handler as the workspace matrix names them.
    /// </summary>
    private async Task<Dictionary<string, (string Model, string Handler)?>> EndpointsAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var found = new Dictionary<string, (string Model, string Handler)?>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var model = compiled.ModelTypeInfo!.AsType();
                    found[$"{handler.HttpMethod.ToUpperInvariant()} {route}{(handler.Name is { } name ? "?handler=" + name : string.Empty)}"] =
                        model.IsSubclassOf(typeof(Workspaces.WorkspacePage))
                            ? (model.FullName!.Replace("Wijkmix.Web.Features.Werkruimte.", string.Empty, StringComparison.Ordinal), handler.MethodInfo.Name[2..].Replace("Async", string.Empty, StringComparison.Ordinal))
                            : null;
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
            foreach (var method in methods)
            {
                found[$"{method} {route}"] = null;
            }
        }

        return found;
    }

    [GeneratedRegex("/account/uitnodiging/([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();
}

/// <summary>An installation whose administrator closed reading (<c>Wijkmix:ReadingClosed</c>), on an empty store.</summary>
public sealed class ClosedReadingApp : RunningApp
{
    protected override bool WithDemo => false;

    protected override IEnumerable<string> Settings => [$"--{Hosting.WijkmixWeb.ReadingClosedSetting}", "true"];
}
