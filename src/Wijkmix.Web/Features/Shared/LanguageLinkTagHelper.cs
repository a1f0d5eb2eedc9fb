using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Wijkmix.Web.Features.Shared;

/// <summary>
/// On an English page, adds <c>taal=en</c> to internal links (<c>a href</c>) and form actions, and a hidden
/// <c>taal</c> field to forms sent with GET (a browser drops the query of a GET form's action); see <see cref="LanguageInLinks"/>.
/// Runs after the framework's form tag helper, so actions it writes from <c>asp-page-handler</c> are covered too.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form")]
public sealed class LanguageLinkTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (!Display.IsEnglish)
        {
            return;
        }

        var attribute = output.TagName == "a" ? "href" : "action";
        if (output.Attributes.TryGetAttribute(attribute, out var target) && Value(target.Value) is { } url)
        {
            var changed = LanguageInLinks.With(url);
            if (changed != url)
            {
                output.Attributes.SetAttribute(attribute, changed);
            }
        }

        var method = output.Attributes.TryGetAttribute("method", out var m) ? Value(m.Value) : null;
        if (output.TagName == "form" && !string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{LanguageInLinks.Parameter}\" value=\"en\">");
        }
    }

    /// <summary>The attribute's value as plain text, whether Razor gave a string or (for mixed markup) encoded HTML.</summary>
    private static string? Value(object? value) => value switch
    {
        null => null,
        string text => text,
        IHtmlContent html => WebUtility.HtmlDecode(Render(html)),
        _ => value.ToString(),
    };

    private static string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
