using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>
/// Text that gives a page away as being in the wrong language. The rule:
/// <list type="bullet">
/// <item>every value of the pages' resources (Web <c>Text</c>, Workspace <c>WorkspaceText</c> and <c>PartnerDataText</c>,
/// Monitor <c>MonitorText</c> and <c>GoalText</c>) whose value in the other language differs or is missing, cut at its
/// placeholders into literal pieces; a piece of two or more words or of eight or more letters is looked for anywhere in
/// the visible text (whole words, case-sensitive), a shorter one-word value only as a whole visible piece (a heading,
/// a table head, a button), because short words ("Jaar", "Doel") also occur inside names;</item>
/// <item>pieces that are also a value in the other language (names, codes, "partner") do not count;</item>
/// <item>a few common lower-case function words of the language (whole words), which names and codes do not contain.</item>
/// </list>
/// Data values are not the page's language: area names (any CBS gemeente, wijk or buurt name that contains a marker is
/// taken out of the text first, so "Horst aan de Maas" passes), the name of the other language on the language switch,
/// and what members typed (the test's own data is language-neutral).
/// </summary>
public sealed partial class LanguageMarkers
{
    private static readonly (string BaseName, Assembly Assembly)[] Resources =
    [
        ("Wijkmix.Web.Resources.Text", typeof(Wijkmix.Web.Resources.Text).Assembly),
        ("Wijkmix.Workspace.Resources.WorkspaceText", typeof(Wijkmix.Workspace.PartnerData.PartnerDataText).Assembly),
        ("Wijkmix.Workspace.PartnerData.PartnerDataText", typeof(Wijkmix.Workspace.PartnerData.PartnerDataText).Assembly),
        ("Wijkmix.Monitor.Resources.MonitorText", typeof(Wijkmix.Monitor.Resources.MonitorText).Assembly),
        ("Wijkmix.Monitor.Resources.GoalText", typeof(Wijkmix.Monitor.Resources.GoalText).Assembly),
    ];

    private static readonly string[] DutchWords = ["de", "het", "een", "niet", "van", "voor", "naar", "zijn", "wordt", "geen", "uw", "bij", "nog", "werkruimte", "werkruimtes", "gemeente", "gemeenten"];

    private static readonly string[] EnglishWords = ["the", "and", "with", "your", "this", "which", "from", "not", "are", "workspace", "workspaces", "municipality"];

    private readonly List<(string Piece, Regex Pattern)> _pieces = [];
    private readonly HashSet<string> _wholeValues = new(StringComparer.Ordinal);

    private readonly List<string> _names = [];

    private LanguageMarkers(IEnumerable<string> values, IEnumerable<string> otherValues, string[] words, IEnumerable<string> names)
    {
        var other = new HashSet<string>(otherValues.SelectMany(Pieces).Concat(otherValues.Select(v => v.Trim())), StringComparer.Ordinal);
        foreach (var value in values)
        {
            foreach (var piece in Pieces(value).Where(p => !other.Contains(p)))
            {
                if (piece.Contains(' ', StringComparison.Ordinal) || piece.Length >= 8)
                {
                    _pieces.Add((piece, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(piece) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)));
                }
                else if (piece == Trim(value))
                {
                    _wholeValues.Add(piece);
                }
            }
        }

        foreach (var word in words)
        {
            _pieces.Add(($"word '{word}'", new Regex(@"(?<![\p{L}\p{N}_-])" + word + @"(?![\p{L}\p{N}_-])", RegexOptions.CultureInvariant)));
        }

        var all = "\n" + string.Join("\n", names.Distinct(StringComparer.Ordinal)) + "\n";
        var marked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, pattern) in _pieces)
        {
            foreach (Match match in pattern.Matches(all))
            {
                var start = all.LastIndexOf('\n', match.Index) + 1;
                marked.Add(all[start..all.IndexOf('\n', match.Index)]);
            }
        }

        _names.AddRange(marked.Where(n => n.Length > 0).OrderByDescending(n => n.Length));
    }

    /// <summary>Markers of Dutch text on an English page (Dutch values without a different English value).</summary>
    public static LanguageMarkers Dutch(IEnumerable<string> names)
    {
        var (dutch, english) = Values();
        return new([.. dutch.Where(d => !english.TryGetValue(d.Key, out var e) || e != d.Value).Select(d => d.Value)], english.Values, DutchWords, names);
    }

    /// <summary>Markers of English text on a Dutch page.</summary>
    public static LanguageMarkers English(IEnumerable<string> names)
    {
        var (dutch, english) = Values();
        return new([.. english.Where(e => !dutch.TryGetValue(e.Key, out var d) || d != e.Value).Select(e => e.Value)], dutch.Values, EnglishWords, names);
    }

    /// <summary>The markers found in <paramref name="visible"/>, each with the text around it.</summary>
    public List<string> Find(IReadOnlyList<string> shown)
    {
        var visible = shown.Select(WithoutNames).ToList();
        var text = string.Join("\n", visible);
        var hits = visible.Where(_wholeValues.Contains).Distinct(StringComparer.Ordinal).Select(v => $"'{v}'").ToList();
        foreach (var (piece, pattern) in _pieces)
        {
            if (pattern.Match(text) is { Success: true } match)
            {
                var line = visible.First(v => pattern.IsMatch(v));
                hits.Add($"{piece} in '{(line.Length > 80 ? line[..80] + "…" : line)}'");
            }
        }

        return hits;
    }

    private string WithoutNames(string piece)
    {
        foreach (var name in _names)
        {
            if (piece.Contains(name, StringComparison.Ordinal))
            {
                piece = piece.Replace(name, "§", StringComparison.Ordinal);
            }
        }

        return piece;
    }

    private static (Dictionary<string, string> Dutch, Dictionary<string, string> English) Values()
    {
        var dutch = new Dictionary<string, string>(StringComparer.Ordinal);
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (baseName, assembly) in Resources)
        {
            var manager = new ResourceManager(baseName, assembly);
            Read(manager.GetResourceSet(CultureInfo.InvariantCulture, true, false), baseName, dutch);
            Read(manager.GetResourceSet(CultureInfo.GetCultureInfo("en"), true, false), baseName, english);
        }

        return (dutch, english);
    }

    private static void Read(ResourceSet? set, string baseName, Dictionary<string, string> into)
    {
        foreach (DictionaryEntry entry in (IEnumerable?)set ?? Array.Empty<DictionaryEntry>())
        {
            if (entry.Value is string value && (string)entry.Key != "OtherLanguage")
            {
                into[baseName + "." + entry.Key] = value;
            }
        }
    }

    private static IEnumerable<string> Pieces(string value) =>
        Placeholder().Split(value).Select(Trim).Where(p => p.Any(char.IsLetter));

    private static string Trim(string piece) => Space().Replace(piece, " ").Trim(" \t\r\n.,:;!?()[]—–-\"'‘’“”«»…/·|+×=<>*%€".ToCharArray());

    [GeneratedRegex(@"\{[0-9][^}]*\}|\n")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
