using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>
/// Writes a scenario built by <see cref="FormScenario"/> in the reader's format (docs/simulatie.md), to show
/// with its outcome and to adapt further in the scenario box: the instruments the form offers and the fields
/// it sets; every field it leaves out has the reader's default, so reading the text gives the same scenario.
/// </summary>
public static class FormYaml
{
    public static string Write(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var y = new StringBuilder();
        y.Append("naam: ").AppendLine(Quote(scenario.Name));
        y.Append("gemeente: ").AppendLine(Quote(scenario.Municipality));
        y.Append("startjaar: ").AppendLine(Number(scenario.StartYear));
        y.Append("jaren: ").AppendLine(Number(scenario.Years));
        y.Append("schaal: ").AppendLine(Number(scenario.Scale));
        y.AppendLine("varianten:");
        foreach (var variant in scenario.Variants)
        {
            y.Append("  - naam: ").AppendLine(Quote(variant.Name));
            if (variant.Instruments.Count == 0)
            {
                y.AppendLine("    instrumenten: []");
                continue;
            }

            y.AppendLine("    instrumenten:");
            foreach (var instrument in variant.Instruments)
            {
                Instrument(y, instrument);
            }
        }

        return y.ToString();
    }

    /// <summary>An empty scenario for a municipality with a comment that lists the instrument types, to start from.</summary>
    public static string Example(Scenario empty) =>
        Write(empty).Replace("    instrumenten: []",
            "    # type: " + string.Join(", ", ScenarioReader.InstrumentTypes) + "\n    instrumenten: []", StringComparison.Ordinal);

    private static void Instrument(StringBuilder y, Instrument instrument)
    {
        const string Indent = "        ";
        (string Type, IReadOnlyList<string>? Areas, (string Name, string Value)[] Fields) written = instrument switch
        {
            PassendToewijzen p => ("passend_toewijzen", null, [("minimum_aandeel", Number(p.MinimumShare)), ("inkomensmarge", Number(p.IncomeMargin))]),
            FreeRoom f => ("vrije_ruimte", null, [("aandeel", Number(f.Share))]),
            Lottery l => ("loting", null, [("aandeel", Number(l.Share))]),
            LocalBinding b => ("lokale_binding", null, [("aandeel", Number(b.Share))]),
            DirectPlacement d => ("directe_bemiddeling", null, [("max_aandeel_kwetsbaar", Number(d.MaxVulnerableShare))]),
            ComplexCap c => ("complexgrens", null, [("max_aandeel_kwetsbaar", Number(c.MaxVulnerableShare))]),
            Rotterdamwet r => ("rotterdamwet", r.Areas, [("artikel_8", r.Article8 ? "true" : "false")]),
            DemolishRebuild d => ("sloop_nieuwbouw", d.Areas, [("sloop_aandeel", Number(d.DemolishShare)), ("mix", string.Empty),
                ("  koop", Number(d.Mix.Owner)), ("  middenhuur", Number(d.Mix.MidRent)), ("  sociale_huur", Number(d.Mix.SocialRent))]),
            NewBuild { Social: false } n => ("middenhuur_bijbouwen", n.Areas, [("woningen", Number(n.Dwellings))]),
            _ => throw new ArgumentException($"The form does not build {instrument.GetType().Name}.", nameof(instrument)),
        };
        y.Append("      - type: ").AppendLine(written.Type);
        if (written.Areas is { } areas)
        {
            y.Append(Indent).Append("gebieden: [").AppendJoin(", ", areas.Select(Quote)).AppendLine("]");
        }

        foreach (var (name, value) in written.Fields)
        {
            // A field without a value opens a block (the mix); its fields are indented under it.
            y.Append(Indent).Append(name).Append(':').AppendLine(value.Length == 0 ? string.Empty : " " + value);
        }
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A double-quoted scalar (a JSON string is one), so nothing typed in the form can change the file's structure.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
