using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Tests.StylisedFacts;
using Xunit.Abstractions;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// The sources' stylised facts on Amsterdam's real KWB 2019 buurten (10 % of the households),
/// each as an experiment with three arms over the same seeds (common random numbers): the null
/// (no instrument), the instrument, and a placebo (the same instrument on a random or irrelevant
/// area, or a setting that should do nothing). Each test checks the sign of the paired effect in
/// every seed and a margin against the placebo, and was seen to fail with its mechanism switched
/// off in the engine (how is written at each test). The facts themselves are in StylisedFacts/.
/// </summary>
[Collection(nameof(RealCities))]
public sealed partial class StylisedFactTests(RealCities cities, ITestOutputHelper output)
{
    private const double Scale = 0.1;
    private const int Seeds = 8;
    private const int Years = 10;

    private StartingPlan Amsterdam() => StartingPlan.Fit(cities.Amsterdam, Scale);

    private string[] Codes(IEnumerable<int> units) => units.Select(u => cities.Amsterdam.Units[u].Code).ToArray();

    /// <summary>Writes the figures to the test output (they are quoted in the tests' comments) and hands the effect back.</summary>
    private PairedEffect Measured(PairedEffect effect)
    {
        output.WriteLine(effect.ToString());
        return effect;
    }

    /// <summary>Units drawn at random (fixed seed) from <paramref name="candidates"/> until their social stock reaches <paramref name="stock"/>.</summary>
    private static HashSet<int> RandomUnitsWithStock(StartingPlan plan, IEnumerable<int> candidates, int stock)
    {
        var random = new Random(7);
        var picked = new HashSet<int>();
        foreach (var u in candidates.OrderBy(_ => random.Next()).ToArray())
        {
            if (picked.Sum(p => plan.Dwellings[p][0]) >= stock)
            {
                break;
            }

            picked.Add(u);
        }

        return picked;
    }

    private static double Share(double[] numerator, double[] denominator, IReadOnlyCollection<int> units) =>
        LettingLog.Sum(numerator, units) / LettingLog.Sum(denominator, units);
}
