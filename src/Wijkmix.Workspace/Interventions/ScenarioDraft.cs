using System.Globalization;
using System.Text;
using Wijkmix.Workspace.Resources;
using Wijkmix.Simulation.Rules;

namespace Wijkmix.Workspace.Interventions;

/// <summary>
/// Writes a scenario (docs/simulatie.md) to try a planned physical intervention in the simulator: the gemeente,
/// ten years, the baseline, and one variant with the intervention's instrument on its areas from its start year.
/// Parameters are the simulator's documented defaults; instruments whose size has no default (dwellings, places)
/// get a modest assumed size, marked as such in the text so the user can change it.
/// </summary>
public static class ScenarioDraft
{
    /// <summary>Years simulated.</summary>
    public const int Years = 10;

    /// <summary>Share of the households simulated: enough to compare, small enough to run on the web server.</summary>
    public const double DefaultScale = 0.1;

    /// <summary>The last start year the simulator's reader accepts.</summary>
    public const int LastStartYear = 2035;

    /// <summary>The instruments this class writes parameters for (every simulator instrument in the catalogue).</summary>
    public static IReadOnlyCollection<string> Instruments => Parameters.Keys;

    // Marks a size the simulator has no default for; written as a comment asking to adjust it.
    private const string Assumed = " #";

    private static readonly Dictionary<string, string[]> Parameters = new(StringComparer.Ordinal)
    {
        ["sloop_nieuwbouw"] = ["sloop_aandeel: 0.5", "nieuwbouw_factor: 1", "mix:", "  sociale_huur: 0.3", "  middenhuur: 0.3", "  vrije_huur: 0.1", "  koop: 0.3", "bouwtijd_jaren: 3", "terugkeerrecht: ja"],
        ["verkoop"] = ["woningen_per_jaar: 25" + Assumed],
        ["middenhuur_bijbouwen"] = ["woningen: 200" + Assumed],
        ["gespiegeld_bouwen"] = ["woningen: 200" + Assumed],
        ["renovatie"] = ["aandeel: 0.5", "duur_maanden: 12"],
        ["bijzondere_woonvorm"] = ["plaatsen: 20" + Assumed],
        ["passend_toewijzen"] = ["minimum_aandeel: 0.95", "inkomensmarge: 0"],
        ["directe_bemiddeling"] = ["max_aandeel_kwetsbaar: 0.4", "max_wachttijd_maanden: 6"],
        ["complexgrens"] = ["max_aandeel_kwetsbaar: 0.3"],
        ["rotterdamwet"] = ["artikel_8: ja"],
        ["lokale_binding"] = ["aandeel: 0.25"],
        ["wijkballotage"] = ["aandeel: 0.5"],
        ["huur_op_maat"] = [],
    };

    /// <summary>Whether <paramref name="instrument"/> can be written.</summary>
    public static bool Supports(string? instrument) => instrument is not null && Parameters.ContainsKey(instrument);

    /// <summary>The first year simulated: this year, or the intervention's start when that is earlier, within the simulator's years.</summary>
    public static int StartYear(DateOnly today, DateOnly? start) =>
        Math.Clamp(Math.Min(today.Year, start?.Year ?? today.Year), RuleBook.FirstYear, LastStartYear);

    /// <summary>
    /// The scenario text. <paramref name="municipality"/> is the gemeente's CBS code (the simulator also takes a name);
    /// <paramref name="areas"/> are buurt or wijk codes (at least one: several instruments require areas).
    /// </summary>
    public static string Write(string name, string municipality, string instrument, IReadOnlyList<string> areas, DateOnly today, DateOnly? start, double scale = DefaultScale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(municipality);
        ArgumentNullException.ThrowIfNull(areas);
        if (!Parameters.TryGetValue(instrument, out var parameters))
        {
            throw new ArgumentException($"Instrument '{instrument}' is not a simulator instrument of the catalogue.", nameof(instrument));
        }

        var first = StartYear(today, start);
        var from = Math.Clamp(start?.Year ?? first, first, first + Years - 1);
        var y = new StringBuilder();
        y.Append("naam: ").AppendLine(Quote(name));
        y.Append("gemeente: ").AppendLine(Quote(municipality));
        y.Append("startjaar: ").AppendLine(Invariant(first));
        y.Append("jaren: ").AppendLine(Invariant(Years));
        y.Append("schaal: ").AppendLine(scale.ToString("0.###", CultureInfo.InvariantCulture));
        y.AppendLine("basis:");
        y.AppendLine("  instrumenten: []");
        y.AppendLine("varianten:");
        y.Append("  - naam: ").AppendLine(Quote(name));
        y.AppendLine("    instrumenten:");
        y.Append("      - type: ").AppendLine(instrument);
        if (areas.Count > 0)
        {
            y.Append("        gebieden: [").AppendJoin(", ", areas.Select(Quote)).AppendLine("]");
        }

        y.Append("        vanaf: ").AppendLine(Invariant(from));
        foreach (var line in parameters)
        {
            y.Append("        ").AppendLine(line.Replace(Assumed, " # " + WorkspaceText.Get("ScenarioAssumption"), StringComparison.Ordinal));
        }

        return y.ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";
}
