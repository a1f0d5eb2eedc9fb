using System.Globalization;
using System.Text;

namespace Wijkmix.Core.Areas;

/// <summary>A search hit with how well it matched (higher is better).</summary>
public sealed record AreaMatch(Area Area, int Score);

/// <summary>
/// Finds areas by code or name the way people type them: case, accents and punctuation do not
/// matter, part of a name is enough, and small typos are forgiven ("haarwijk", "slotermer").
/// </summary>
public static class AreaSearch
{
    public static IReadOnlyList<AreaMatch> Find(IEnumerable<Area> areas, string query, AreaLevel? level = null, int limit = 25)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(query);
        var q = Normalise(query);
        if (q.Length == 0)
        {
            return [];
        }

        return areas
            .Where(a => level is null || a.Level == level)
            .Select(a => new AreaMatch(a, Score(a, query.Trim(), q)))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Area.Level)
            .ThenBy(m => m.Area.DisplayName.Length)
            .ThenBy(m => m.Area.Code.Value, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    /// <summary>Names people use for gemeenten whose official name differs.</summary>
    private static readonly Dictionary<string, string> CommonNames = new(StringComparer.Ordinal)
    {
        ["den haag"] = "GM0518",
        ["the hague"] = "GM0518",
        ["den bosch"] = "GM0796",
    };

    private static int Score(Area area, string raw, string q)
    {
        if (string.Equals(area.Code.Value, raw, StringComparison.OrdinalIgnoreCase))
        {
            return 1000;
        }

        if (CommonNames.TryGetValue(q, out var code) && code == area.Code.Value)
        {
            return 950;
        }

        if (area.Name is null)
        {
            return area.Code.Value.StartsWith(raw.ToUpperInvariant(), StringComparison.Ordinal) && raw.Length >= 4 ? 500 : 0;
        }

        var name = Normalise(area.Name);
        if (name == q)
        {
            return 900;
        }

        if (name.StartsWith(q, StringComparison.Ordinal))
        {
            return 800;
        }

        if (name.Contains(q, StringComparison.Ordinal))
        {
            return 700;
        }

        // Forgive typos in proportion to the length of what was typed.
        var allowed = Math.Max(1, q.Length / 4);
        var best = name.Split(' ').Append(name).Min(token => Distance(token, q));
        return q.Length >= 4 && best <= allowed ? 600 - (10 * best) : 0;
    }

    /// <summary>Lower case, accents removed, punctuation as spaces: "Súdwest-Fryslân" → "sudwest fryslan".</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Optimal-string-alignment distance (Levenshtein with adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
