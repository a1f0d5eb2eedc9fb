using System.Globalization;
using System.Resources;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>User-facing partner data texts from <c>PartnerDataText.resx</c> (Dutch is the neutral language).</summary>
public static class PartnerDataText
{
    private static readonly ResourceManager Resources =
        new("Wijkmix.Workspace.PartnerData.PartnerDataText", typeof(PartnerDataText).Assembly);

    /// <summary>The text for <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException("Missing partner data text: " + key);

    /// <summary>The text for <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}
