using System.Globalization;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Results;

/// <summary>
/// How far the state after the burn-in is from the KWB figures the start was fitted to: the
/// low-income share of the gemeente and per unit, and occupied dwellings per segment.
/// </summary>
internal static class BurnInCheck
{
    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    public static string Notice(StartingPlan plan, Scenario scenario, IReadOnlyList<ReplicateResult> baseline)
    {
        if (scenario.BurnInYears <= 0 || baseline[0].Fitted is not { } fitted)
        {
            return SimulationText.NoBurnIn;
        }

        var f = plan.Figures;
        var units = f.Units;
        var kwb = Weighted(units.Select(u => (u.LowIncomePct / 100, u.Households)));
        var start = Band.Of(baseline.Select(r => Summary.Share(r.Fitted!.LowIncome, r.Fitted.Households)).ToArray()).Median;
        var after = Band.Of(baseline.Select(r => Summary.Share(r.Years[0].LowIncome, r.Years[0].Households)).ToArray()).Median;
        var gapBefore = Band.Of(baseline.Select(r => UnitGap(units, r.Fitted!)).ToArray()).Median;
        var gapAfter = Band.Of(baseline.Select(r => UnitGap(units, r.Years[0])).ToArray()).Median;
        var stock = new[]
        {
            Weighted(units.Select(u => (u.CorporationPct / 100, u.Dwellings ?? u.Households))),
            Weighted(units.Select(u => (u.OtherRentPct / 100, u.Dwellings ?? u.Households))),
            Weighted(units.Select(u => (u.OwnerOccupiedPct / 100, u.Dwellings ?? u.Households))),
        };
        return string.Format(
            Culture,
            SimulationText.BurnInNotice,
            scenario.BurnInYears,
            scenario.StartYear,
            f.Year,
            Pct(kwb),
            Pct(start),
            Pct(after),
            f.UnitLevel,
            Points(gapBefore),
            Points(gapAfter),
            Segments(fitted),
            Segments(baseline[0].Years[0]),
            string.Join(" / ", stock.Select(Pct)));
    }

    /// <summary>Mean absolute difference, in percentage points, between a unit's low-income share and its KWB figure (units with both).</summary>
    internal static double UnitGap(IReadOnlyList<Input.UnitFigures> units, YearSnapshot s)
    {
        double sum = 0;
        var n = 0;
        for (var u = 0; u < units.Count; u++)
        {
            if (units[u].LowIncomePct is { } kwb && s.Households[u] > 0)
            {
                sum += Math.Abs((100.0 * s.LowIncome[u] / s.Households[u]) - kwb);
                n++;
            }
        }

        return n > 0 ? sum / n : double.NaN;
    }

    private static double Weighted(IEnumerable<(double? Value, double Weight)> values)
    {
        double sum = 0, weight = 0;
        foreach (var (value, w) in values)
        {
            if (value is { } v && double.IsFinite(v))
            {
                sum += v * w;
                weight += w;
            }
        }

        return weight > 0 ? sum / weight : double.NaN;
    }

    private static string Segments(YearSnapshot s)
    {
        var total = (double)s.SegmentHouseholds.Sum();
        return string.Join(" / ", s.SegmentHouseholds.Select(n => Pct(n / total)));
    }

    private static string Points(double v) => double.IsNaN(v) ? "–" : v.ToString("N1", Culture);

    private static string Pct(double v) => double.IsNaN(v) ? "–" : v.ToString("P1", Culture);
}
