using System.Net;

namespace Wijkmix.Web.Tests;

/// <summary>On SQLite, also the queue's bound and cancellation by the browser that started a run.</summary>
public sealed class SimulationJobsOnSqlite(SimulationQueueApp app) : SimulationJobTests(app), IClassFixture<SimulationQueueApp>
{
    [Fact]
    public async Task Full_queue_is_refused_and_only_the_starter_cancels_a_waiting_or_running_run()
    {
        var starter = App.Client();
        var other = App.Client();

        // A long run (all of Utrecht's households, 60 burn-in and 15 years, 5 replicates): 2 × 5 × 75 replicate-years.
        var (status, running, _) = await PostAsync(starter, "/simulatie", Run(100, 15, 5, "Lang"));
        Assert.Equal(HttpStatusCode.SeeOther, status);
        var longKey = KeyOf(running!);
        var page = WebUtility.HtmlDecode(await starter.GetStringAsync(new Uri(running!, UriKind.Relative)));
        Assert.Contains("<progress id=\"voortgang-balk\" max=\"750\" value=\"", page, StringComparison.Ordinal);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>", page, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/simulatie.js\\?v=[^\"]+\"></script>", page);
        Assert.Contains($"<a href=\"/simulatie?run={longKey}\" id=\"vernieuw\">Vernieuw de voortgang</a>", page, StringComparison.Ordinal);
        Assert.Contains("id=\"annuleer\"", page, StringComparison.Ordinal);
        Assert.Contains("De uitkomst wordt bewaard", page, StringComparison.Ordinal);

        // It really runs: replicate-years are counted while the page waits.
        var waited = 0;
        while ((await ProgressAsync(starter, longKey)).GetProperty("done").GetInt32() == 0 && waited++ < 3000)
        {
            await Task.Delay(100);
        }

        var progress = await ProgressAsync(starter, longKey);
        Assert.Equal("running", progress.GetProperty("state").GetString());
        Assert.InRange(progress.GetProperty("done").GetInt32(), 1, 749);
        Assert.Matches("^Bezig: [0-9]+ van 750 replicaatjaren gesimuleerd, inloop inbegrepen \\([0-9]+%\\)\\.$", progress.GetProperty("text").GetString()!);

        // Someone else sees the progress, but cannot cancel it.
        Assert.DoesNotContain("id=\"annuleer\"", await other.GetStringAsync(new Uri(running!, UriKind.Relative)), StringComparison.Ordinal);
        var (notYours, _, notYoursHtml) = await PostAsync(other, "/simulatie?handler=Annuleer", [new("run", longKey)]);
        Assert.Equal(HttpStatusCode.Forbidden, notYours);
        Assert.Contains("Alleen wie de simulatie startte, kan haar annuleren.", notYoursHtml, StringComparison.Ordinal);
        Assert.Equal("running", (await ProgressAsync(starter, longKey)).GetProperty("state").GetString());

        // One run may wait behind it; the next is refused with the reason, nothing queued.
        var (queued, waiting, _) = await PostAsync(starter, "/simulatie", Run(100, 15, 1, "Wacht"));
        Assert.Equal(HttpStatusCode.SeeOther, queued);
        var waitingKey = KeyOf(waiting!);
        Assert.Contains("In de wachtrij: nog 1 simulatie(s) voor deze.", WebUtility.HtmlDecode(await starter.GetStringAsync(new Uri(waiting!, UriKind.Relative))), StringComparison.Ordinal);
        var (full, fullAt, fullHtml) = await PostAsync(other, "/simulatie", Run(10, 2, 1, "Te veel"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full);
        Assert.Null(fullAt);
        Assert.Contains("<p><strong>De simulatie is niet uitgevoerd.</strong></p>", fullHtml, StringComparison.Ordinal);
        Assert.Contains("<li>De wachtrij is vol: er mogen ten hoogste 1 simulatie(s) wachten. Probeer het over een paar minuten opnieuw.</li>", fullHtml, StringComparison.Ordinal);

        // The starter cancels the waiting run, then the running one; neither leaves an outcome.
        var (cancelled, back, _) = await PostAsync(starter, "/simulatie?handler=Annuleer", [new("run", waitingKey)]);
        Assert.Equal(HttpStatusCode.SeeOther, cancelled);
        Assert.Equal(waiting, back);
        Assert.Equal("cancelled", (await ProgressAsync(starter, waitingKey)).GetProperty("state").GetString());
        Assert.Contains("<p role=\"status\" class=\"notice\" id=\"geannuleerd\">De simulatie is geannuleerd; er is niets bewaard.</p>",
            WebUtility.HtmlDecode(await starter.GetStringAsync(new Uri(waiting!, UriKind.Relative))), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.SeeOther, (await PostAsync(starter, "/simulatie?handler=Annuleer", [new("run", longKey)])).Status);
        for (var i = 0; i < 600 && (await ProgressAsync(starter, longKey)).GetProperty("state").GetString() != "cancelled"; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("cancelled", (await ProgressAsync(starter, longKey)).GetProperty("state").GetString());
        using var nothing = await starter.GetAsync(new Uri($"/simulatie?uitkomst={longKey}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);

        // With the queue free again, the refused run is taken and kept.
        var (accepted, next, _) = await PostAsync(other, "/simulatie", Run(10, 2, 1, "Te veel"));
        Assert.Equal(HttpStatusCode.SeeOther, accepted);
        Assert.StartsWith("/simulatie?uitkomst=", await SimulationJobPage.FollowAsync(other, next!), StringComparison.Ordinal);
    }
}
