using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// The burn-in makes the baseline stationary: on Utrecht's real buurten (KWB) the baseline's indices
/// move over 15 years under unchanged rules by no more than their Monte Carlo band, and much less than
/// without the burn-in, which drifts beyond it.
/// </summary>
[Collection(nameof(RealCities))]
public sealed class BurnInTests(RealCities cities, ITestOutputHelper output)
{
    private const int Years = 15;
    private const int Seeds = 4;

    internal static ReplicateResult[] Baseline(MunicipalityFigures figures, int burnIn, double scale, int seeds = Seeds, int years = Years, MarketParameters? market = null)
    {
        var scenario = new Scenario("inloop", figures.Code, 2025, years, 7, scale, market ?? new MarketParameters(), new ScenarioVariant("Basis", []), []) { BurnInYears = burnIn };
        var plan = StartingPlan.Fit(figures, scale);
        var results = new ReplicateResult[seeds];
        Parallel.For(0, seeds, r => results[r] = Simulator.RunOne(scenario, plan, scenario.Baseline, r).Result);
        return results;
    }

    private IReadOnlyList<DriftRow> Show(string title, ReplicateResult[] results)
    {
        var drift = Drift.Of(results);
        output.WriteLine(title);
        foreach (var row in drift)
        {
            output.WriteLine($"  {row.Measure}: {row.Start.Median:N4} → {row.End.Median:N4}, verandering {row.Change.Median:+0.0000;-0.0000} [{row.Change.Low:N4}, {row.Change.High:N4}], MC-band ±{row.MonteCarloHalfWidth:N4}");
        }

        return drift;
    }

    /// <summary>
    /// Stationary: every index moves by no more than its Monte Carlo band, or by at most a quarter of
    /// what it moves without the burn-in.
    /// </summary>
    private static List<string> Drifting(IReadOnlyList<DriftRow> drift, IReadOnlyList<DriftRow> withoutBurnIn) =>
        [.. drift.Zip(withoutBurnIn).Where(p => !p.First.WithinBand && Math.Abs(p.First.Change.Median) > 0.25 * Math.Abs(p.Second.Change.Median))
            .Select(p => $"{p.First.Measure}: {p.First.Change.Median:+0.0000;-0.0000} (band ±{p.First.MonteCarloHalfWidth:N4}; zonder inloop {p.Second.Change.Median:+0.0000;-0.0000})")];

    [Fact]
    public void Baseline_WithBurnIn_StaysWithinItsBandOrFarBelowTheDriftWithout_AndWithoutBurnInDrifts()
    {
        var without = Show("Amsterdam zonder inloop", Baseline(cities.Amsterdam, 0, 0.25));
        var with = Show($"Amsterdam met {Scenario.DefaultBurnInYears} jaar inloop", Baseline(cities.Amsterdam, Scenario.DefaultBurnInYears, 0.25));

        Assert.Empty(Drifting(with, without));
        Assert.Contains(Drifting(without, without), line => line.StartsWith("d_low_income", StringComparison.Ordinal));
    }

    [Fact]
    public void BurnIn_StartsFromTheKwbFit_AndReportsHowFarItMovedFromIt()
    {
        var runs = Baseline(cities.Amsterdam, Scenario.DefaultBurnInYears, 0.25, seeds: 2, years: 1);
        var units = cities.Amsterdam.Units;
        var before = runs.Select(r => BurnInCheck.UnitGap(units, r.Fitted!)).Average();
        var after = runs.Select(r => BurnInCheck.UnitGap(units, r.Years[0])).Average();
        output.WriteLine($"gemiddeld verschil per buurt met KWB-aandeel lage inkomens: {before:N2} pp voor, {after:N2} pp na de inloop");
        foreach (var r in runs)
        {
            output.WriteLine($"segmenten voor {string.Join("/", r.Fitted!.SegmentHouseholds)}, na {string.Join("/", r.Years[0].SegmentHouseholds)}");
        }

        // The fitted start is the KWB up to sampling at 25 % scale; the burn-in moves it by what the model's flows sustain.
        Assert.InRange(before, 0, 3);
        Assert.True(after > before, $"{after} > {before}");
        Assert.All(runs, r => Assert.Equal(r.Fitted!.SegmentHouseholds[0], r.Years[0].SegmentHouseholds[0], (double)r.Fitted!.SegmentHouseholds[0] * 0.05));
    }
}
