using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace Wijkmix.LoadTest;

/// <summary>
/// Every request's kind, status and time. An error is a failed request or a status the page should never give
/// (5xx, 400, 403, 404); 409 is the expected answer when two members save the same step at once and is counted apart.
/// </summary>
internal sealed class RequestLog
{
    private readonly ConcurrentBag<(string Kind, HttpStatusCode Status, TimeSpan Time)> _requests = [];

    public int Errors => _requests.Count(r => IsError(r.Status));

    public void Add(string kind, HttpStatusCode status, TimeSpan time) => _requests.Add((kind, status, time));

    public void Print(TimeSpan elapsed)
    {
        var all = _requests.ToArray();
        Console.WriteLine($"verzoeken: {all.Length}, per seconde: {(all.Length / elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture)}, fouten: {Errors}, conflicten (409): {all.Count(r => r.Status == HttpStatusCode.Conflict)}");
        foreach (var group in all.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(all.GroupBy(_ => "alle").Single()))
        {
            var times = group.Select(r => r.Time.TotalMilliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-30} n={times.Length,7}  p50={Percentile(times, 0.50),7:F1} ms  p95={Percentile(times, 0.95),7:F1} ms  p99={Percentile(times, 0.99),7:F1} ms  max={times[^1],7:F1} ms"));
        }

        foreach (var status in all.Where(r => IsError(r.Status)).GroupBy(r => r.Status))
        {
            Console.WriteLine($"fout: {(int)status.Key} × {status.Count()}");
        }
    }

    private static bool IsError(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or 0;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
