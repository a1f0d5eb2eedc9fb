using System.Globalization;
using System.Net;
using System.Text.Json;
using Polly.Timeout;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Download.Internal;

/// <summary>A download that cannot go on; the message says what happened and what to do, in the user's language.</summary>
internal class DownloadFailedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The server answered 404; the caller knows whether that is a missing table or an optional extra.</summary>
internal sealed class ResourceNotFoundException(Uri url) : DownloadFailedException(PageFetcher.Show(url))
{
    public Uri Url { get; } = url;
}

/// <summary>
/// Gets one JSON page: from the cache when it is there, else from the server (through the
/// resilient client), checked to be whole JSON before it is cached. Maps every failure to a message.
/// </summary>
internal sealed class PageFetcher(HttpClient http, ResponseCache cache, bool offline)
{
    public int Fetched { get; private set; }

    public int FromCache { get; private set; }

    public async Task<JsonDocument> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        if (cache.TryRead(url) is { } cached)
        {
            try
            {
                var doc = JsonDocument.Parse(cached);
                FromCache++;
                return doc;
            }
            catch (JsonException)
            {
                // Only whole pages are cached; a damaged file (edited, disk error) is fetched again.
                cache.Forget(url);
            }
        }

        if (offline)
        {
            throw Fail(Messages.DlNotCached, Show(url));
        }

        var body = await FetchAsync(url, cancellationToken).ConfigureAwait(false);
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw Fail(Messages.DlInvalidJson, Show(url), e.Message.Split(" LineNumber", 2)[0]);
        }

        try
        {
            cache.Write(url, body);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            parsed.Dispose();
            throw Fail(Messages.DlCacheWrite, cache.Directory, e.Message);
        }

        Fetched++;
        return parsed;
    }

    private async Task<byte[]> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse)
        {
            throw Fail(Messages.DlConnectionLost, Show(url), e.Message);
        }
        catch (HttpRequestException e)
        {
            throw Fail(Messages.DlNoNetwork, Show(url), e.Message);
        }
        catch (TimeoutRejectedException e)
        {
            throw Fail(Messages.DlTimeout, Show(url), e.Timeout.TotalSeconds.ToString("0", CultureInfo.CurrentCulture));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the user's cancellation: a connect timeout inside the handler.
            throw Fail(Messages.DlNoNetwork, Show(url), e.Message);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new ResourceNotFoundException(url);
            }

            if ((int)response.StatusCode is >= 400 and < 500 and not 408 and not 429)
            {
                // Retrying does not help: the request itself is refused (a filter this table does not know, a wrong address).
                throw Fail(Messages.DlRefused, Show(url), (int)response.StatusCode, response.ReasonPhrase ?? string.Empty);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Fail(Messages.DlServerError, Show(url), (int)response.StatusCode, response.ReasonPhrase ?? string.Empty);
            }

            return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The URL as the user can paste it, without the long query.</summary>
    public static string Show(Uri url) => Uri.UnescapeDataString(url.GetLeftPart(UriPartial.Path));

    public static DownloadFailedException Fail(string format, params object[] args) =>
        new(string.Format(Messages.Culture, format, args));
}
