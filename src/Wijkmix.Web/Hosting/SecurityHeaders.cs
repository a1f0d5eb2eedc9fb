using Wijkmix.Web.Features.Kaart;

namespace Wijkmix.Web.Hosting;

/// <summary>
/// A strict content security policy (only our own scripts and styles, no inline code) and the usual
/// hardening headers on every response. The API reference page (Scalar) needs inline script and is
/// the one exception. Images come from our own host only, unless a background map is configured: then its tile host
/// (and only that one) is added to img-src.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, BackgroundMap backgroundMap)
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private readonly string _policy = For(backgroundMap);

    /// <summary>The page policy with the background map's tile host in img-src when one is configured.</summary>
    public static string For(BackgroundMap backgroundMap)
    {
        ArgumentNullException.ThrowIfNull(backgroundMap);
        return backgroundMap.Origin is { } origin ? Policy.Replace("img-src 'self' data:;", $"img-src 'self' data: {origin};", StringComparison.Ordinal) : Policy;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api-docs", StringComparison.OrdinalIgnoreCase) ? ApiDocsPolicy : _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    }
}
