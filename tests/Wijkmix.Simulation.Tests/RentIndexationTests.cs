using Wijkmix.Simulation.Engine;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// Rents are indexed with the limits (DOMAIN A11), so passend toewijzen keeps binding over 15 years
/// under unchanged rules; without indexing it fades as incomes and limits rise.
/// </summary>
[Collection(nameof(RealCities))]
public sealed class RentIndexationTests(RealCities cities, ITestOutputHelper output)
{
    private const int Years = 15;
    private const int Seeds = 3;

    /// <summary>Per year, the share of social lettings whose rent lies above the aftoppingsgrens for the household's size (passend toewijzen restricts who may take them).</summary>
    private double[] BoundShare(bool indexRents)
    {
        var scenario = new Scenario("huren", cities.Amsterdam.Code, 2025, Years, 5, 0.1, new MarketParameters { IndexRents = indexRents }, new ScenarioVariant("Basis", []), []);
        var plan = StartingPlan.Fit(cities.Amsterdam, 0.1);
        var bound = new double[Years];
        var all = new double[Years];
        var gate = new object();
        Parallel.For(0, Seeds, r => Simulator.RunOne(scenario, plan, scenario.Baseline, r, engine => engine.LetObserver = (h, d, t) =>
        {
            var w = engine.World;
            var above = w.DRent[d] > Replicate.Aftopping(engine.Rules.Law, w.HSize[h]);
            lock (gate)
            {
                all[t / 12]++;
                bound[t / 12] += above ? 1 : 0;
            }
        }));
        return bound.Zip(all, (b, a) => b / a).ToArray();
    }

    [Fact]
    public void Run_FifteenYears_PassendToewijzenBindsAsInYearOne_OnlyWhenRentsAreIndexed()
    {
        var indexed = BoundShare(indexRents: true);
        var frozen = BoundShare(indexRents: false);
        output.WriteLine("jaar  geïndexeerd  bevroren");
        for (var y = 0; y < Years; y++)
        {
            output.WriteLine($"{2025 + y}  {indexed[y]:P1}  {frozen[y]:P1}");
        }

        // Year 1 is 2025; the first indexation is on 1 January 2026.
        Assert.True(indexed[^1] > 0.1, $"share bound by passend toewijzen in year 15: {indexed[^1]:P1}");
        Assert.True(Math.Abs(indexed[^1] - indexed[0]) < 0.25 * indexed[0], $"year 1 {indexed[0]:P1}, year 15 {indexed[^1]:P1} with indexed rents");
        Assert.True(frozen[^1] < 0.25 * frozen[0], $"year 1 {frozen[0]:P1}, year 15 {frozen[^1]:P1} with frozen rents");
    }
}
