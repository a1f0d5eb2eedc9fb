using System.Text;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>
/// The name an uploaded file is shown, logged and saved under: the browser's name without folders,
/// control characters (NUL among them) or characters a file system refuses, at most
/// <see cref="MaxLength"/> characters with its extension kept, so a hostile name can neither break
/// the page nor the temporary file.
/// </summary>
internal static class UploadNames
{
    public const int MaxLength = 120;

    private static readonly char[] Refused = [.. Path.GetInvalidFileNameChars(), '\\', '/', ':', '*', '?', '"', '<', '>', '|'];

    public static string Safe(string? fileName)
    {
        var last = (fileName ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var clean = new StringBuilder(Math.Min(last.Length, MaxLength * 2));
        foreach (var c in last)
        {
            clean.Append(char.IsControl(c) || Array.IndexOf(Refused, c) >= 0 ? '_' : c);
        }

        var name = clean.ToString().Trim().TrimStart('.');
        if (name.Length == 0)
        {
            return "bestand";
        }

        if (name.Length <= MaxLength)
        {
            return name;
        }

        // Keep the extension(s) the importer reads (".csv.gz"): shorten the stem only.
        var dot = name.IndexOf('.', Math.Max(0, name.Length - 16));
        var extension = dot > 0 ? name[dot..] : string.Empty;
        return name[..(MaxLength - extension.Length)] + extension;
    }
}
