using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Simulation;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Monitor.SimulationInput;

/// <summary>
/// How far one simulated measure per buurt lies from what CBS later published, beside the naive forecast "nothing
/// changes" (the first year's published value). Errors are means over the buurten published in both years, weighted
/// by their households in the later year; shares in percentage points, households as a count.
/// </summary>
/// <param name="Units">Buurten compared (published in both years, and simulated).</param>
/// <param name="ModelError">Mean absolute error of the simulated median.</param>
/// <param name="NaiveError">Mean absolute error of the first year's value.</param>
/// <param name="ModelBias">Mean signed error of the simulated median (simulated minus published).</param>
public sealed record HindcastMeasure(string Measure, int Units, double ModelError, double NaiveError, double ModelBias)
{
    /// <summary>Model error ÷ naive error: below 1 the model beats "nothing changes".</summary>
    public double Skill => NaiveError > 0 ? ModelError / NaiveError : double.NaN;
}

/// <summary>A hindcast of one gemeente: started from the KWB of <see cref="From"/>, compared with the KWB of <see cref="To"/>.</summary>
public sealed record HindcastResult(string Code, string Name, int From, int To, string UnitLevel, int Replicates, double Scale, int BurnInYears, IReadOnlyList<HindcastMeasure> Measures, IReadOnlyList<string> Notes);

/// <summary>
/// Validation against what no one here wrote: the baseline (the law, no instruments) started from a past KWB year's
/// buurten, run to a later KWB year, and compared buurt by buurt with what CBS published for that year. The rules of the
/// simulator's first known year apply from the start (the simulator knows no earlier rules; stated in the notes).
/// </summary>
public static class Hindcast
{
    /// <summary>Measures compared: the simulated outcome row and the published indicator per origin classification.</summary>
    private static readonly (string Measure, string Outcome, string Migration, string Origin)[] Compared =
    [
        ("households", "households", "households", "households"),
        ("outside_europe_share", "outside_europe_share", "migration_non_western_share", "origin_outside_europe_share"),
    ];

    /// <summary>
    /// Runs the hindcast; null with a reason when the gemeente has no simulatable figures in <paramref name="from"/>
    /// (<see cref="SimulationSetups.Refusal"/>) or no buurt households in <paramref name="to"/>. Without
    /// <paramref name="burnInYears"/> the run starts from the fit to the first year's KWB; with them, from the state the
    /// model's flows sustain (further from that KWB, see docs/simulatie.md).
    /// </summary>
    public static (HindcastResult? Result, string? Problem) Run(
        IObservationSource store, AreaCode gemeente, int from, int to, int replicates, double scale, ulong seed = 1,
        int burnInYears = 0, IProgress<SimulationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        if (SimulationFigures.Read(store, gemeente, from) is not { } figures)
        {
            return (null, string.Format(Resources.MonitorText.Culture, Resources.MonitorText.HindcastNoFigures, gemeente.Value, from));
        }

        if (SimulationSetups.Refusal(figures) is { } refusal)
        {
            return (null, refusal);
        }

        var scenario = new Scenario("hindcast", figures.Code, from, to - from, seed, scale, new MarketParameters(), new ScenarioVariant("Basis", []), [])
        {
            BurnInYears = burnInYears,
        };
        var outcome = Simulator.Run(scenario, figures, replicates, progress, cancellation);
        var codes = figures.Units.Select(u => AreaCode.Parse(u.Code)).ToArray();
        var table = new ObservationTable(store.Get(codes, Compared.SelectMany(c => new[] { c.Migration, c.Origin })
            .SelectMany(id => Indicator(id).Variables).Append("households").Distinct().ToArray()));
        var simulated = outcome.Baseline.Rows.Where(r => r.Year == to && r.Level == figures.UnitLevel)
            .ToDictionary(r => (r.Code, r.Measure), r => r.Value.Median);
        var measures = new List<HindcastMeasure>();
        foreach (var (measure, row, migration, origin) in Compared)
        {
            double Published(AreaCode code, int year)
            {
                var id = year >= 2023 ? origin : migration;
                var value = table.Resolve(Indicator(id), code, year).Value ?? double.NaN;
                return id == "households" ? value : value / 100;
            }

            double modelSum = 0, naiveSum = 0, biasSum = 0, weights = 0;
            var units = 0;
            foreach (var code in codes)
            {
                var (then, now, households) = (Published(code, from), Published(code, to), table.Get(code, to, "households").Value ?? double.NaN);
                if (!double.IsFinite(then) || !double.IsFinite(now) || !(households > 0)
                    || !simulated.TryGetValue((code.Value, row), out var model) || !double.IsFinite(model))
                {
                    continue;
                }

                var factor = measure == "households" ? 1 : 100;
                modelSum += households * Math.Abs(model - now) * factor;
                biasSum += households * (model - now) * factor;
                naiveSum += households * Math.Abs(then - now) * factor;
                weights += households;
                units++;
            }

            if (units == 0)
            {
                return (null, string.Format(Resources.MonitorText.Culture, Resources.MonitorText.HindcastNoFigures, gemeente.Value, to));
            }

            measures.Add(new HindcastMeasure(measure, units, modelSum / weights, naiveSum / weights, biasSum / weights));
        }

        var notes = outcome.Notes.Prepend(string.Format(Resources.MonitorText.Culture, Resources.MonitorText.HindcastRules, from, Simulation.Rules.RuleBook.FirstYear)).ToList();
        return (new HindcastResult(figures.Code, figures.Name, from, to, figures.UnitLevel, replicates, scale, burnInYears, measures, notes), null);
    }

    private static Indicator Indicator(string id) => IndicatorSet.All.Single(i => i.Id == id);
}
