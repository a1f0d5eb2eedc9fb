using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Shared;

/// <summary>How shares and signed indices read on the pages (figures, levels and years: <c>Wijkmix.Monitor.Indicators.Wording</c>).</summary>
public static class Display
{
    public static string Share(double value) => value.ToString("P1", CultureInfo.CurrentCulture);

    public static string SignedIndex(double value) => value.ToString("+0.0000;−0.0000;0.0000", CultureInfo.CurrentCulture);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>A resource text with its placeholders filled in the current culture.</summary>
    public static string Fill(string format, params object?[] values) => string.Format(CultureInfo.CurrentCulture, format, values);

    /// <summary>The title of CBS's Kerncijfers wijken en buurten, a Dutch name in any language (the same in both resources).</summary>
    public static string KwbTitle => Text.KwbTitle;

    /// <summary>
    /// A resource text whose <c>{0}</c> is CBS's Dutch title, marked <c>lang="nl"</c> so a screen reader reads it as Dutch on
    /// an English page (WCAG 3.1.2) and the language test knows it is a name, not an untranslated text.
    /// </summary>
    public static IHtmlContent WithDutchTitle(string format)
    {
        var encoder = HtmlEncoder.Default;
        return new HtmlString(string.Format(CultureInfo.CurrentCulture, encoder.Encode(format), $"<span lang=\"nl\">{encoder.Encode(KwbTitle)}</span>"));
    }

    /// <summary>A workspace role as the pages name it, in the current language (<c>Rights.Dutch</c> stays the stored Dutch word).</summary>
    public static string Role(Wijkmix.Workspace.Model.WorkspaceRole role) => role switch
    {
        Wijkmix.Workspace.Model.WorkspaceRole.Coordinator => Text.WsRoleCoordinator,
        Wijkmix.Workspace.Model.WorkspaceRole.Partner => Text.WsRolePartner,
        Wijkmix.Workspace.Model.WorkspaceRole.ResidentRepresentative => Text.WsRoleResident,
        _ => Text.WsRoleViewer,
    };
}
