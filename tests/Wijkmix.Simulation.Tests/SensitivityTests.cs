using Wijkmix.Simulation.Analysis;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// Morris screening: the design (one factor per step, ±Δ, on the grid), the effects of a function whose effects are known
/// exactly, and the simulator's screening on Den Haag's real buurten.
/// </summary>
[Collection(nameof(RealCities))]
public sealed class SensitivityTests(RealCities cities)
{
    [Fact]
    public void Trajectories_MoveEveryFactorOnceByDelta_OnTheGrid_SameSeedSamePlan()
    {
        var plan = MorrisScreening.Trajectories(factors: 5, trajectories: 20, levels: 4, seed: 7);
        var delta = MorrisScreening.Delta(4);

        Assert.Equal(2.0 / 3, delta, 12);
        Assert.All(plan, path =>
        {
            Assert.Equal(6, path.Length);
            var moved = new List<int>();
            for (var s = 1; s < path.Length; s++)
            {
                var changed = Enumerable.Range(0, 5).Where(f => path[s][f] != path[s - 1][f]).ToList();
                var factor = Assert.Single(changed);
                Assert.Equal(delta, Math.Abs(path[s][factor] - path[s - 1][factor]), 12);
                moved.Add(factor);
            }

            Assert.Equal([0, 1, 2, 3, 4], moved.Order());
            Assert.All(path.SelectMany(p => p), v => Assert.Contains(Math.Round(v * 3, 9), new[] { 0.0, 1, 2, 3 }));
        });
        Assert.Equal(plan.SelectMany(p => p).SelectMany(p => p), MorrisScreening.Trajectories(5, 20, 4, 7).SelectMany(p => p).SelectMany(p => p));
    }

    [Fact]
    public void Run_KnownFunction_LinearEffectExact_NullFactorZero_CurvedFactorVaries()
    {
        // f = 3·x0 + 0·x1 + x2²: every effect of x0 is 3; x1 has none; x2's effects are 2x ± Δ, 2/3 or 4/3 on this grid.
        var effects = MorrisScreening.Run(x => [3 * x[0] + (x[2] * x[2])], factors: 3, trajectories: 30, levels: 4, seed: 3);

        Assert.Equal((3.0, 0.0, 30), (Math.Round(effects[0, 0].MeanAbsolute, 12), Math.Round(effects[0, 0].StandardDeviation, 12), effects[0, 0].Count));
        Assert.Equal(0, effects[1, 0].MeanAbsolute);
        Assert.InRange(effects[2, 0].MeanAbsolute, 2.0 / 3, 4.0 / 3);
        Assert.True(effects[2, 0].StandardDeviation > 0.1, $"σ of the curved factor {effects[2, 0].StandardDeviation}");
    }

    [Fact]
    public void Simulator_DenHaag_EveryAssumptionScreened_ReactionRateMovesTheWait()
    {
        // Den Haag (KWB 2019 per buurt) has no calibration, so the ranges lie around the documented defaults.
        var denHaag = Monitor.SimulationInput.SimulationFigures.Read(cities.Store, Core.Areas.AreaCode.Parse("GM0518"))!;
        var scenario = new Scenario("gevoeligheid", denHaag.Code, 2025, 3, 5, 0.1, new MarketParameters(), new ScenarioVariant("Basis", []),
            [new ScenarioVariant("Streng", [new PassendToewijzen([], null, null, 1, 0)])]);

        var result = Sensitivity.Run(scenario, denHaag, trajectories: 2);

        Assert.Equal(2 * (result.Factors.Count + 1), result.Runs);
        Assert.Equal([Sensitivity.DLowIncome, Sensitivity.RegistrationYears, Sensitivity.SuccessRate, Sensitivity.EffectPrefix + "Streng"], result.Outputs);
        Assert.Equal(result.Factors.Count * result.Outputs.Count, result.Rows.Count);
        Assert.All(result.Factors, f => Assert.True(f.Low < f.High, f.Id));
        var reaction = result.Rows.Single(r => r.Factor.Id == "reactiekans" && r.Output == Sensitivity.RegistrationYears);
        Assert.True(reaction.Effects.MeanAbsolute > 0.1, $"μ* of the reaction rate on registration years: {reaction.Effects.MeanAbsolute}");
        // Doorstroom feeds the queue with sitting tenants who have waited long: far above chance on the registration years.
        var chance = result.Rows.Single(r => r.Factor.Id == Sensitivity.Chance && r.Output == Sensitivity.RegistrationYears);
        var doorstroom = result.Rows.Single(r => r.Factor.Id == "doorstroom_aandeel" && r.Output == Sensitivity.RegistrationYears);
        Assert.True(doorstroom.Effects.MeanAbsolute > 3 * chance.Effects.MeanAbsolute, $"doorstroom μ* {doorstroom.Effects.MeanAbsolute}, chance μ* {chance.Effects.MeanAbsolute}");
    }
}
