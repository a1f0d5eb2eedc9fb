using Wijkmix.Workspace.Internal;

namespace Wijkmix.Workspace.Resources;

/// <summary>
/// User-facing workspace texts from <c>WorkspaceText.resx</c> (Dutch, the neutral language) and
/// <c>WorkspaceText.en.resx</c>, in the current UI culture; numbers in placeholders follow the current culture.
/// </summary>
public static class WorkspaceText
{
    private static readonly TextResources Texts = new("Wijkmix.Workspace.Resources.WorkspaceText", "workspace");

    /// <summary>The text for <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(string key) => Texts.Get(key);

    /// <summary>The text for <paramref name="key"/> with its placeholders filled in.</summary>
    public static string Format(string key, params object?[] arguments) => Texts.Format(key, arguments);
}
