using System.Globalization;

namespace Wijkmix.Workspace.Internal;

/// <summary>Reading form values as people type them; the rules turn a failure into a message naming the field.</summary>
internal static class FormValues
{
    /// <summary>The text without surrounding white space; empty for a missing value.</summary>
    public static string Trim(string? text) => (text ?? string.Empty).Trim();

    /// <summary>A whole number from 1 to 5 (the scales of risks and actors).</summary>
    public static bool Scale(string? text, out int value) =>
        int.TryParse(Trim(text), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is >= 1 and <= 5;

    /// <summary>A date as the date input sends it (2026-03-01) or as people type it (1-3-2026, 1/3/2026).</summary>
    public static bool Date(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text, ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An optional date: empty is no date; otherwise as <see cref="Date"/>.</summary>
    public static bool OptionalDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (Date(text, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }

    /// <summary>The date as the date input wants it.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
