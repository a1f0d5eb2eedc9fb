using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Tests.StylisedFacts;

/// <summary>One arm of an experiment: the instruments in force and the market they run in.</summary>
internal sealed record Arm(IReadOnlyList<Instrument> Instruments, MarketParameters? Market = null)
{
    public static Arm Null { get; } = new([]);
}

/// <summary>One replicate of one arm: the engine's yearly record and who got each letting.</summary>
internal sealed record ArmRun(ReplicateResult Result, LettingLog Log);

/// <summary>
/// The null (no instrument), the instrument and the placebo run over the same seeds (replicate r of
/// every arm starts from the same synthetic city and draws the same random numbers until the rules
/// make it differ: common random numbers), so each seed gives one paired difference.
/// </summary>
internal sealed class Arms
{
    /// <summary>
    /// The scenario seed of every stylised-fact run. The environment variable WIJKMIX_FACT_SEED
    /// replaces it, to check that a fact holds for other seeds too (the tests' comments quote 1001 and 2002).
    /// </summary>
    public const ulong Seed = 11;

    public Arms(MunicipalityFigures figures, StartingPlan plan, int years, int seeds, Arm instrument, Arm placebo, Arm? nullArm = null)
    {
        Plan = plan;
        var arms = new[] { nullArm ?? Arm.Null, instrument, placebo };
        var runs = new ArmRun[arms.Length, seeds];
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("WIJKMIX_FACT_SEED"), out var s) ? s : Seed;
        Parallel.For(0, arms.Length * seeds, job =>
        {
            var (a, r) = (job / seeds, job % seeds);
            var scenario = new Scenario("feit", figures.Code, 2025, years, seed, plan.Scale, arms[a].Market ?? new MarketParameters(), new ScenarioVariant("Arm", arms[a].Instruments), []);
            LettingLog? log = null;
            var result = Simulator.RunOne(scenario, plan, scenario.Baseline, r, engine => log = LettingLog.Attach(engine)).Result;
            runs[a, r] = new ArmRun(result, log!);
        });
        Null = Row(runs, 0);
        Instrument = Row(runs, 1);
        Placebo = Row(runs, 2);
    }

    public StartingPlan Plan { get; }

    public ArmRun[] Null { get; }

    public ArmRun[] Instrument { get; }

    public ArmRun[] Placebo { get; }

    /// <summary>Per seed: instrument − null and placebo − null of a measure.</summary>
    public (double[] Effect, double[] PlaceboEffect) Effects(Func<ArmRun, double> measure) => Effects(measure, measure);

    /// <summary>Per seed, with the placebo measured its own way (e.g. in its own area).</summary>
    public (double[] Effect, double[] PlaceboEffect) Effects(Func<ArmRun, double> instrument, Func<ArmRun, double> placebo) =>
        (Instrument.Zip(Null, (i, n) => instrument(i) - instrument(n)).ToArray(), Placebo.Zip(Null, (p, n) => placebo(p) - placebo(n)).ToArray());

    private static ArmRun[] Row(ArmRun[,] runs, int arm) => Enumerable.Range(0, runs.GetLength(1)).Select(r => runs[arm, r]).ToArray();
}
