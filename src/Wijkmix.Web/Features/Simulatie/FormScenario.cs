using System.Globalization;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Rules;
using Wijkmix.Simulation.Scenarios;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>
/// A value of the form that cannot be simulated: the <c>name</c> of its input (the page shows the message
/// beside it), its label as the page shows it, and what is wrong.
/// </summary>
public sealed record FieldProblem(string Name, string Label, string Message)
{
    public override string ToString() => string.Format(CultureInfo.CurrentCulture, Text.SimFieldProblem, Label, Message);
}

/// <summary>
/// Builds the <see cref="Scenario"/> a <see cref="SimulationForm"/> describes: the object the scenario reader
/// makes of the equivalent file, with the same bounds and defaults (a field left empty takes the reader's
/// default). Each field is checked on its own; a problem names the field, never a line of a file.
/// </summary>
public sealed class FormScenario
{
    private readonly SimulationForm _form;
    private readonly string _municipalityName;
    private readonly AreaCatalogue _areas;
    private readonly List<FieldProblem> _problems = [];
    private readonly Dictionary<string, ParameterField> _fields;

    private FormScenario(SimulationForm form, string municipalityName, AreaCatalogue areas)
    {
        _form = form;
        _municipalityName = municipalityName;
        _areas = areas;
        _fields = form.Instruments.SelectMany(i => i.Parameters).ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    /// <summary>The scenario of <paramref name="form"/> for the municipality of <paramref name="areas"/>, or the problems of its fields.</summary>
    public static (Scenario? Scenario, IReadOnlyList<FieldProblem> Problems) Build(SimulationForm form, string municipalityName, AreaCatalogue areas)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(municipalityName);
        ArgumentNullException.ThrowIfNull(areas);
        var builder = new FormScenario(form, municipalityName, areas);
        var scenario = builder.Scenario();
        return builder._problems.Count == 0 ? (scenario, []) : (null, builder._problems);
    }

    private Scenario Scenario()
    {
        var f = _form;
        var start = Whole("startjaar", Text.SimStartYear, f.Startjaar, RuleBook.FirstYear, SimulationForm.LastStartYear, RuleBook.LastKnownYear);
        var years = Whole("jaren", string.Format(CultureInfo.CurrentCulture, Text.SimYears, ScenarioReader.MaxYears), f.Jaren, 1, ScenarioReader.MaxYears, 5);
        var scale = Math.Round(f.Schaal / 100.0, 6);
        if (scale is < 0.001 or > 1)
        {
            Add("schaal", Text.SimScale, OutOfRange(Show(f.Schaal), 0.1, 100, null));
        }

        var instruments = new List<Instrument>();
        void Use(bool chosen, Func<Instrument> instrument)
        {
            if (chosen)
            {
                instruments.Add(instrument());
            }
        }

        Use(f.Passend, () => new PassendToewijzen([], null, null, Share("passendminimum", RuleBook.PassendMinimumShare), Share("passendmarge", 0)));
        Use(f.VrijeRuimte, () => new FreeRoom([], null, null, Share("vrijeruimteaandeel", RuleBook.FreeRoomDefault)));
        Use(f.Loting, () => new Lottery([], null, null, Share("lotingaandeel", 0.1)));
        Use(f.LokaleBinding, () => new LocalBinding([], null, null, Share("lokalebindingaandeel", 0.25)));
        Use(f.Bemiddeling, () => new DirectPlacement([], null, null, Share("bemiddelingmax", 0.4), 6));
        Use(f.Complexgrens, () => new ComplexCap([], null, null, Share("complexgrensmax", 0.3)));
        Use(f.Rotterdamwet, () => new Rotterdamwet(Areas("rotterdamwet", required: true), null, null, true, 0, 0));
        Use(f.Sloop, () => new DemolishRebuild(Areas("sloop", required: true), start, null, Share("sloopaandeel", 0.5), 1, Mix(), 3, true));
        Use(f.Middenhuur, () => new NewBuild(Areas("middenhuur", required: false), start, null, Count("middenhuurwoningen"), Social: false));
        var name = string.IsNullOrWhiteSpace(f.Naam) ? "Variant" : f.Naam.Trim();
        return SimulationSetups.WithReaderDefaults(new Scenario(ScenarioName(_municipalityName), _areas.MunicipalityCode, start, years, 1, scale,
            new MarketParameters(), new ScenarioVariant("Basis", []), [new ScenarioVariant(name, instruments)]));
    }

    /// <summary>The name of the scenario the form builds for a municipality (the scenario's own, like a file's <c>naam</c>).</summary>
    public static string ScenarioName(string municipalityName) => "Simulatie " + municipalityName;

    /// <summary>A percentage as a fraction (rounded to six decimals, as a scenario file would hold it), within the field's bounds.</summary>
    private double Share(string id, double fallback)
    {
        var field = _fields[id];
        if (string.IsNullOrWhiteSpace(field.Value))
        {
            return fallback;
        }

        var text = field.Value.Trim();
        if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent))
        {
            Add(field, string.Format(CultureInfo.CurrentCulture, Text.SimFieldNotANumber, text));
            return fallback;
        }

        var share = Math.Round(percent / 100, 6);
        if (share < field.Min / 100 || share > field.Max / 100)
        {
            Add(field, OutOfRange(text, field.Min, field.Max, field.Law));
            return fallback;
        }

        return share;
    }

    private int Count(string id)
    {
        var field = _fields[id];
        if (string.IsNullOrWhiteSpace(field.Value))
        {
            return 0;
        }

        var text = field.Value.Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Add(field, string.Format(CultureInfo.CurrentCulture, Text.SimFieldNotANumber, text));
        }
        else if (value != Math.Floor(value))
        {
            Add(field, string.Format(CultureInfo.CurrentCulture, Text.SimFieldNotAWholeNumber, text));
        }
        else if (value < field.Min || value > field.Max)
        {
            Add(field, OutOfRange(text, field.Min, field.Max, field.Law));
        }
        else
        {
            return (int)value;
        }

        return 0;
    }

    private int Whole(string name, string label, int value, int min, int max, int fallback)
    {
        if (value >= min && value <= max)
        {
            return value;
        }

        Add(name, label, OutOfRange(Show(value), min, max, null));
        return fallback;
    }

    /// <summary>The new-build mix of demolition: koop, middenhuur and sociale huur adding up to 100 %.</summary>
    private SegmentMix Mix()
    {
        var before = _problems.Count;
        var mix = new SegmentMix(Share("sloopsociaal", 0), Share("sloopmidden", 0), 0, Share("sloopkoop", 0));
        var sum = mix.SocialRent + mix.MidRent + mix.PrivateRent + mix.Owner;
        if (_problems.Count == before && Math.Abs(sum - 1) > 0.001)
        {
            Add(_fields["sloopkoop"], string.Format(CultureInfo.CurrentCulture, Text.SimFieldMixSum, Show(Math.Round(sum * 100, 2))));
        }

        return mix;
    }

    /// <summary>The areas ticked for an instrument, each one of the municipality's.</summary>
    private List<string> Areas(string instrument, bool required)
    {
        var fields = _form.Instruments.Single(i => i.Id == instrument);
        var name = instrument + "gebieden";
        var label = string.Format(CultureInfo.CurrentCulture, Text.SimAreasFor, fields.Name);
        var chosen = fields.Areas!.Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        if (required && chosen.Count == 0)
        {
            Add(name, label, Text.SimFieldAreasRequired);
        }

        foreach (var code in chosen.Where(c => !_areas.Codes.Contains(c) && c != _areas.MunicipalityCode))
        {
            Add(name, label, string.Format(CultureInfo.CurrentCulture, Text.SimFieldUnknownArea, code, _areas.MunicipalityName));
        }

        return chosen;
    }

    private static string OutOfRange(string text, double min, double max, string? law) => law is null
        ? string.Format(CultureInfo.CurrentCulture, Text.SimFieldOutOfRange, text, Show(min), Show(max))
        : string.Format(CultureInfo.CurrentCulture, Text.SimFieldOutOfLegalRange, text, Show(min), Show(max), law);

    private void Add(ParameterField field, string message) => Add(field.Id, field.Label, message);

    private void Add(string name, string label, string message) => _problems.Add(new FieldProblem(name, label, message));

    private static string Show(double value) => value.ToString("0.######", CultureInfo.CurrentCulture);
}
