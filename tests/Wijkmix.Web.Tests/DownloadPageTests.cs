using System.Net;
using System.Text.RegularExpressions;
using Wijkmix.Data.Tests.Download;
using Wijkmix.Web.Tests.Werkruimte;

namespace Wijkmix.Web.Tests;

/// <summary>The bundled app, fetching from a local CBS/PDOK server (real Kestrel, the real Den Haag 2019 files).</summary>
public sealed class DownloadApp(StatServer server) : RunningApp
{
    protected override IEnumerable<string> Settings =>
        ["--Wijkmix:CbsUrl", server.CbsUrl.ToString(), "--Wijkmix:PdokUrl", server.PdokUrl.ToString()];
}

/// <summary>Fetching from CBS and PDOK on the Gegevens page: administrators only, off the request, with a progress page.</summary>
public sealed class DownloadPageTests : IAsyncLifetime
{
    private StatServer _server = null!;
    private DownloadApp _app = null!;

    public async Task InitializeAsync()
    {
        _server = await StatServer.StartAsync();
        _app = new DownloadApp(_server);
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }

    private static Dictionary<string, string> Form(string gemeente = "GM0518") =>
        new() { ["ophalen"] = gemeente, ["van"] = "2019", ["tot"] = "2019", ["niveau"] = "buurt", ["grenzen"] = "true" };

    [Fact]
    public async Task Administrator_fetches_Den_Haag_2019_and_the_progress_page_shows_what_was_stored()
    {
        var admin = await Member.RegisterAsync(_app, "Bea Beheerder");
        await admin.MakeAdministratorAsync(_app);
        Assert.Contains("id=\"ophaalformulier\"", await admin.GetStringAsync("/gegevens"), StringComparison.Ordinal);

        var started = await admin.PostAsync("/gegevens", "Download", Form(), tokenFrom: "/gegevens");
        var html = await StoreJobPage.FollowAsync(admin.Client, started);

        var status = Regex.Match(html, "<div role=\"status\" id=\"voortgang\".*?</div>", RegexOptions.Singleline).Value;
        Assert.Contains("class=\"notice ok\"", status, StringComparison.Ordinal);
        Assert.Contains("<strong>Opgeslagen. De pagina&#x27;s tonen de nieuwe cijfers.</strong>", status, StringComparison.Ordinal);
        Assert.Contains("opgehaald, 0 uit de cache.", status, StringComparison.Ordinal);
        // The OData table of Den Haag 2019: 1 gemeente, 44 wijken and 114 buurten; the PDOK buurten 2019.
        Assert.Matches("<td>CBS 84583NED GM0518</td><td class=\"number\">159</td>", html);
        Assert.Matches("<td>PDOK buurten 2019 GM0518</td><td class=\"number\">114</td>", html);
        Assert.True(_server.DataPageHits > 0);

        var log = await admin.GetStringAsync("/gegevens");
        Assert.Matches("<td>Bea Beheerder \\([^<]*\\)</td><td>gewijzigd</td><td>gedeelde cijfers \\(Gegevens\\): ophalen GM0518 2019–2019 buurt met grenzen</td>", log);
    }

    [Fact]
    public async Task Years_outside_the_KWB_tables_are_refused_naming_the_field_and_nothing_is_fetched()
    {
        var admin = await Member.RegisterAsync(_app, "Bea Beheerder");
        await admin.MakeAdministratorAsync(_app);
        var form = Form();
        form["van"] = "2030";
        form["tot"] = "2031";

        var refused = await admin.PostAsync("/gegevens", "Download", form, tokenFrom: "/gegevens");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<td>jaren</td><td>Kies een gemeente, een niveau en jaren van 2013 tot en met 2025", html, StringComparison.Ordinal);
        Assert.Equal(0, _server.Hits);
    }

    [Fact]
    public async Task Anyone_else_is_refused_and_nothing_is_fetched()
    {
        using var anonymous = _app.Client();
        var token = await RunningApp.TokenAsync(anonymous, "/gegevens");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(Form()) { ["__RequestVerificationToken"] = token });
        using var refused = await anonymous.PostAsync(new Uri("/gegevens?handler=Download", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        // The first account of an installation is its administrator; the second is not.
        await Member.RegisterAsync(_app, "Bea Beheerder");
        var member = await Member.RegisterAsync(_app, "Piet Partner");
        var forbidden = await member.PostAsync("/gegevens", "Download", Form(), tokenFrom: "/gegevens");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("id=\"ophaalformulier\"", await member.GetStringAsync("/gegevens"), StringComparison.Ordinal);

        await Task.Delay(200);
        Assert.Equal(0, _server.Hits);
        using var progress = await anonymous.GetAsync(new Uri($"/gegevens/ophalen/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, progress.StatusCode);
    }
}
