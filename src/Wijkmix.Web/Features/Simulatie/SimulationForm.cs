using System.Text.Json.Serialization;
using Wijkmix.Simulation.Rules;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>
/// The simulation form: the run's settings and one variant built from instruments with their main
/// parameter, as posted. <see cref="FormScenario"/> builds the scenario from it and names the field of
/// every value that cannot be simulated. Percentages are entered as percentages (a comma or a point
/// both work).
/// </summary>
public sealed class SimulationForm
{
    /// <summary>The last start year the scenario reader accepts.</summary>
    public const int LastStartYear = 2035;

    /// <summary>The name of the scenario text written from the form (kept with its run).</summary>
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

    /// <summary>The instruments of the form, each with its main parameters (bounds as the scenario reader's, in percent).</summary>
    [JsonIgnore]
    public IReadOnlyList<InstrumentFields> Instruments =>
    [
        new("passend", Text.SimPassend, Text.SimPassendHint, Passend,
            [new("passendminimum", Text.SimPassendMinimum, PassendMinimum, 95, 100, 0.5, Text.SimLawPassend), new("passendmarge", Text.SimPassendMargin, PassendMarge, 0, 50, 1)], null),
        new("vrijeruimte", Text.SimFreeRoom, Text.SimFreeRoomHint, VrijeRuimte, [new("vrijeruimteaandeel", Text.SimFreeRoomShare, VrijeRuimteAandeel, 0, 15, 0.5, Text.SimLawFreeRoom)], null),
        new("loting", Text.SimLottery, Text.SimLotteryHint, Loting, [new("lotingaandeel", Text.SimLotteryShare, LotingAandeel, 0, 100, 1)], null),
        new("lokalebinding", Text.SimLocalBinding, Text.SimLocalBindingHint, LokaleBinding, [new("lokalebindingaandeel", Text.SimLocalBindingShare, LokaleBindingAandeel, 0, 50, 1, Text.SimLawLocalBinding)], null),
        new("bemiddeling", Text.SimDirect, Text.SimDirectHint, Bemiddeling, [new("bemiddelingmax", Text.SimDirectMax, BemiddelingMax, 0, 100, 1)], null),
        new("complexgrens", Text.SimComplexCap, Text.SimComplexCapHint, Complexgrens, [new("complexgrensmax", Text.SimComplexCapMax, ComplexgrensMax, 0, 100, 1)], null),
        new("rotterdamwet", Text.SimRotterdamwet, Text.SimRotterdamwetHint, Rotterdamwet, [], RotterdamwetGebieden),
        new("sloop", Text.SimDemolish, Text.SimDemolishHint, Sloop,
            [new("sloopaandeel", Text.SimDemolishShare, SloopAandeel, 0, 100, 1), new("sloopkoop", Text.SimRebuildOwner, SloopKoop, 0, 100, 1),
             new("sloopmidden", Text.SimRebuildMid, SloopMidden, 0, 100, 1), new("sloopsociaal", Text.SimRebuildSocial, SloopSociaal, 0, 100, 1)], SloopGebieden),
        new("middenhuur", Text.SimMidRent, Text.SimMidRentHint, Middenhuur, [new("middenhuurwoningen", Text.SimMidRentDwellings, MiddenhuurWoningen, 0, 1_000_000, 1)], MiddenhuurGebieden),
    ];
}

/// <summary>A number field of an instrument, in percent unless its label says otherwise; <paramref name="Law"/> names the rule its bounds come from.</summary>
public sealed record ParameterField(string Id, string Label, string? Value, double Min, double Max, double Step, string? Law = null);

/// <summary>An instrument as the form shows it: a fieldset with a checkbox to use it, its parameters and, where it acts in chosen areas, the areas.</summary>
public sealed record InstrumentFields(string Id, string Name, string Hint, bool Chosen, IReadOnlyList<ParameterField> Parameters, IList<string>? Areas);
