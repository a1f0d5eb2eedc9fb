using System.Globalization;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Results;

/// <summary>
/// The short Dutch summary of a variant against the baseline: the effect on segregation, on the
/// target area, elsewhere (waterbed), on who waits longer, and where displaced households went.
/// Differences are taken per replicate pair (same seed), then banded.
/// </summary>
internal static class Summary
{
    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    public static string SyntheticNotice(StartingPlan plan, int replicates)
    {
        var f = plan.Figures;
        return string.Format(Culture, SimulationText.SyntheticNotice, f.Name, f.Units.Count, f.UnitLevel, f.Year, replicates);
    }

    /// <summary>A run on part of the households: its indices are biased upward by the smaller counts per unit.</summary>
    public static string SmallScaleNotice(double scale) => string.Format(Culture, SimulationText.SmallScaleNotice, scale.ToString("P0", Culture));

    public static IReadOnlyList<string> ForBaseline(StartingPlan plan, IReadOnlyList<ReplicateResult> baseline)
    {
        var first = baseline[0].Years[0];
        var last = baseline[0].Years[^1];
        var start = Band.Of(baseline.Select(r => r.Years[0].DissimilarityLowIncome).ToArray());
        var end = Band.Of(baseline.Select(r => r.Years[^1].DissimilarityLowIncome).ToArray());
        var g = (int)SeekerGroup.Regular;
        var wait = Band.Of(baseline.Select(r => Mean(r, s => s.Groups[g].RegistrationMonths / 12, s => s.Groups[g].Lettings)).ToArray());
        var success = Band.Of(baseline.Select(r => Mean(r, s => s.Groups[g].Lettings, s => s.Groups[g].Seekers)).ToArray());
        return
        [
            string.Format(Culture, SimulationText.BaselineSegregation, plan.Figures.UnitLevel, N3(start.Median), first.Year, N3(end.Median), last.Year, N3(end.Low), N3(end.High)),
            string.Format(Culture, SimulationText.BaselineWaiting, N1(wait.Median), $"{first.Year}–{last.Year - 1}", Pct(success.Median)),
            DriftLine(Drift.Of(baseline), last.Year - first.Year),
        ];
    }

    /// <summary>The baseline's drift per index, each against its Monte Carlo band.</summary>
    internal static string DriftLine(IReadOnlyList<DriftRow> drift, int years) =>
        string.Format(Culture, SimulationText.BaselineDrift, years, string.Join("; ", drift.Select(d =>
            string.Format(Culture, SimulationText.DriftItem, SimulationLabels.Measure(d.Measure), Signed(d.Change.Median, 3), N3(d.MonteCarloHalfWidth), d.WithinBand ? "" : SimulationText.DriftOutside))));

    /// <summary>The variant's effect on each index in the last year beside the baseline's drift over the run.</summary>
    private static string EffectLine(int year, IReadOnlyList<ReplicateResult> results, IReadOnlyList<ReplicateResult> baseline)
    {
        var drift = Drift.Of(baseline);
        return string.Format(Culture, SimulationText.VariantDrift, year, string.Join("; ", drift.Select(d =>
        {
            var effect = Drift.Effect(d.Measure, results, baseline);
            return string.Format(Culture, SimulationText.EffectItem, SimulationLabels.Measure(d.Measure), Signed(effect.Median, 3), Signed(effect.Low, 3), Signed(effect.High, 3), Signed(d.Change.Median, 3));
        })));
    }

    public static IReadOnlyList<string> ForVariant(StartingPlan plan, Scenario scenario, ScenarioVariant variant, IReadOnlyList<ReplicateResult> results, IReadOnlyList<ReplicateResult> baseline)
    {
        var lines = new List<string>();
        var pairs = results.Zip(baseline).ToArray();
        var lastYear = results[0].Years[^1].Year;
        var dNow = Band.Of(results.Select(r => r.Years[^1].DissimilarityLowIncome).ToArray());
        var dBase = Band.Of(baseline.Select(r => r.Years[^1].DissimilarityLowIncome).ToArray());
        var dDiff = Band.Of(pairs.Select(p => p.First.Years[^1].DissimilarityLowIncome - p.Second.Years[^1].DissimilarityLowIncome).ToArray());
        lines.Add(string.Format(Culture, SimulationText.VariantSegregation, lastYear, N3(dNow.Median), N3(dBase.Median), Signed(dDiff.Median, 3), Signed(dDiff.Low, 3), Signed(dDiff.High, 3)));
        if (results[0].Years.Count > 2)
        {
            var early = Band.Of(pairs.Select(p => p.First.Years[1].DissimilarityLowIncome - p.Second.Years[1].DissimilarityLowIncome).ToArray());
            lines.Add(string.Format(Culture, SimulationText.VariantEarly, Signed(early.Median, 3), Signed(early.Low, 3), Signed(early.High, 3)));
        }

        lines.Add(EffectLine(lastYear, results, baseline));
        var target = TargetUnits(plan, scenario, variant);
        if (target.Count > 0 && target.Count < plan.Figures.Units.Count)
        {
            TargetLines(plan, target, pairs, lines);
        }

        lines.Add(WaitingLine(pairs));
        var flows = FlowLine(plan, results);
        if (flows is not null)
        {
            lines.Add(flows);
        }

        return lines;
    }

    /// <summary>The units the variant's own instruments name; empty when they all apply city-wide.</summary>
    internal static HashSet<int> TargetUnits(StartingPlan plan, Scenario scenario, ScenarioVariant variant)
    {
        var units = plan.Figures.Units;
        var codes = variant.Instruments.SelectMany(i => i.Areas).Where(c => c != scenario.Municipality).ToHashSet(StringComparer.Ordinal);
        return units.Select((u, i) => (u, i)).Where(p => codes.Contains(p.u.Code) || codes.Contains(p.u.ParentCode)).Select(p => p.i).ToHashSet();
    }

    private static void TargetLines(StartingPlan plan, HashSet<int> target, (ReplicateResult First, ReplicateResult Second)[] pairs, List<string> lines)
    {
        var units = plan.Figures.Units;
        var parents = target.Select(u => units[u].ParentCode).ToHashSet(StringComparer.Ordinal);
        bool InTarget(int u) => target.Contains(u);
        bool Neighbour(int u) => !target.Contains(u) && parents.Contains(units[u].ParentCode);
        bool Rest(int u) => !target.Contains(u) && !parents.Contains(units[u].ParentCode);
        var now = Band.Of(pairs.Select(p => Share(p.First.Years[^1], InTarget)).ToArray());
        var then = Band.Of(pairs.Select(p => Share(p.Second.Years[^1], InTarget)).ToArray());
        var diff = Band.Of(pairs.Select(p => 100 * (Share(p.First.Years[^1], InTarget) - Share(p.Second.Years[^1], InTarget))).ToArray());
        lines.Add(string.Format(Culture, SimulationText.TargetShare, target.Count, plan.Figures.UnitLevel, Pct(now.Median), Pct(then.Median), Signed(diff.Median, 1), Signed(diff.Low, 1), Signed(diff.High, 1)));
        var income = Band.Of(pairs.Select(p => MeanIncome(p.First.Years[^1], InTarget)).ToArray());
        var incomeBase = Band.Of(pairs.Select(p => MeanIncome(p.Second.Years[^1], InTarget)).ToArray());
        lines.Add(string.Format(Culture, SimulationText.TargetIncome, Euro(income.Median), Euro(incomeBase.Median)));
        var near = Band.Of(pairs.Select(p => 100 * (Share(p.First.Years[^1], Neighbour) - Share(p.Second.Years[^1], Neighbour))).ToArray());
        var rest = Band.Of(pairs.Select(p => 100 * (Share(p.First.Years[^1], Rest) - Share(p.Second.Years[^1], Rest))).ToArray());
        lines.Add(string.Format(Culture, SimulationText.Waterbed, Signed(near.Median, 1), Signed(near.Low, 1), Signed(near.High, 1), Signed(rest.Median, 1), Signed(rest.Low, 1), Signed(rest.High, 1)));
    }

    private static string WaitingLine((ReplicateResult First, ReplicateResult Second)[] pairs)
    {
        var longer = new List<string>();
        var shorter = new List<string>();
        foreach (var group in Enum.GetValues<SeekerGroup>())
        {
            var g = (int)group;
            var diff = Band.Of(pairs.Select(p =>
                Mean(p.First, s => s.Groups[g].RegistrationMonths / 12, s => s.Groups[g].Lettings) -
                Mean(p.Second, s => s.Groups[g].RegistrationMonths / 12, s => s.Groups[g].Lettings)).ToArray());
            if (double.IsNaN(diff.Median) || Math.Abs(diff.Median) < 0.25)
            {
                continue;
            }

            var name = SimulationText.ResourceManager.GetString("Group_" + OutcomeBuilder.GroupId(group), Culture) ?? group.ToString();
            (diff.Median > 0 ? longer : shorter).Add(string.Format(Culture, SimulationText.GroupDelta, name, Signed(diff.Median, 1)));
        }

        if (longer.Count == 0 && shorter.Count == 0)
        {
            return SimulationText.WaitSame;
        }

        var parts = new List<string>();
        if (longer.Count > 0)
        {
            parts.Add(string.Format(Culture, SimulationText.WaitLonger, string.Join("; ", longer)));
        }

        if (shorter.Count > 0)
        {
            parts.Add(string.Format(Culture, SimulationText.WaitShorter, string.Join("; ", shorter)));
        }

        return string.Join(" ", parts);
    }

    private static string? FlowLine(StartingPlan plan, IReadOnlyList<ReplicateResult> results)
    {
        var moved = results.Select(r => r.Flows.Values.Sum() / plan.Scale).ToArray();
        if (moved.All(m => m == 0))
        {
            return null;
        }

        var cheap = results.Select(r =>
        {
            double housed = 0, inCheap = 0;
            foreach (var ((from, to), n) in r.Flows)
            {
                if (to >= 0 && to != from)
                {
                    housed += n;
                    inCheap += plan.PriceRank[to] < 0.4 ? n : 0;
                }
            }

            return housed > 0 ? inCheap / housed : double.NaN;
        }).ToArray();
        return string.Format(Culture, SimulationText.Flows, Math.Round(Band.Of(moved).Median).ToString("N0", Culture), Pct(Band.Of(cheap).Median));
    }

    /// <summary>Ratio of two sums over the years of a replicate (e.g. months waited over lettings).</summary>
    internal static double Mean(ReplicateResult r, Func<YearSnapshot, double> numerator, Func<YearSnapshot, double> denominator)
    {
        double a = 0, b = 0;
        foreach (var s in r.Years.Skip(1))
        {
            a += numerator(s);
            b += denominator(s);
        }

        return b > 0 ? a / b : double.NaN;
    }

    /// <summary>Σ part ÷ Σ total over all units.</summary>
    internal static double Share(float[] part, float[] total)
    {
        double p = 0, n = 0;
        for (var u = 0; u < total.Length; u++)
        {
            p += part[u];
            n += total[u];
        }

        return n > 0 ? p / n : double.NaN;
    }

    internal static double Share(YearSnapshot s, Func<int, bool> member)
    {
        double v = 0, h = 0;
        for (var u = 0; u < s.Households.Length; u++)
        {
            if (member(u))
            {
                v += s.Vulnerable[u];
                h += s.Households[u];
            }
        }

        return h > 0 ? v / h : double.NaN;
    }

    internal static double MeanIncome(YearSnapshot s, Func<int, bool> member)
    {
        double total = 0, h = 0;
        for (var u = 0; u < s.Households.Length; u++)
        {
            if (member(u) && s.Households[u] > 0)
            {
                total += s.MeanIncome[u] * s.Households[u];
                h += s.Households[u];
            }
        }

        return h > 0 ? total / h : double.NaN;
    }

    private static string N1(double v) => v.ToString("N1", Culture);

    private static string N3(double v) => v.ToString("N3", Culture);

    private static string Pct(double v) => v.ToString("P1", Culture);

    /// <summary>Euros with the culture's digit grouping; "C0" would print "¤" under the neutral "nl" culture.</summary>
    private static string Euro(double v) => "€ " + v.ToString("N0", Culture);

    private static string Signed(double v, int decimals) => double.IsNaN(v) ? "–" : (v >= 0 ? "+" : "") + v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);
}
