using Wijkmix.Simulation.Engine;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Calibration;

/// <summary>
/// Fits the unsourced behavioural parameters of a gemeente to its observed allocation figures
/// (data/calibration/doelen.json): each knob whose quantity has a target is moved by Nelder–Mead
/// within its bounds to minimise Σ weight × ((model − target) ÷ target)², every evaluation running
/// the same seeds (common random numbers) after the burn-in, at reduced scale.
/// </summary>
public static class Calibrator
{
    /// <summary>The knobs a gemeente's targets identify (by scenario name).</summary>
    public static IReadOnlyList<string> KnobsFor(string code)
    {
        var targets = CalibrationTargets.For(code).Where(t => t.Weight > 0).Select(t => t.Quantity).ToHashSet(StringComparer.Ordinal);
        return [.. CalibrationKnobs.All.Where(k => targets.Contains(k.Quantity)).Select(k => k.Name)];
    }

    public static CalibrationFit Fit(MunicipalityFigures figures, MarketParameters start, CalibrationSettings settings, IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(settings);
        var targets = CalibrationTargets.For(figures.Code);
        if (targets.Count == 0)
        {
            throw new ArgumentException(figures.Code, nameof(figures));
        }

        var knobs = KnobsFor(figures.Code).Select(n => CalibrationKnobs.Named(n)!).ToArray();
        var plan = StartingPlan.Fit(figures, settings.Scale);
        var done = 0;
        MarketParameters At(double[] x)
        {
            var m = start;
            for (var i = 0; i < knobs.Length; i++)
            {
                m = knobs[i].Set(m, knobs[i].FromUnit(x[i]));
            }

            return m;
        }

        double Distance(IReadOnlyList<ReplicateResult> results) => targets.Where(t => t.Weight > 0).Sum(t =>
        {
            var model = CalibrationMeasures.Of(t.Quantity, results).Median;
            var relative = double.IsFinite(model) ? (model - t.Value) / t.Value : 10;
            return t.Weight * relative * relative;
        });

        var x0 = knobs.Select(k => k.ToUnit(k.Get(start))).ToArray();
        var (best, value, evaluations) = NelderMead.Minimise(x =>
        {
            cancellation.ThrowIfCancellationRequested();
            var distance = Distance(Run(plan, figures.Code, At(x), settings));
            progress?.Report(Interlocked.Increment(ref done));
            return distance;
        }, x0, settings.Evaluations);

        var fitted = At(best);
        var final = Run(plan, figures.Code, fitted, settings);
        return new CalibrationFit
        {
            Municipality = figures.Code,
            Name = figures.Name,
            Parameters = knobs.ToDictionary(k => k.Name, k => Math.Round(k.Get(fitted), 5)),
            Fit = [.. targets.Select(t => new FitQuantity(t.Quantity, t.Value, Math.Round(CalibrationMeasures.Of(t.Quantity, final).Median, 5), t.Weight))],
            Distance = Math.Round(value, 6),
            Evaluations = evaluations,
            Settings = settings,
        };
    }

    /// <summary>The baseline under <paramref name="market"/>: the same seeds for every evaluation.</summary>
    internal static ReplicateResult[] Run(StartingPlan plan, string code, MarketParameters market, CalibrationSettings settings)
    {
        var scenario = new Scenario("kalibratie", code, settings.StartYear, settings.MeasuredYears, settings.Seed, settings.Scale, market, new ScenarioVariant("Basis", []), [])
        {
            BurnInYears = settings.BurnInYears,
        };
        var results = new ReplicateResult[settings.Replicates];
        Parallel.For(0, results.Length, r =>
            results[r] = new Replicate(plan, scenario, scenario.Baseline.Instruments, settings.Seed ^ ((ulong)(r + 1) * 0x9E3779B97F4A7C15UL)).Run());
        return results;
    }
}
