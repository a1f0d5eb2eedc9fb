using System.Net;

namespace Wijkmix.Web.Tests;

/// <summary>The progress page of a change of the shared store (a download or an upload), followed until the change ends.</summary>
public static class StoreJobPage
{
    /// <summary>Follows the redirect <paramref name="started"/> to the progress page and reads it until it stops reloading itself.</summary>
    public static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage started, int seconds = 60)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(started);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var progress = started.Headers.Location!.OriginalString;
        Assert.Matches("^/gegevens/ophalen/[0-9a-f-]{36}$", progress);
        for (var waited = 0; waited < seconds * 1000; waited += 200)
        {
            using var page = await client.GetAsync(new Uri(progress, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            if (!html.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{progress} still runs after {seconds} s.");
    }
}
