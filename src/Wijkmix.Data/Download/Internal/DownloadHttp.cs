using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Wijkmix.Data.Download.Internal;

/// <summary>
/// The one HttpClient of a download: resilience (timeouts, exponential back-off with jitter,
/// Retry-After honoured on 429 and 503) from Microsoft.Extensions.Http.Resilience, one request at a
/// time with a minimum interval, and bodies read inside the retry so a connection reset half-way a
/// page is retried too. Proxies: <see cref="SocketsHttpHandler"/> uses <see cref="HttpClient.DefaultProxy"/>,
/// which on Linux reads HTTPS_PROXY/HTTP_PROXY/ALL_PROXY and NO_PROXY (see docs/decisions/0008-download.md).
/// </summary>
internal static class DownloadHttp
{
    public static HttpClient Create(DownloadSettings settings, TimeProvider time, HttpMessageHandler? primary = null)
    {
        primary ??= new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(20),
        };

        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.RetryDelay,
            MaxDelay = TimeSpan.FromMinutes(2),
            ShouldRetryAfterHeader = true,
        };
        if (settings.MaxRetries == 0)
        {
            retry.ShouldHandle = _ => PredicateResult.False();
        }

        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(settings.PageTimeout)
            .AddRetry(retry)
            .AddTimeout(settings.AttemptTimeout)
            .Build();
        var handler = new ResilienceHandler(pipeline)
        {
            InnerHandler = new PoliteHandler(settings.MinInterval, time) { InnerHandler = new BufferingHandler { InnerHandler = primary } },
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Wijkmix/1.0 (+https://github.com/wijkmix)");
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client;
    }

    /// <summary>Reads the whole body before the response leaves the retry, so a cut-off body is retried like a failed request.</summary>
    private sealed class BufferingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
                return response;
            }
            catch (Exception e) when (e is IOException or HttpRequestException)
            {
                // The headers arrived, the body did not: the connection was lost half-way.
                response.Dispose();
                throw new HttpRequestException(HttpRequestError.ResponseEnded, e.Message, e);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }

    /// <summary>One request at a time, at least <c>interval</c> apart: CBS and PDOK ask for fair use.</summary>
    private sealed class PoliteHandler(TimeSpan interval, TimeProvider time) : DelegatingHandler
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private long _last;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_last != 0 && time.GetElapsedTime(_last) is var elapsed && elapsed < interval)
                {
                    await Task.Delay(interval - elapsed, time, cancellationToken).ConfigureAwait(false);
                }

                _last = time.GetTimestamp();
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
