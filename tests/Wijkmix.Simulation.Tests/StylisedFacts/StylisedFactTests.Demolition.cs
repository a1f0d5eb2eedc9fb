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
    /// the tenure does not). Measured (8 seeds, 10 years): mean income +€ 66,628 (64,541–72,563)
    /// against a placebo spread of € 1,407; vulnerable share −39.2 pp (−42.0 to −37.3) against
    /// 3.9 pp. Checked with the mechanism off (Replicate's rebuild ignoring the segment mix, every
    /// home rebuilt as social rent): the instrument becomes the placebo, fails.
    /// Where the displaced households land is not asserted. The model lets them at the city's average
    /// price rank (0.36 against 0.37 for all lettings and 0.27 for vulnerable households' lettings),
    /// as a random placement would; the old expectation ("to the next cheapest buurten") is not what
    /// was observed either: most households rehoused for urban renewal moved to a better home and a
    /// buurt they rated better, and no new concentrations arose elsewhere (Posthumus, Kleinhans and
    /// Bolt, "Bijwerkingen van herstructureringsoperaties", Eburon 2012; summary at
    /// platform31.nl, Wijkengids 2.4.10). A test of that needs distance or buurt preference for
    /// relocatees in the engine.
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
