using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Analysis;

/// <summary>An assumed market parameter screened by <see cref="Sensitivity"/>, with the range it is moved over.</summary>
/// <param name="Id">The scenario file's name of the parameter (<c>markt</c> section), or <see cref="Sensitivity.Chance"/>.</param>
public sealed record SensitivityFactor(string Id, double Low, double High, Func<Scenario, double, Scenario> Apply);

/// <summary>One factor's elementary effects on one output, in the output's unit per full range of the factor.</summary>
public sealed record SensitivityRow(SensitivityFactor Factor, string Output, ElementaryEffects Effects);

/// <summary>The screening's outcome: <see cref="Rows"/> by output in the order of <see cref="Outputs"/>, within each the factor that moves it most first.</summary>
public sealed record SensitivityResult(IReadOnlyList<SensitivityFactor> Factors, IReadOnlyList<string> Outputs, IReadOnlyList<SensitivityRow> Rows, int Runs, int LastYear);

/// <summary>
/// Which assumptions move the results most: Morris screening (<see cref="MorrisScreening"/>) of the market parameters
/// that have no source (docs/simulatie.md), each moved over half to one and a half times the scenario's value (rates
/// capped at 1; around the gemeente's calibrated values where it has a calibration), beside a dummy factor that changes only the seed (<see cref="Chance"/>). Outputs at the scenario's last year: the baseline's D of low income, the regular seekers' registration
/// years and success rate, and each variant's effect on D (variant minus baseline, same seed). Every point is one
/// replicate with the scenario's seed; chance still moves the results once parameters differ, and the dummy factor shows by how much.
/// </summary>
public static class Sensitivity
{
    public const string DLowIncome = "d_low_income";
    public const string RegistrationYears = "registration_years";
    public const string SuccessRate = "success_rate";
    public const string EffectPrefix = "effect_d_low_income:";

    /// <summary>
    /// The dummy factor: it changes only the seed, so its μ* is what chance alone moves a result by (one replicate per
    /// point). An assumption whose μ* is not clearly above it is not shown to matter.
    /// </summary>
    public const string Chance = "toeval";

    /// <summary>The assumed parameters around the values of <paramref name="m"/>.</summary>
    public static IReadOnlyList<SensitivityFactor> Assumptions(MarketParameters m)
    {
        ArgumentNullException.ThrowIfNull(m);
        static SensitivityFactor Rate(string id, double value, Func<MarketParameters, double, MarketParameters> apply) =>
            new(id, value / 2, Math.Min(1, value * 1.5), (s, v) => s with { Market = apply(s.Market, v) });

        return
        [
            Rate("mutatiegraad_middenhuur", m.TurnoverMidRent, (p, v) => p with { TurnoverMidRent = v }),
            Rate("mutatiegraad_vrije_huur", m.TurnoverPrivateRent, (p, v) => p with { TurnoverPrivateRent = v }),
            Rate("mutatiegraad_koop", m.TurnoverOwner, (p, v) => p with { TurnoverOwner = v }),
            Rate("doorstroom_aandeel", m.InternalMoveShare, (p, v) => p with { InternalMoveShare = v }),
            Rate("nieuwe_zoekers", m.NewSeekerRate, (p, v) => p with { NewSeekerRate = v }),
            Rate("opgeven", m.GiveUpRate, (p, v) => p with { GiveUpRate = v }),
            Rate("reactiekans", m.ReactionRate, (p, v) => p with { ReactionRate = v }),
            Rate("zoekers_per_sociale_woning", m.SeekersPerSocialDwelling, (p, v) => p with { SeekersPerSocialDwelling = v }),
            Rate("vertrek_stijgers", m.RiserExitRate, (p, v) => p with { RiserExitRate = v }),
            Rate("loting_aandeel", m.LotteryShare, (p, v) => p with { LotteryShare = v }),
            new("voorkeur_gelijke_buren", m.SimilarityPreference / 2, m.SimilarityPreference * 1.5,
                (s, v) => s with { Market = s.Market with { SimilarityPreference = v } }),
            new(Chance, 0, 1, (s, v) => s with { Seed = s.Seed + (ulong)Math.Round(v * 1000) }),
        ];
    }

    /// <summary>Screens <paramref name="scenario"/> on <paramref name="figures"/>: <paramref name="trajectories"/> × (factors + 1) runs.</summary>
    public static SensitivityResult Run(
        Scenario scenario, MunicipalityFigures figures, int trajectories, int levels = 4,
        IProgress<SimulationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(figures);
        // The gemeente's calibration applies first, so the ranges lie around the values a run would use; the points
        // then run with it off, or it would overwrite the screened values.
        scenario = Calibration.CalibrationReports.Resolve(scenario, figures.Code).Scenario with { UseCalibration = false };
        var factors = Assumptions(scenario.Market);
        var last = scenario.StartYear + scenario.Years;
        var outputs = new List<string> { DLowIncome, RegistrationYears, SuccessRate };
        outputs.AddRange(scenario.Variants.Select(v => EffectPrefix + v.Name));
        var total = trajectories * (factors.Count + 1);
        var done = 0;
        double[] Model(double[] x)
        {
            var point = scenario;
            for (var i = 0; i < factors.Count; i++)
            {
                point = factors[i].Apply(point, factors[i].Low + (x[i] * (factors[i].High - factors[i].Low)));
            }

            var outcome = Simulator.Run(point, figures, 1, cancellation: cancellation);
            progress?.Report(new SimulationProgress(Interlocked.Increment(ref done), total));
            return [.. Measures(outcome, last)];
        }

        var effects = MorrisScreening.Run(Model, factors.Count, trajectories, levels, scenario.Seed);
        var rows = new List<SensitivityRow>();
        for (var o = 0; o < outputs.Count; o++)
        {
            rows.AddRange(Enumerable.Range(0, factors.Count).Select(i => new SensitivityRow(factors[i], outputs[o], effects[i, o]))
                .OrderByDescending(r => double.IsNaN(r.Effects.MeanAbsolute) ? -1 : r.Effects.MeanAbsolute));
        }

        return new SensitivityResult(factors, outputs, rows, total, last);
    }

    private static IEnumerable<double> Measures(SimulationOutcome outcome, int last)
    {
        double Value(VariantOutcome v, string measure, string code, int year) =>
            v.Rows.FirstOrDefault(r => r.Measure == measure && r.Code == code && r.Year == year)?.Value.Median ?? double.NaN;

        var baseline = outcome.Baseline;
        var d = Value(baseline, DLowIncome, outcome.MunicipalityCode, last);
        yield return d;
        yield return Value(baseline, RegistrationYears, OutcomeBuilder.GroupId(SeekerGroup.Regular), last - 1);
        yield return Value(baseline, SuccessRate, OutcomeBuilder.GroupId(SeekerGroup.Regular), last - 1);
        foreach (var variant in outcome.Variants.Skip(1))
        {
            yield return Value(variant, DLowIncome, outcome.MunicipalityCode, last) - d;
        }
    }
}
