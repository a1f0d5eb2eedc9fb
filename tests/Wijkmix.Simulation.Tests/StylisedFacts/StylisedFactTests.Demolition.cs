using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;
using Wijkmix.Simulation.Tests.StylisedFacts;

namespace Wijkmix.Simulation.Tests;

public sealed partial class StylisedFactTests
{
    /// <summary>
    /// Demolishing the five cheapest corporation buurten and rebuilding them as owner-occupied homes
    /// raises the area's mean income and lowers its vulnerable share, against the null (no
    /// demolition) and a placebo (the same demolition rebuilt as social rent: the households change,
    /// the tenure does not). Measured (8 seeds, 10 years): see the test output. Checked with the
    /// mechanism off (the rebuild's segment mix ignored, every home rebuilt as social rent): fails.
    /// Where the displaced households land is not tested: the model lets them at the city's average
    /// price rank (a random placement would), where the evaluations of urban renewal found them
    /// mostly nearby and in similar buurten; see the report of issue 16.
    /// </summary>
    [Fact]
    public void DemolishingCheapStockForOwnerOccupation_RaisesTheAreasIncome_MoreThanRebuildingSocial()
    {
        var figures = cities.Amsterdam;
        var plan = Amsterdam();
        var target = Enumerable.Range(0, figures.Units.Count).Where(u => (figures.Units[u].CorporationPct ?? 0) > 50 && plan.Dwellings[u][0] > 20)
            .OrderBy(u => plan.PriceRank[u]).Take(5).ToHashSet();
        Arm Rebuilt(SegmentMix mix) => new([new DemolishRebuild(Codes(target), 2026, null, DemolishShare: 1, RebuildFactor: 1, mix, BuildYears: 2, RightOfReturn: false)]);
        var arms = new Arms(figures, plan, Years, Seeds, Rebuilt(new SegmentMix(0, 0, 0, 1)), Rebuilt(new SegmentMix(1, 0, 0, 0)));

        var income = Measured(PairedEffect.Of("mean income in the area, year 10", arms.Effects(r => Summary.MeanIncome(r.Result.Years[^1], target.Contains))));
        var vulnerable = Measured(PairedEffect.Of("vulnerable share of households in the area, year 10", arms.Effects(r => Summary.Share(r.Result.Years[^1], target.Contains))));

        income.AssertBeyondPlacebo(+1);
        vulnerable.AssertBeyondPlacebo(-1);
    }
}
