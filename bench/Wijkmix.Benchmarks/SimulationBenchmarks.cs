using BenchmarkDotNet.Attributes;
using Wijkmix.Simulation;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Benchmarks;

/// <summary>
/// One replicate of the policy simulator over 15 years, for generated cities of 50 000, 200 000,
/// 470 000 (Amsterdam) and 800 000 households in buurten of about 1 000 households (13 buurten a
/// wijk), with KWB-like shares varying by buurt from a seeded generator. Time should grow linearly
/// with households.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private Scenario _scenario = null!;
    private StartingPlan _plan = null!;

    [Params(50_000, 200_000, 470_000, 800_000)]
    public int Households { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2025);
        var units = Enumerable.Range(0, Households / 1_000).Select(i =>
        {
            var corporation = 10 + (random.NextDouble() * 60);
            var owner = random.NextDouble() * (95 - corporation);
            var low = 3 + (random.NextDouble() * 20);
            return new UnitFigures($"BU9999{i:D4}", $"Buurt {i}", $"WK9999{i / 13:D2}", $"Wijk {i / 13}", 1_000, 1_040, owner, corporation, 100 - owner - corporation,
                150_000 + (random.NextDouble() * 600_000), low + 15 + (random.NextDouble() * 20), 10 + (random.NextDouble() * 25), low, 35 + (random.NextDouble() * 25),
                15 + (random.NextDouble() * 20), 5 + (random.NextDouble() * 10), random.NextDouble() * 50, 8 + (random.NextDouble() * 15), 60 + (random.NextDouble() * 15));
        }).ToArray();
        var figures = new MunicipalityFigures("GM9999", "Proefstad", 2023, "buurt", OriginClassification.CountryOfOrigin, units, []);
        _scenario = new Scenario("bench", "GM9999", 2025, 15, 1, 1, new MarketParameters(), new ScenarioVariant("Basis", []), []);
        _plan = StartingPlan.Fit(figures, 1);
    }

    [Benchmark]
    public int FifteenYears() => Simulator.RunOne(_scenario, _plan, _scenario.Baseline, 0).Result.Years.Count;
}
