using System.Net;

namespace Wijkmix.Web.Tests;

/// <summary>The progress page of a queued simulation (<c>/simulatie?run=KEY</c>), followed as a browser without JavaScript would.</summary>
public static class SimulationJobPage
{
    /// <summary>
    /// Follows <paramref name="location"/> (the redirect after a POST) until the run's outcome is kept, and returns the
    /// outcome's address (<c>/simulatie?uitkomst=KEY</c>). A location that is already the outcome is returned as is.
    /// </summary>
    public static async Task<string> FollowAsync(HttpClient client, string location, int seconds = 300)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(location);
        if (location.StartsWith("/simulatie?uitkomst=", StringComparison.Ordinal))
        {
            return location;
        }

        Assert.Matches("^/simulatie\\?run=[0-9a-f]{32}$", location);
        for (var waited = 0; waited < seconds * 1000; waited += 200)
        {
            using var page = await client.GetAsync(new Uri(location, UriKind.Relative));
            if (page.StatusCode == HttpStatusCode.SeeOther)
            {
                return page.Headers.Location!.OriginalString;
            }

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.True(html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal), "the run ended without a kept outcome:\n" + WebUtility.HtmlDecode(html));
            await Task.Delay(200);
        }

        throw new TimeoutException($"{location} still runs after {seconds} s.");
    }
}
