using Wijkmix.Core.Areas;
using Wijkmix.Core.Monitor;

namespace Wijkmix.Data.Analysis;

/// <summary>The units and year the simulator's figures are read for.</summary>
/// <param name="WithoutIncome">True when the year was chosen without income figures for most buurten (none had them).</param>
internal sealed record SimulationChoice(AreaLevel Level, int Year, IReadOnlyList<Area> Units, bool WithoutIncome = false)
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

        if (buurtYears.Count > 0)
        {
            var rich = buurtYears.Where(y => HasIncome(table, In(buurten, y), y)).ToList();
            return rich.Count > 0
                ? new(AreaLevel.Neighbourhood, rich.Max(), In(buurten, rich.Max()))
                : new(AreaLevel.Neighbourhood, buurtYears.Max(), In(buurten, buurtYears.Max()), WithoutIncome: true);
        }

        return wijkYears.Count > 0 ? new(AreaLevel.District, wijkYears.Max(), In(wijken, wijkYears.Max())) : null;
    }

    /// <summary>Most units have households and at least half have a low-income share.</summary>
    private static bool HasIncome(ObservationTable table, List<Area> units, int year)
    {
        var households = units.Count(u => table.Get(u.Code, year, SimulationFields.Households).HasValue);
        var income = units.Count(u => SimulationFields.IncomeVariables.Any(v => table.Get(u.Code, year, v).HasValue));
        return households * 2 > units.Count && income * 2 >= units.Count;
    }

    private static List<int> YearsWithHouseholds(ObservationTable table, IReadOnlyList<Area> areas) =>
        areas.SelectMany(a => a.Years.Where(y => table.Get(a.Code, y, SimulationFields.Households).HasValue)).Distinct().ToList();

    private static List<Area> In(IReadOnlyList<Area> areas, int year) => areas.Where(a => a.Years.Contains(year)).ToList();
}
