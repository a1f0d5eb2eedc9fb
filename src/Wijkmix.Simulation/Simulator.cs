using Wijkmix.Simulation.Calibration;
using Wijkmix.Simulation.Engine;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation;

/// <summary>Progress of a run: replicate-years done of the total.</summary>
public readonly record struct SimulationProgress(int Done, int Total);

/// <summary>
/// The front door: fits the starting state to the municipality's figures once, then runs every
/// variant's replicates in parallel. Replicate r of every variant uses the same seed (common random
/// numbers), so differences between variants are the policy's, not the dice's.
/// </summary>
public static class Simulator
{
    public static SimulationOutcome Run(Scenario scenario, MunicipalityFigures figures, int replicates, IProgress<SimulationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var original = scenario;
        (scenario, var fit) = CalibrationReports.Resolve(scenario, figures.Code);
        var plan = StartingPlan.Fit(figures, scenario.Scale);
        var variants = scenario.AllVariants.ToArray();
        var results = new ReplicateResult[variants.Length][];
        for (var v = 0; v < variants.Length; v++)
        {
            results[v] = new ReplicateResult[replicates];
        }

        // Burn-in years are simulated like recorded ones: they count as progress, and a cancellation stops them too.
        var total = variants.Length * replicates * (scenario.BurnInYears + scenario.Years);
        var done = 0;
        Parallel.For(0, variants.Length * replicates, new ParallelOptions { CancellationToken = cancellation }, job =>
        {
            var (v, r) = (job / replicates, job % replicates);
            var replicate = new Replicate(plan, scenario, scenario.InstrumentsOf(variants[v]), SeedOf(scenario.Seed, r));
            results[v][r] = replicate.Run(() =>
            {
                cancellation.ThrowIfCancellationRequested();
                progress?.Report(new SimulationProgress(Interlocked.Increment(ref done), total));
            });
        });

        var outcomes = new List<VariantOutcome>();
        for (var v = 0; v < variants.Length; v++)
        {
            var builder = new OutcomeBuilder(plan, variants[v].Name, results[v]);
            var summary = v == 0
                ? Summary.ForBaseline(plan, results[0])
                : Summary.ForVariant(plan, scenario, variants[v], results[v], results[0]);
            outcomes.Add(new VariantOutcome(variants[v].Name, builder.Build(), builder.Flows(), summary, results[v][0].Years.Skip(1).Select(y => y.Ledger).ToArray()));
        }

        var notes = new List<string> { Summary.SyntheticNotice(plan, replicates) };
        notes.AddRange(CalibrationReports.Notices(figures, original, fit));
        notes.Add(BurnInCheck.Notice(plan, scenario, results[0]));
        notes.AddRange(ComplexNotice.Of(plan));
        if (scenario.Scale < 1)
        {
            notes.Add(Summary.SmallScaleNotice(scenario.Scale));
        }

        notes.AddRange(figures.Notes);
        return new SimulationOutcome(scenario, figures.Code, figures.Name, figures.Year, figures.UnitLevel, replicates, notes, outcomes)
        {
            Calibration = CalibrationReports.Report(figures.Code, scenario, fit, results[0]),
            BaselineDrift = Drift.Of(results[0]),
        };
    }

    /// <summary>The seed of replicate <paramref name="replicate"/>, the same for every variant.</summary>
    internal static ulong SeedOf(ulong seed, int replicate) => seed ^ ((ulong)(replicate + 1) * 0xD1B54A32D192ED03UL);

    /// <summary>Runs one replicate of one variant and hands back the engine (for tests and benchmarks).</summary>
    internal static (ReplicateResult Result, Replicate Engine) RunOne(Scenario scenario, StartingPlan plan, ScenarioVariant variant, int replicate, Action<Replicate>? before = null)
    {
        var engine = new Replicate(plan, scenario, scenario.InstrumentsOf(variant), SeedOf(scenario.Seed, replicate));
        before?.Invoke(engine);
        return (engine.Run(), engine);
    }
}
