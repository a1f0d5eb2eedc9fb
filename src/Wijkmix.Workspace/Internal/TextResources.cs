using System.Globalization;
using System.Resources;

namespace Wijkmix.Workspace.Internal;

/// <summary>One resource file's texts in the current UI culture, with placeholders filled in the current culture.</summary>
internal sealed class TextResources(string baseName, string what)
{
    private readonly ResourceManager resources = new(baseName, typeof(TextResources).Assembly);

    public string Get(string key) =>
        resources.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new InvalidOperationException($"Missing {what} text: {key}");

    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}
