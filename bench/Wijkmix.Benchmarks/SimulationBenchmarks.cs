using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Wijkmix.Simulation;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Benchmarks;

/// <summary>
/// One replicate of the policy simulator over 15 years, for generated cities of 50 000, 200 000,
/// 470 000 (Amsterdam) and 800 000 households in buurten of about 1 000 households (13 buurten a
/// wijk), with KWB-like shares varying by buurt from a seeded generator. Time should grow linearly
/// with households: the column "µs/hh-year" (mean ÷ households ÷ 15) should stay flat.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerHouseholdYearConfig))]
public class SimulationBenchmarks
{
    public const int Years = 15;

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
        _scenario = new Scenario("bench", "GM9999", 2025, Years, 1, 1, new MarketParameters(), new ScenarioVariant("Basis", []), []);
        _plan = StartingPlan.Fit(figures, 1);
        _smallPlan = StartingPlan.Fit(figures, new Wijkmix.Simulation.Calibration.CalibrationSettings().Scale);
    }

    [Benchmark]
    public int FifteenYears() => Simulator.RunOne(_scenario, _plan, _scenario.Baseline, 0).Result.Years.Count;

    /// <summary>The same 15 years after the default burn-in (60 years under the start year's rules): what a run costs per replicate and variant.</summary>
    [Benchmark]
    public int FifteenYearsAfterBurnIn() =>
        Simulator.RunOne(_scenario with { BurnInYears = Scenario.DefaultBurnInYears }, _plan, _scenario.Baseline, 0).Result.Years.Count;

    /// <summary>One evaluation of the calibration's objective with its default settings (2 replicates at 20 % scale, burn-in, 5 measured years).</summary>
    [Benchmark]
    public int CalibrationEvaluation() =>
        Wijkmix.Simulation.Calibration.Calibrator.Run(_smallPlan, "GM9999", new MarketParameters(), new Wijkmix.Simulation.Calibration.CalibrationSettings()).Length;

    private StartingPlan _smallPlan = null!;
}

/// <summary>Adds the cost per simulated household-year to the summary table.</summary>
public sealed class PerHouseholdYearConfig : ManualConfig
{
    public PerHouseholdYearConfig() => AddColumn(new PerHouseholdYearColumn());
}

/// <summary>Mean time ÷ (households × years) in microseconds.</summary>
public sealed class PerHouseholdYearColumn : IColumn
{
    public string Id => nameof(PerHouseholdYearColumn);

    public string ColumnName => "µs/hh-year";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time per simulated household-year (households × 15 years), microseconds";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var households = benchmarkCase.Parameters["Households"] as int?;
        return mean is { } ns && households is > 0 ? (ns / 1_000 / ((double)households.Value * SimulationBenchmarks.Years)).ToString("N3", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }
}
