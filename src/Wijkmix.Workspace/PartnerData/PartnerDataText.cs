using Wijkmix.Workspace.Internal;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>User-facing partner data texts from <c>PartnerDataText.resx</c> (Dutch is the neutral language).</summary>
public static class PartnerDataText
{
    private static readonly TextResources Texts = new("Wijkmix.Workspace.PartnerData.PartnerDataText", nameof(PartnerDataText));

    /// <summary>The text for <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(string key) => Texts.Get(key);

    /// <summary>The text for <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object[] arguments) => Texts.Format(key, arguments);
}
