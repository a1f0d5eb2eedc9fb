using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Resources;
using Wijkmix.Simulation.Input;

namespace Wijkmix.Monitor.SimulationInput.Internal;

/// <summary>
/// One figure of <see cref="UnitFigures"/> after the household count, read through an indicator so a
/// share is computed from counts where CBS published counts. <paramref name="Fillable"/>: a suppressed
/// or missing value may be taken from a parent (shares and averages; never counts).
/// </summary>
internal sealed record SimulationField(Indicator Indicator, Func<string> Phrase, bool Fillable = true);

/// <summary>The fields in the order of <see cref="UnitFigures"/>, per origin classification.</summary>
internal static class SimulationFields
{
    public const string Households = "households";

    public const string Dwellings = "dwellings";

    /// <summary>KWB publishes the country-of-origin classification from this year on.</summary>
    public const int FirstCountryOfOriginYear = 2023;

    public static string[] IncomeVariables { get; } = ["households_low40_income_pct", "households_low_income_pct"];

    /// <summary>Shares by owner; with <see cref="Dwellings"/> they make a year's housing figures.</summary>
    public static string[] TenureVariables { get; } = ["dwellings_owner_occupied_pct", "dwellings_corporation_pct"];

    public static string[] CountryOfOriginVariables { get; } =
        ["origin_europe", "origin_outside_europe", "origin_europe_pct", "origin_outside_europe_pct"];

    public static string[] MigrationVariables { get; } = ["migration_western", "migration_non_western"];

    /// <summary>
    /// The housing figures the units lack at their own level, as phrases: the owner-occupied and corporation shares.
    /// A figure counts as the units' own when at least half of them have it themselves or from their wijk; taken from
    /// the gemeente it would be the same in every unit, every unit would get the same stock, and the simulation would
    /// measure chance. Empty when the figures can be simulated.
    /// </summary>
    /// <param name="own">Per field, the units with a value of their own or their wijk's.</param>
    public static IReadOnlyList<string> MissingHousing(IReadOnlyList<SimulationField> fields, int[] own, int units) =>
        ((string[])["dwellings_owner_occupied_pct", "dwellings_corporation_pct"]).Where(id => !Own(fields, own, units, id))
            .Select(id => fields.First(f => f.Indicator.Id == id).Phrase()).ToList();

    /// <summary>True when at least half the units have an income share (lowest 40 % or low income) of their own or their wijk's.</summary>
    public static bool HasOwnIncome(IReadOnlyList<SimulationField> fields, int[] own, int units) =>
        Own(fields, own, units, "households_low40_income_pct") || Own(fields, own, units, "households_low_income_pct");

    private static bool Own(IReadOnlyList<SimulationField> fields, int[] own, int units, string id) =>
        fields.Select((f, i) => (f, i)).Any(p => p.f.Indicator.Id == id && own[p.i] * 2 >= units);

    public static IReadOnlyList<SimulationField> For(OriginClassification origin) =>
        origin == OriginClassification.CountryOfOrigin ? CountryOfOrigin : MigrationBackground;

    private static IReadOnlyList<SimulationField> CountryOfOrigin { get; } = Build(
        Known("origin_europe_share", () => MonitorText.SimFieldEuropean),
        Known("origin_outside_europe_share", () => MonitorText.SimFieldOutsideEurope));

    private static IReadOnlyList<SimulationField> MigrationBackground { get; } = Build(
        Known("migration_western_share", () => MonitorText.SimFieldWestern),
        Known("migration_non_western_share", () => MonitorText.SimFieldNonWestern));

    // Declared after the field lists: static initializers run in textual order.
    /// <summary>Every variable any field reads, with the household count and the variables the year and origin are chosen by.</summary>
    public static string[] Variables { get; } =
        [.. CountryOfOrigin.Concat(MigrationBackground).SelectMany(f => f.Indicator.Variables)
            .Concat([Households, Dwellings, .. TenureVariables, .. IncomeVariables, .. CountryOfOriginVariables, .. MigrationVariables])
            .Distinct(StringComparer.Ordinal)];

    private static SimulationField[] Build(SimulationField european, SimulationField outsideEurope) =>
    [
        new(IndicatorSet.All.Single(i => i.Id == Dwellings), () => MonitorText.SimFieldDwellings, Fillable: false),
        Known("dwellings_owner_occupied_pct", () => MonitorText.SimFieldOwnerOccupied),
        Known("dwellings_corporation_pct", () => MonitorText.SimFieldCorporation),
        Direct("dwellings_other_landlord_pct", () => MonitorText.SimFieldOtherRent),
        Known("woz_value_avg", () => MonitorText.SimFieldWoz),
        Direct("households_low40_income_pct", () => MonitorText.SimFieldLowest40),
        Direct("households_high20_income_pct", () => MonitorText.SimFieldHighest20),
        Known("households_low_income_pct", () => MonitorText.SimFieldLowIncome),
        Known("households_one_person_share", () => MonitorText.SimFieldOnePerson),
        Known("households_with_children_share", () => MonitorText.SimFieldWithChildren),
        european,
        outsideEurope,
        Known("age_65_plus_share", () => MonitorText.SimFieldAged65),
        Known("labour_participation_pct", () => MonitorText.SimFieldLabour),
    ];

    private static SimulationField Known(string indicator, Func<string> phrase) =>
        new(IndicatorSet.All.Single(i => i.Id == indicator), phrase);

    /// <summary>A published percentage that the factsheet does not show, so has no indicator of its own.</summary>
    private static SimulationField Direct(string variable, Func<string> phrase) =>
        new(new Indicator(variable, "simulation", MeasureUnit.Percent, Direction.Neutral, variable, null, [], 1, variable, variable), phrase);
}
