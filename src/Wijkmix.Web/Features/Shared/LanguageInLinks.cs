namespace Wijkmix.Web.Features.Shared;

/// <summary>
/// Keeps English in the address, so a copied link opens in English too: on an English page every internal link, form
/// and redirect carries <c>taal=en</c> (<see cref="LanguageLinkTagHelper"/> for links and forms, <see cref="KeepOnRedirect"/>
/// for redirects). Dutch is the default and its addresses stay clean. Files, the API and the language switch itself
/// are left alone.
/// </summary>
public static class LanguageInLinks
{
    public const string Parameter = "taal";

    private static readonly string[] Untouched = ["/api", "/lib/", "/css/", "/js/", "/img/", "/taal"];

    /// <summary><paramref name="url"/> with <c>taal=en</c> added when the page is English and the address is one of this site's pages.</summary>
    public static string With(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Display.IsEnglish ? AddEnglish(url) : url;
    }

    /// <summary>Middleware: a redirect answered to an English request keeps English (a form posted from a shared English link).</summary>
    public static Task KeepOnRedirect(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Display.IsEnglish && !context.Request.Path.StartsWithSegments("/taal", StringComparison.OrdinalIgnoreCase))
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                if (response.StatusCode is >= 300 and < 400 && response.Headers.Location.ToString() is { Length: > 0 } location)
                {
                    response.Headers.Location = AddEnglish(location);
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }

    private static string AddEnglish(string url)
    {
        if (!IsPage(url) || url.Contains(Parameter + "=", StringComparison.Ordinal))
        {
            return url;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (address, fragment) = hash < 0 ? (url, string.Empty) : (url[..hash], url[hash..]);
        return address + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Parameter + "=en" + fragment;
    }

    /// <summary>A page of this site: a path from the root (not <c>//host</c>) or a query on the current page, not a file, the API or the switch.</summary>
    private static bool IsPage(string url)
    {
        if (url.StartsWith('?'))
        {
            return true;
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || Untouched.Any(u => url.StartsWith(u, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var path = url.Split('?', '#')[0];
        return !path[(path.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
    }
}
