using CsCheck;
using NetTopologySuite.Geometries;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Data.Crosswalk;

namespace Wijkmix.Data.Tests.Crosswalk;

/// <summary>Cases a reader can check on paper: squares of 1 km in RD New metres.</summary>
public class DivisionCrosswalkTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Box(double x0, double y0, double x1, double y1) =>
        Factory.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    private static DivisionArea Area(string code, Polygon shape) => new(AreaCode.Parse(code), shape);

    // Earlier: A and B side by side (merge into X), C split in half into Y and Z, D unchanged.
    private static readonly Division Earlier = new(AreaLevel.Municipality, 2019,
    [
        Area("GM0001", Box(0, 0, 1000, 1000)), Area("GM0002", Box(1000, 0, 2000, 1000)),
        Area("GM0003", Box(0, 2000, 1000, 3000)), Area("GM0004", Box(3000, 0, 4000, 1000)),
    ]);

    private static readonly Division Later = new(AreaLevel.Municipality, 2022,
    [
        Area("GM0010", Box(0, 0, 2000, 1000)),
        Area("GM0011", Box(0, 2000, 500, 3000)), Area("GM0012", Box(500, 2000, 1000, 3000)),
        Area("GM0004", Box(3000, 0, 4000, 1000)),
    ]);

    private static Observation Count(string code, int year, double value, string variable = "inhabitants") =>
        new(AreaCode.Parse(code), year, variable, value);

    [Fact]
    public void Compute_TwoSquaresMergeOneSplitsInHalf_WeightsAreOneAndOneHalf()
    {
        var table = DivisionCrosswalk.Compute(Earlier, Later);

        Assert.Equal(1.0, table.ByFrom[AreaCode.Parse("GM0001")].Single().Weight);
        Assert.Equal(1.0, table.ByFrom[AreaCode.Parse("GM0002")].Single().Weight);
        Assert.Equal([0.5, 0.5], table.ByFrom[AreaCode.Parse("GM0003")].Select(l => l.Weight).ToArray());
        Assert.Equal(500_000, table.ByFrom[AreaCode.Parse("GM0003")].First().Overlap, 1e-6);
        Assert.Equal([AreaCode.Parse("GM0004")], table.Joined);
        Assert.Equal(1, table.SplitCount);
        Assert.Equal(1, table.MergedCount);
        Assert.Empty(table.Uncovered);
    }

    [Fact]
    public void Compute_LaterDivisionHoldsOnlySomeGemeenten_AnEarlierAreaPartlyOutsideGivesOnlyItsShare()
    {
        // The store holds the later buurten of one gemeente only (X: x 0–1000). Earlier: P lies 40 % inside X,
        // Q 5 % (a neighbour's buurt touching X at its edge), R wholly inside.
        var later = new Division(AreaLevel.Neighbourhood, 2022, [Area("BU00010001", Box(0, 0, 1000, 1000))]);
        var earlier = new Division(AreaLevel.Neighbourhood, 2019,
        [
            Area("BU00020001", Box(600, 0, 1600, 500)), Area("BU00020002", Box(950, 500, 1950, 1000)), Area("BU00010009", Box(0, 0, 500, 500)),
        ]);

        var table = DivisionCrosswalk.Compute(earlier, later);

        // P gives 40 % of itself, never all of it: the other 60 % lies in buurten the store does not hold.
        Assert.Equal(0.4, table.ByFrom[AreaCode.Parse("BU00020001")].Single().Weight, 12);
        // Q is outside, apart from boundary noise: no link at all.
        Assert.Empty(table.ByFrom[AreaCode.Parse("BU00020002")]);
        Assert.Contains(AreaCode.Parse("BU00020002"), table.Uncovered);
        Assert.Equal(1.0, table.ByFrom[AreaCode.Parse("BU00010009")].Single().Weight);
        // X is covered by R (25 %) and P's part (20 %) only; Q's sliver does not count.
        Assert.Equal(0.45, table.Coverage[AreaCode.Parse("BU00010001")], 12);
    }

    [Fact]
    public void Compute_EarlierAreaOfTheSameGemeenteWithWater_IsCarriedOverWhole()
    {
        // S belongs to gemeente 0001, which the later division holds; 30 % of S is water its later version leaves out.
        var later = new Division(AreaLevel.Neighbourhood, 2022, [Area("BU00010001", Box(0, 0, 1000, 1000))]);
        var earlier = new Division(AreaLevel.Neighbourhood, 2019, [Area("BU00010002", Box(0, 0, 1000, 1000 / 0.7))]);

        var link = DivisionCrosswalk.Compute(earlier, later).ByFrom[AreaCode.Parse("BU00010002")].Single();

        Assert.Equal(1.0, link.Weight, 12);
    }

    [Fact]
    public void Estimate_CountsAreSummedAndSplitByAreaShare_JoinedAreaIsNotEstimated()
    {
        var table = DivisionCrosswalk.Compute(Earlier, Later);
        var set = CrosswalkEstimates.Estimate(table,
            [Count("GM0001", 2020, 100), Count("GM0002", 2020, 250), Count("GM0003", 2020, 80), Count("GM0004", 2020, 40), Count("GM0010", 2022, 999)]);

        var byArea = set.Estimates.ToDictionary(o => o.Area.Value, o => o.Value);
        Assert.Equal(350, byArea["GM0010"]);
        Assert.Equal(40, byArea["GM0011"]);
        Assert.Equal(40, byArea["GM0012"]);
        Assert.False(byArea.ContainsKey("GM0004")); // same code, same boundary: its own figures are real
        Assert.All(set.Estimates, o => Assert.Equal("area-weighted:gemeente-2019:gemeente-2022", o.Estimate));
        Assert.All(set.Estimates, o => Assert.Equal(2020, o.Year)); // 2022 is the later division's own year
    }

    [Fact]
    public void Estimate_ShareIsAveragedWeightedByItsDenominator()
    {
        var table = DivisionCrosswalk.Compute(Earlier, Later);
        // 10 % of 100 households and 40 % of 300 households: (10 + 120) / 400 = 32.5 %, not the plain mean 25 %.
        var set = CrosswalkEstimates.Estimate(table,
        [
            Count("GM0001", 2020, 100, "households"), Count("GM0002", 2020, 300, "households"),
            Count("GM0001", 2020, 10, "households_low_income_pct"), Count("GM0002", 2020, 40, "households_low_income_pct"),
        ]);

        Assert.Equal(32.5, set.Estimates.Single(o => o.Area.Value == "GM0010" && o.VariableId == "households_low_income_pct").Value!.Value, 12);
    }

    [Fact]
    public void Estimate_MedianAndSuppressedContributor_AreNotEstimated()
    {
        var table = DivisionCrosswalk.Compute(Earlier, Later);
        var set = CrosswalkEstimates.Estimate(table,
        [
            Count("GM0001", 2020, 30_000, "household_wealth_median"), Count("GM0002", 2020, 50_000, "household_wealth_median"),
            Count("GM0001", 2020, 100), Observation.Suppressed(AreaCode.Parse("GM0002"), 2020, "inhabitants"),
        ]);

        Assert.DoesNotContain(set.Estimates, o => o.VariableId == "household_wealth_median");
        Assert.Contains(set.Refused, r => r.VariableId == "household_wealth_median");
        Assert.DoesNotContain(set.Estimates, o => o.Area.Value == "GM0010");
        Assert.Equal(1, set.Incomplete);
    }

    [Fact]
    public void Estimate_EstimatesAreNeverMadeFromEstimates()
    {
        var table = DivisionCrosswalk.Compute(Earlier, Later);
        var set = CrosswalkEstimates.Estimate(table, [Count("GM0003", 2020, 80) with { Estimate = "area-weighted:gemeente-2018:gemeente-2019" }]);
        Assert.Empty(set.Estimates);
    }

    /// <summary>Any grid of earlier squares laid over any later grid: each earlier square is distributed completely, and counts are conserved.</summary>
    [Fact]
    public void Compute_RandomGrids_WeightsOfEachEarlierAreaSumToOne_AndTotalsAreKept()
    {
        var gen = Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6], Gen.Int[1, 7], Gen.Int[1, 7], Gen.Int[0, 10_000].Array[36]);
        gen.Sample((n, m, p, q, counts) =>
        {
            const double size = 6000;
            var earlier = Grid(AreaLevel.Neighbourhood, 2019, n, m, size, "BU0001");
            var later = Grid(AreaLevel.Neighbourhood, 2022, p, q, size, "BU0002");
            var table = DivisionCrosswalk.Compute(earlier, later, new CrosswalkRules(Sliver: 0));
            foreach (var g in table.ByFrom)
            {
                Assert.Equal(1.0, g.Sum(l => l.Weight), 9);
            }

            var figures = earlier.Areas.Select((a, i) => new Observation(a.Code, 2020, "inhabitants", counts[i])).ToList();
            var set = CrosswalkEstimates.Estimate(table, figures);
            Assert.Equal(figures.Sum(o => o.Value!.Value), set.Estimates.Sum(o => o.Value!.Value), 6);
        }, iter: 200);
    }

    private static Division Grid(AreaLevel level, int year, int columns, int rows, double size, string prefix)
    {
        var areas = new List<DivisionArea>();
        for (var i = 0; i < columns; i++)
        {
            for (var j = 0; j < rows; j++)
            {
                var (w, h) = (size / columns, size / rows);
                areas.Add(new DivisionArea(AreaCode.Parse($"{prefix}{i}{j}{year % 100:00}"), Box(i * w, j * h, (i + 1) * w, (j + 1) * h)));
            }
        }

        return new Division(level, year, areas);
    }
}
