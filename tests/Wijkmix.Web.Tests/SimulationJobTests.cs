using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wijkmix.Web.Tests.Werkruimte;

namespace Wijkmix.Web.Tests;

/// <summary>The application with room for one waiting simulation, its workspace store on SQLite (the default).</summary>
public sealed class SimulationQueueApp : RunningApp
{
    protected override IEnumerable<string> Settings => ["--Wijkmix:SimulationQueue", "1"];
}

/// <summary>The same, with the workspace store (where outcomes are kept) on a throw-away PostgreSQL database.</summary>
public sealed class SimulationPostgresApp : RunningApp
{
    private readonly string _database = "wijkmix_test_" + Guid.NewGuid().ToString("N")[..12];

    private string? _connection;

    // Created once: a restart finds the same database.
    protected override IEnumerable<string> Settings =>
        ["--Wijkmix:SimulationQueue", "1", "--Wijkmix:Werkruimte:Provider", "postgres", "--ConnectionStrings:Werkruimte", _connection ??= TestPostgres.Create(_database)];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TestPostgres.Drop(_database);
    }
}

/// <summary>
/// Simulations as background jobs: the POST queues a run and sends the browser to its progress at once; the progress
/// (JSON and page) counts replicate-years up to the total; the outcome is kept in the application store, so its link
/// works after a restart on the same store.
/// </summary>
public abstract partial class SimulationJobTests(RunningApp app)
{
    protected RunningApp App => app;

    /// <summary>A run of Utrecht at <paramref name="scale"/> %, with lottery for <paramref name="lottery"/> % of the lettings.</summary>
    protected static List<KeyValuePair<string, string>> Run(int scale, int years, int replicates, string name, int lottery = 50) =>
    [
        new("bron", "formulier"), new("gemeente", "GM0344"), new("startjaar", "2025"), new("jaren", $"{years}"), new("herhalingen", $"{replicates}"),
        new("schaal", $"{scale}"), new("naam", name), new("loting", "true"), new("lotingaandeel", $"{lottery}"),
    ];

    protected static async Task<(HttpStatusCode Status, string? Location, string Html)> PostAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.ToList();
        all.Add(new("__RequestVerificationToken", await RunningApp.TokenAsync(client, "/simulatie?gemeente=GM0344")));
        using var content = new FormUrlEncodedContent(all);
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, response.Headers.Location?.OriginalString, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>The run's progress as the page's script reads it.</summary>
    protected static async Task<JsonElement> ProgressAsync(HttpClient client, string key)
    {
        using var response = await client.GetAsync(new Uri($"/simulatie?handler=Voortgang&run={key}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    protected static string KeyOf(string location) => location[(location.IndexOf('=', StringComparison.Ordinal) + 1)..];

    [Fact]
    public async Task Queued_run_counts_its_replicate_years_and_its_result_link_survives_a_restart()
    {
        var client = app.Client();
        var (status, location, _) = await PostAsync(client, "/simulatie", Run(10, 3, 5, "Loting na herstart"));
        Assert.Equal(HttpStatusCode.SeeOther, status);
        Assert.Matches("^/simulatie\\?run=[0-9a-f]{32}$", location);
        var key = KeyOf(location!);

        // Progress as the script sees it: replicate-years of baseline and variant × 5 replicates × (60 burn-in + 3 years),
        // never going back.
        var seen = new List<(string State, int Done, int Total)>();
        JsonElement progress;
        do
        {
            progress = await ProgressAsync(client, key);
            seen.Add((progress.GetProperty("state").GetString()!, progress.GetProperty("done").GetInt32(), progress.GetProperty("total").GetInt32()));
            await Task.Delay(100);
        }
        while (progress.GetProperty("result").ValueKind == JsonValueKind.Null && seen.Count < 3000);

        Assert.Equal($"/simulatie?uitkomst={key}", progress.GetProperty("result").GetString());
        Assert.Equal(("done", 2 * 5 * 63, 2 * 5 * 63), seen[^1]);
        Assert.All(seen, s => Assert.Contains(s.State, new[] { "waiting", "running", "done" }));
        Assert.Equal(seen.Select(s => s.Done).Order(), seen.Select(s => s.Done));
        Assert.Equal("Klaar: de uitkomst is bewaard.", progress.GetProperty("text").GetString());

        // The progress page of a kept run sends the browser to the outcome.
        var result = await SimulationJobPage.FollowAsync(client, location!);
        Assert.Equal($"/simulatie?uitkomst={key}", result);
        var before = ResultSection(await client.GetStringAsync(new Uri(result, UriKind.Relative)));
        Assert.Contains("Loting na herstart", before, StringComparison.Ordinal);
        var csv = await client.GetStringAsync(new Uri($"/simulatie?handler=export&uitkomst={key}&format=csv", UriKind.Relative));

        await app.RestartAsync();
        var later = app.Client();
        using var page = await later.GetAsync(new Uri(result, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var after = await page.Content.ReadAsStringAsync();
        Assert.Equal(before, ResultSection(after));

        // The form is filled in as it was posted.
        Assert.Contains("<input id=\"naam\" name=\"naam\" type=\"text\" maxlength=\"80\" value=\"Loting na herstart\">", after, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" id=\"loting\" name=\"loting\" value=\"true\" checked=\"checked\">", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"5\" selected=\"selected\">5</option>", after, StringComparison.Ordinal);
        Assert.Equal(csv, await later.GetStringAsync(new Uri($"/simulatie?handler=export&uitkomst={key}&format=csv", UriKind.Relative)));

        // The job itself is forgotten with the restart; its progress address still leads to the kept outcome.
        using var run = await later.GetAsync(new Uri(location!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, run.StatusCode);
        Assert.Equal(result, run.Headers.Location!.OriginalString);
        using var unknown = await later.GetAsync(new Uri("/simulatie?run=0123456789abcdef0123456789abcdef", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Deze simulatie is onbekend", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // Posting the same run again needs no second run: straight to the kept outcome.
        var (again, againAt, _) = await PostAsync(later, "/simulatie", Run(10, 3, 5, "Loting na herstart"));
        Assert.Equal(HttpStatusCode.SeeOther, again);
        Assert.Equal(result, againAt);
    }

    /// <summary>The result section of a page, without what differs per request (the anti-forgery tokens, the share link's host).</summary>
    protected static string ResultSection(string html)
    {
        var section = Regex.Match(html, "<section aria-labelledby=\"uitkomst\" id=\"resultaat\">[\\s\\S]*?<section aria-labelledby=\"varianten-titel\"").Value;
        Assert.NotEmpty(section);
        return Regex.Replace(section, "http://127\\.0\\.0\\.1:[0-9]+", "http://host");
    }
}

/// <summary>On PostgreSQL.</summary>
public sealed class SimulationJobsOnPostgres(SimulationPostgresApp app) : SimulationJobTests(app), IClassFixture<SimulationPostgresApp>;
