using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wijkmix.Simulation.Rules;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>
/// The simulation form: the run's settings and one variant built from instruments with their main
/// parameter. <see cref="ToYaml"/> writes it as a scenario file, so the form and a pasted scenario are
/// read and checked by the same reader, with the same messages. Percentages are entered as
/// percentages (a comma or a point both work) and written as fractions; a value that is not a number
/// is written as text, so the reader names it.
/// </summary>
public sealed class SimulationForm
{
    /// <summary>The last start year the scenario reader accepts.</summary>
    public const int LastStartYear = 2035;

    /// <summary>The file name problems in a scenario written by the form refer to.</summary>
    public const string FileName = "formulier.yaml";

    public string? Gemeente { get; set; }

    public int Startjaar { get; set; } = RuleBook.LastKnownYear;

    public int Jaren { get; set; } = 5;

    public int Herhalingen { get; set; } = 5;

    /// <summary>Percentage of the households simulated: 10, 25 or 100.</summary>
    public int Schaal { get; set; } = 10;

    public string? Naam { get; set; } = "Variant";

    public bool Passend { get; set; }

    public string? PassendMinimum { get; set; } = "97";

    public string? PassendMarge { get; set; } = "0";

    public bool VrijeRuimte { get; set; }

    public string? VrijeRuimteAandeel { get; set; } = "10";

    public bool Loting { get; set; }

    public string? LotingAandeel { get; set; } = "25";

    public bool LokaleBinding { get; set; }

    public string? LokaleBindingAandeel { get; set; } = "25";

    public bool Bemiddeling { get; set; }

    public string? BemiddelingMax { get; set; } = "40";

    public bool Complexgrens { get; set; }

    public string? ComplexgrensMax { get; set; } = "30";

    public bool Rotterdamwet { get; set; }

    public IList<string> RotterdamwetGebieden { get; init; } = [];

    public bool Sloop { get; set; }

    public string? SloopAandeel { get; set; } = "50";

    public string? SloopKoop { get; set; } = "40";

    public string? SloopMidden { get; set; } = "30";

    public string? SloopSociaal { get; set; } = "30";

    public IList<string> SloopGebieden { get; init; } = [];

    public bool Middenhuur { get; set; }

    public string? MiddenhuurWoningen { get; set; } = "500";

    public IList<string> MiddenhuurGebieden { get; init; } = [];

    public bool HasInstrument => Passend || VrijeRuimte || Loting || LokaleBinding || Bemiddeling || Complexgrens || Rotterdamwet || Sloop || Middenhuur;

    /// <summary>The scenario this form describes, in the reader's format (docs/simulatie.md).</summary>
    public string ToYaml(string municipalityName)
    {
        var y = new StringBuilder();
        y.Append("naam: ").AppendLine(Quote("Simulatie " + municipalityName));
        y.Append("gemeente: ").AppendLine(Quote(Gemeente ?? string.Empty));
        y.Append("startjaar: ").AppendLine(Invariant(Startjaar));
        y.Append("jaren: ").AppendLine(Invariant(Jaren));
        y.Append("schaal: ").AppendLine(Fraction(Invariant(Schaal)));
        y.AppendLine("varianten:");
        y.Append("  - naam: ").AppendLine(Quote(string.IsNullOrWhiteSpace(Naam) ? "Variant" : Naam.Trim()));
        if (!HasInstrument)
        {
            y.AppendLine("    instrumenten: []");
            return y.ToString();
        }

        y.AppendLine("    instrumenten:");
        var i = new InstrumentWriter(y);
        i.Add(Passend, "passend_toewijzen", null, ("minimum_aandeel", Fraction(PassendMinimum)), ("inkomensmarge", Fraction(PassendMarge)));
        i.Add(VrijeRuimte, "vrije_ruimte", null, ("aandeel", Fraction(VrijeRuimteAandeel)));
        i.Add(Loting, "loting", null, ("aandeel", Fraction(LotingAandeel)));
        i.Add(LokaleBinding, "lokale_binding", null, ("aandeel", Fraction(LokaleBindingAandeel)));
        i.Add(Bemiddeling, "directe_bemiddeling", null, ("max_aandeel_kwetsbaar", Fraction(BemiddelingMax)));
        i.Add(Complexgrens, "complexgrens", null, ("max_aandeel_kwetsbaar", Fraction(ComplexgrensMax)));
        i.Add(Rotterdamwet, "rotterdamwet", RotterdamwetGebieden, ("artikel_8", "true"));
        i.Add(Sloop, "sloop_nieuwbouw", SloopGebieden, ("sloop_aandeel", Fraction(SloopAandeel)));
        if (Sloop)
        {
            y.AppendLine("        mix:");
            Field(y, "          ", "koop", Fraction(SloopKoop));
            Field(y, "          ", "middenhuur", Fraction(SloopMidden));
            Field(y, "          ", "sociale_huur", Fraction(SloopSociaal));
        }

        i.Add(Middenhuur, "middenhuur_bijbouwen", MiddenhuurGebieden, ("woningen", Count(MiddenhuurWoningen)));
        return y.ToString();
    }

    /// <summary>An empty scenario for <paramref name="municipality"/> with a comment that lists the instrument types, to start from.</summary>
    public static string Example(string municipality, string municipalityName)
    {
        var form = new SimulationForm { Gemeente = municipality };
        return form.ToYaml(municipalityName).Replace("    instrumenten: []",
            "    # type: " + string.Join(", ", ScenarioReader.InstrumentTypes) + "\n    instrumenten: []", StringComparison.Ordinal);
    }

    private sealed class InstrumentWriter(StringBuilder y)
    {
        public void Add(bool chosen, string type, IList<string>? areas, params (string Name, string? Value)[] fields)
        {
            if (!chosen)
            {
                return;
            }

            y.Append("      - type: ").AppendLine(type);
            if (areas is not null)
            {
                y.Append("        gebieden: [").AppendJoin(", ", areas.Where(a => !string.IsNullOrWhiteSpace(a)).Select(Quote)).AppendLine("]");
            }

            foreach (var (name, value) in fields)
            {
                Field(y, "        ", name, value);
            }
        }
    }

    private static void Field(StringBuilder y, string indent, string name, string? value)
    {
        if (value is not null)
        {
            y.Append(indent).Append(name).Append(": ").AppendLine(value);
        }
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A double-quoted scalar (a JSON string is one), so nothing typed in the form can change the file's structure.</summary>
    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage as a fraction; empty leaves the reader's default; anything else is passed on as text for the reader to name.</summary>
    private static string? Fraction(string? percent) =>
        string.IsNullOrWhiteSpace(percent) ? null
        : double.TryParse(percent.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? Math.Round(v / 100, 6).ToString("R", CultureInfo.InvariantCulture)
            : Quote(percent.Trim());

    private static string? Count(string? number) =>
        string.IsNullOrWhiteSpace(number) ? null
        : int.TryParse(number.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Invariant(n) : Quote(number.Trim());
}

/// <summary>A number field of an instrument, in percent unless its label says otherwise.</summary>
public sealed record ParameterField(string Id, string Label, string? Value, double Min, double Max, double Step);

/// <summary>An instrument as the form shows it: a fieldset with a checkbox to use it, its parameters and, where it acts in chosen areas, the areas.</summary>
public sealed record InstrumentFields(string Id, string Name, string Hint, bool Chosen, IReadOnlyList<ParameterField> Parameters, IList<string>? Areas);
