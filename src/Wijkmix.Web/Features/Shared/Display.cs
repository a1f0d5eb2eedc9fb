using System.Globalization;
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

    /// <summary>A workspace role as the pages name it, in the current language (<c>Rights.Dutch</c> stays the stored Dutch word).</summary>
    public static string Role(Wijkmix.Workspace.Model.WorkspaceRole role) => role switch
    {
        Wijkmix.Workspace.Model.WorkspaceRole.Coordinator => Text.WsRoleCoordinator,
        Wijkmix.Workspace.Model.WorkspaceRole.Partner => Text.WsRolePartner,
        Wijkmix.Workspace.Model.WorkspaceRole.ResidentRepresentative => Text.WsRoleResident,
        _ => Text.WsRoleViewer,
    };
}
