using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Tests;

/// <summary>Runs a baseline and a variant with the same seeds (paired replicates) for the scenario tests.</summary>
internal sealed class ScenarioRuns
{
    public ScenarioRuns(MunicipalityFigures figures, int years, int replicates, double scale, IReadOnlyList<Instrument> variant, MarketParameters? market = null, IReadOnlyList<Instrument>? baseline = null)
    {
        Variant = new ScenarioVariant("Variant", variant);
        Scenario = new Scenario("test", figures.Code, 2025, years, 11, scale, market ?? new MarketParameters(), new ScenarioVariant("Basis", baseline ?? []), [Variant]);
        Plan = StartingPlan.Fit(figures, scale);
        var results = new ReplicateResult[2, replicates];
        Parallel.For(0, 2 * replicates, job =>
        {
            var v = job / replicates;
            results[v, job % replicates] = Simulator.RunOne(Scenario, Plan, v == 0 ? Scenario.Baseline : Variant, job % replicates).Result;
        });
        Baseline = Enumerable.Range(0, replicates).Select(r => results[0, r]).ToArray();
        Changed = Enumerable.Range(0, replicates).Select(r => results[1, r]).ToArray();
    }

    public Scenario Scenario { get; }

    public ScenarioVariant Variant { get; }

    public StartingPlan Plan { get; }

    public ReplicateResult[] Baseline { get; }

    public ReplicateResult[] Changed { get; }

    /// <summary>Median over replicate pairs of variant − baseline.</summary>
    public double MedianDifference(Func<ReplicateResult, double> measure) =>
        Band.Of(Changed.Zip(Baseline, (a, b) => measure(a) - measure(b)).ToArray()).Median;

    public int[] UnitsWhere(Func<UnitFigures, bool> predicate) =>
        Plan.Figures.Units.Select((u, i) => (u, i)).Where(p => predicate(p.u)).Select(p => p.i).ToArray();
}
