using System.Globalization;
using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Input;

/// <summary>
/// A partner's housing complex inside a buurt: its dwellings by segment and, where the partner knows
/// them, its households by income class. The starting state places its dwellings as dwellings of
/// that complex and, when all three income counts are given, houses exactly that many households of
/// each class in them (docs/simulatie.md, "Starten vanuit complexen van partners").
/// </summary>
/// <param name="Code">Unique code, e.g. <c>BU03440301:complex-12</c>.</param>
/// <param name="Name">The partner's name of the complex.</param>
/// <param name="BuurtCode">The CBS buurt it lies in, one of <see cref="MunicipalityFigures.Units"/>' codes.</param>
/// <param name="SocialRent">Corporation social rent dwellings.</param>
/// <param name="MidRent">Middenhuur dwellings.</param>
/// <param name="FreeRent">Vrije sector huur dwellings.</param>
/// <param name="OwnerOccupied">Koop dwellings.</param>
/// <param name="LowIncome">Households below the DAEB/low income limit (the model's two lowest income classes, lowest 40 %); null when unknown.</param>
/// <param name="MiddleIncome">Households with a middle income (the model's middle class); null when unknown.</param>
/// <param name="HighIncome">Households in the highest 20 % of incomes; null when unknown.</param>
/// <param name="Organisation">Whose figures these are.</param>
public sealed record ComplexFigures(
    string Code,
    string Name,
    string BuurtCode,
    int SocialRent,
    int MidRent,
    int FreeRent,
    int OwnerOccupied,
    int? LowIncome,
    int? MiddleIncome,
    int? HighIncome,
    string Organisation)
{
    /// <summary>All dwellings of the complex.</summary>
    public int Dwellings => SocialRent + MidRent + FreeRent + OwnerOccupied;

    /// <summary>True when all three income counts are given; otherwise the occupants are drawn like the buurt's.</summary>
    public bool IncomeKnown => LowIncome.HasValue && MiddleIncome.HasValue && HighIncome.HasValue;

    /// <summary>The dwellings by segment, in the model's segment order (social, mid, free rent, owner).</summary>
    internal int[] BySegment() => [SocialRent, MidRent, FreeRent, OwnerOccupied];

    /// <summary>
    /// What stops <paramref name="complexes"/> from being a starting state on <paramref name="figures"/>:
    /// a buurt code that is not one of its units, a repeated code, a negative count, more households
    /// by income than dwellings, or only some of the three income counts. Empty when they can be used.
    /// </summary>
    public static IReadOnlyList<ScenarioProblem> Check(IReadOnlyList<ComplexFigures> complexes, MunicipalityFigures figures, string file)
    {
        ArgumentNullException.ThrowIfNull(complexes);
        ArgumentNullException.ThrowIfNull(figures);
        var units = figures.Units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<ScenarioProblem>();
        for (var i = 0; i < complexes.Count; i++)
        {
            var c = complexes[i];
            void Add(string field, string template, params object[] args) =>
                problems.Add(new ScenarioProblem(file, null, $"complexen[{i}].{field}", string.Format(CultureInfo.CurrentCulture, template, args)));

            if (!units.Contains(c.BuurtCode))
            {
                var example = string.Join(", ", figures.Units.Take(2).Select(u => u.Code));
                Add("buurt", SimulationText.ComplexUnknownBuurt, c.Code, c.BuurtCode, figures.Name, figures.UnitLevel, example);
            }

            if (!seen.Add(c.Code))
            {
                Add("code", SimulationText.ComplexRepeated, c.Code);
            }

            if (c.BySegment().Any(n => n < 0) || new[] { c.LowIncome, c.MiddleIncome, c.HighIncome }.Any(n => n < 0))
            {
                Add("woningen", SimulationText.ComplexNegative, c.Code);
            }

            var incomes = new[] { c.LowIncome, c.MiddleIncome, c.HighIncome };
            if (incomes.Any(n => n.HasValue) && !c.IncomeKnown)
            {
                Add("inkomen", SimulationText.ComplexPartialIncome, c.Code);
            }
            else if (c.IncomeKnown && incomes.Sum() > c.Dwellings)
            {
                Add("inkomen", SimulationText.ComplexTooManyHouseholds, c.Code, incomes.Sum() ?? 0, c.Dwellings);
            }
        }

        return problems;
    }
}
