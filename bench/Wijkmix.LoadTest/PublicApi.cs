using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.LoadTest;

/// <summary>
/// The public API under load while the shared store changes: N clients read maps, profiles, the compass and
/// segregation reports without pause, and one administrator uploads files through the Gegevens page again and
/// again (each upload runs off the request; the administrator follows its progress page until it ends).
/// </summary>
internal static partial class PublicApi
{

    /// <param name="paths">A file of the questions asked, one a line (bench/load/api-paths.txt, shared with the wrk script).</param>
    public static async Task<int> RunAsync(Uri baseAddress, int clients, int seconds, string paths, IReadOnlyList<string> files)
    {
        var questions = File.ReadAllLines(paths).Where(l => l.Length > 0).ToArray();
        // On a fresh installation the first account is its administrator.
        var admin = await Setup.RegisterAsync(baseAddress, "Beheerder").ConfigureAwait(false);
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        // First answers compute and cache (as run.sh warms up); an upload empties the cache again.
        foreach (var path in questions)
        {
            using var warm = await http.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
        }

        Console.WriteLine($"{clients} lezers gedurende {seconds} s; de beheerder laadt steeds opnieuw op: {string.Join(", ", files.Select(Path.GetFileName))}");
        var reads = new RequestLog();
        var uploads = new List<(TimeSpan Time, string Outcome)>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        var readers = Enumerable.Range(0, clients).Select(i => Task.Run(() => ReadAsync(http, questions, i, reads, stop.Token)));
        var uploader = Task.Run(() => UploadAsync(admin, files, uploads, stop.Token));
        await Task.WhenAll(readers.Append(uploader)).ConfigureAwait(false);
        clock.Stop();

        reads.Print(clock.Elapsed);
        foreach (var (time, outcome) in uploads)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upload: {outcome}, {time.TotalSeconds:F2} s from POST to the end of the import"));
        }

        var failedUploads = uploads.Count(u => u.Outcome != "opgeslagen");
        Console.WriteLine($"uploads: {uploads.Count}, niet opgeslagen: {failedUploads}");
        return reads.Errors == 0 && failedUploads == 0 && uploads.Count > 0 ? 0 : 1;
    }

    private static async Task ReadAsync(HttpClient http, string[] paths, int seed, RequestLog log, CancellationToken stop)
    {
        var random = new Random(seed);
        while (!stop.IsCancellationRequested)
        {
            var path = paths[random.Next(paths.Length)];
            var clock = Stopwatch.StartNew();
            HttpStatusCode status;
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), stop).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync(stop).ConfigureAwait(false);
                status = response.StatusCode;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The run is over; a request cut off by the end is not counted.
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            log.Add(Kind(path), status, clock.Elapsed);
        }
    }

    /// <summary>Uploads the files as one form, follows the progress page to its end, and starts again until the run ends.</summary>
    private static async Task UploadAsync(Session admin, IReadOnlyList<string> files, List<(TimeSpan, string)> uploads, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var form = (await admin.GetAsync("/gegevens", stop).ConfigureAwait(false)).Body;
                var clock = Stopwatch.StartNew();
                var (status, location) = await admin.UploadAsync("/gegevens", form, "bestanden", files, stop).ConfigureAwait(false);
                if (status != HttpStatusCode.Redirect || location is null)
                {
                    uploads.Add((clock.Elapsed, $"geweigerd ({(int)status})"));
                    return;
                }

                string page;
                while ((page = (await admin.GetAsync(location, CancellationToken.None).ConfigureAwait(false)).Body).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
                {
                    await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
                }

                uploads.Add((clock.Elapsed, page.Contains("<strong>Opgeslagen.", StringComparison.Ordinal) ? "opgeslagen" : "niet opgeslagen"));
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // An upload cut off by the end of the run is not counted.
        }
    }

    /// <summary>The endpoint of a path, codes left out: "/api/profile/{code}".</summary>
    private static string Kind(string path) => "GET " + Code().Replace(path.Split('?')[0], "{code}");

    [GeneratedRegex("(GM|WK|BU)[0-9]+")]
    private static partial Regex Code();
}
