using System.Net;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// The text a reader sees or hears on a page: the text between tags plus the <c>aria-label</c>, <c>title</c>,
/// <c>placeholder</c> and <c>alt</c> attributes, whitespace collapsed, one line per piece. Left out: scripts, styles,
/// file contents (<c>textarea</c>, <c>pre</c>, <c>code</c>: a scenario file keeps its Dutch keys in either language),
/// and any element with a <c>lang</c> attribute of the other language (text the page itself declares as not in its
/// language, such as the switch to the other language or Dutch catalogue content; WCAG 3.1.2).
/// </summary>
public static partial class VisibleText
{
    public static IReadOnlyList<string> Of(string html, string language)
    {
        var body = ScriptOrStyle().Replace(html, " ");
        body = OtherLanguage().Replace(body, m => m.Groups["lang"].Value.StartsWith(language, StringComparison.Ordinal) ? m.Value : " ");
        var pieces = new List<string>();
        foreach (Match attribute in Attribute().Matches(body))
        {
            pieces.Add(attribute.Groups["value"].Value);
        }

        pieces.AddRange(Tag().Split(body));
        return [.. pieces.Select(p => Space().Replace(WebUtility.HtmlDecode(p), " ").Trim()).Where(p => p.Length > 0)];
    }

    [GeneratedRegex(@"<(script|style|textarea|pre|code)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    /// <summary>An element (other than <c>html</c>, which names the page's language) with a <c>lang</c> attribute and its content (elements of one name do not nest in these pages' marked parts).</summary>
    [GeneratedRegex(@"<(?<tag>(?!html\b)[a-z0-9]+)\b(?=[^>]*\blang=""(?<lang>[a-z-]+)"")[^>]*>.*?</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex OtherLanguage();

    [GeneratedRegex(@"\b(aria-label|title|placeholder|alt)=""(?<value>[^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
