using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.LoadTest;

/// <summary>What a member does during the run: mostly reading, and answering routekaart steps (one edit in four).</summary>
internal static partial class Work
{
    private static readonly string[] ReadPages = ["", "/routekaart", "/leden", "/routekaart/3"];

    public static async Task RunAsync(Session member, int workspace, int seed, RequestLog log, CancellationToken stop)
    {
        var random = new Random(seed);
        var root = $"/werkruimte/{workspace}";
        try
        {
            while (!stop.IsCancellationRequested)
            {
                // Members 3, 7, 11 … are viewers (see Setup): they only read.
                if (seed % 4 != 3 && random.Next(4) == 0)
                {
                    var (status, page) = await Timed(log, "GET /routekaart (om te bewerken)", () => member.GetAsync(root + "/routekaart", stop)).ConfigureAwait(false);
                    var step = random.Next(1, 10);
                    var revision = RevisionPattern(step).Match(page).Groups[1].Value;
                    if (status == HttpStatusCode.OK && revision.Length > 0)
                    {
                        var fields = new Dictionary<string, string> { ["stap"] = step.ToString(CultureInfo.InvariantCulture), ["revisie"] = revision, ["tekst"] = $"Antwoord {seed}-{random.Next()}" };
                        await Timed(log, "POST routekaart", async () => (await member.PostAsync(root + "/routekaart", page, fields, stop).ConfigureAwait(false)).Status).ConfigureAwait(false);
                    }
                }
                else
                {
                    var page = ReadPages[random.Next(ReadPages.Length)];
                    await Timed(log, "GET " + (page.Length == 0 ? "/overzicht" : page), () => member.GetAsync(root + page, stop)).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over; a request cut off by the end is not counted.
        }
    }

    private static async Task<(HttpStatusCode, string)> Timed(RequestLog log, string kind, Func<Task<(HttpStatusCode, string)>> request)
    {
        var clock = Stopwatch.StartNew();
        var result = await request().ConfigureAwait(false);
        log.Add(kind, result.Item1, clock.Elapsed);
        return result;
    }

    private static async Task Timed(RequestLog log, string kind, Func<Task<HttpStatusCode>> request)
    {
        var clock = Stopwatch.StartNew();
        var status = await request().ConfigureAwait(false);
        log.Add(kind, status, clock.Elapsed);
    }

    private static Regex RevisionPattern(int step) =>
        new($"name=\"stap\" value=\"{step}\">\\s*<input type=\"hidden\" name=\"revisie\" value=\"(\\d+)\"", RegexOptions.CultureInvariant);
}
