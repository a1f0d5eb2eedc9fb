using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Monitor.SimulationInput.Internal;

/// <summary>The units and year the simulator's figures are read for.</summary>
/// <param name="WithoutHousing">True when the year was chosen without housing figures for half the buurten (no year had them).</param>
/// <param name="WithoutIncome">True when the year was chosen without income figures for half the buurten (no candidate year had them).</param>
internal sealed record SimulationChoice(
    AreaLevel Level, int Year, IReadOnlyList<Area> Units, bool WithoutHousing = false, bool WithoutIncome = false)
{
    public const string Buurt = "buurt";
    public const string Wijk = "wijk";

    public string LevelName => Level == AreaLevel.Neighbourhood ? Buurt : Wijk;
}

/// <summary>Chooses the level and year (see <see cref="SimulationFigures.Read"/>).</summary>
internal static class SimulationYear
{
    public static SimulationChoice? Choose(ObservationTable table, IReadOnlyList<Area> buurten, IReadOnlyList<Area> wijken, int? year)
    {
        var buurtYears = YearsWithHouseholds(table, buurten);
        var wijkYears = YearsWithHouseholds(table, wijken);
        if (year is { } given)
        {
            return buurtYears.Contains(given) ? new(AreaLevel.Neighbourhood, given, In(buurten, given))
                : wijkYears.Contains(given) ? new(AreaLevel.District, given, In(wijken, given))
                : null;
        }

        var housed = buurtYears.Where(y => Covers(table, In(buurten, y), y, HasHousing)).ToList();
        // Buurten without housing figures in any year (the bundled nationwide KWB 2024 buurt table has
        // population and households only) would have the gemeente's housing mix copied into every buurt;
        // the wijken are used then, as before that table was bundled, unless there are none.
        if (buurtYears.Count > 0 && (housed.Count > 0 || wijkYears.Count == 0))
        {
            // The default buurt year, in two steps:
            // 1. candidates: the years in which most buurten have households and at least half have housing
            //    figures (dwellings and an owner-occupied or corporation share); when no year has them, every
            //    year with buurt households;
            // 2. the latest candidate in which at least half the buurten also have an income share; when no
            //    candidate has one, the latest candidate.
            var candidates = housed.Count > 0 ? housed : buurtYears;
            var rich = candidates.Where(y => Covers(table, In(buurten, y), y, HasIncome)).ToList();
            var chosen = rich.Count > 0 ? rich.Max() : candidates.Max();
            return new(AreaLevel.Neighbourhood, chosen, In(buurten, chosen), WithoutHousing: housed.Count == 0, WithoutIncome: rich.Count == 0);
        }

        return wijkYears.Count > 0 ? new(AreaLevel.District, wijkYears.Max(), In(wijken, wijkYears.Max())) : null;
    }

    /// <summary>Most units have households and at least half satisfy <paramref name="has"/>.</summary>
    private static bool Covers(ObservationTable table, List<Area> units, int year, Func<ObservationTable, AreaCode, int, bool> has)
    {
        var households = units.Count(u => table.Get(u.Code, year, SimulationFields.Households).HasValue);
        var covered = units.Count(u => has(table, u.Code, year));
        return households * 2 > units.Count && covered * 2 >= units.Count;
    }

    private static bool HasHousing(ObservationTable table, AreaCode unit, int year) =>
        table.Get(unit, year, SimulationFields.Dwellings).HasValue && Any(table, unit, year, SimulationFields.TenureVariables);

    private static bool HasIncome(ObservationTable table, AreaCode unit, int year) => Any(table, unit, year, SimulationFields.IncomeVariables);

    private static bool Any(ObservationTable table, AreaCode unit, int year, string[] variables) =>
        variables.Any(v => table.Get(unit, year, v).HasValue);

    private static List<int> YearsWithHouseholds(ObservationTable table, IReadOnlyList<Area> areas) =>
        areas.SelectMany(a => a.Years.Where(y => table.Get(a.Code, y, SimulationFields.Households).HasValue)).Distinct().ToList();

    private static List<Area> In(IReadOnlyList<Area> areas, int year) => areas.Where(a => a.Years.Contains(year)).ToList();
}
