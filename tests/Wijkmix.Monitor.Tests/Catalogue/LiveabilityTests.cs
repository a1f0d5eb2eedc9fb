using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Catalogue;
using static Wijkmix.Monitor.Tests.ObservationList;

namespace Wijkmix.Monitor.Tests.Catalogue;

/// <summary>The Leefbaarometer scores of an area (bundled: Amstelveen's wijken) and the perception–registration pairs.</summary>
public sealed class LiveabilityTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public void Build_Randwijck_HasTheFileScoresOverFourYears_AndNoPairWithoutRegistrations()
    {
        var view = Liveability.Build(demo.Store, AreaCode.Parse("WK036201"));

        Assert.True(view.HasScores);
        var score = view.Scores.Single(t => t.Indicator.Id == "lbm_score");
        Assert.Equal([2014, 2018, 2020, 2022], score.Points.Select(p => p.Year));
        Assert.Equal(4.270599604867483, score.Points[0].Area.Value);
        Assert.Equal(0.054136824888332, view.Scores.Single(t => t.Indicator.Id == "lbm_onv").Points[^1].Area.Value);
        // Amstelveen's bundled wijk figures (KWB 2024) hold no distances, WOZ or tenure: nothing to pair.
        Assert.Empty(view.Pairs);
    }

    [Fact]
    public void Build_UtrechtWijk_HasNoScores()
    {
        var view = Liveability.Build(demo.Store, AreaCode.Parse("WK034401"));
        Assert.False(view.HasScores);
    }

    [Fact]
    public void Build_WithScoreAndDistance_PairsAmenitiesWithTheDistance_AtEachOnesLatestYear()
    {
        // Randwijck's real vrz scores (data/leefbaarometer); the distance is the test's own registration figure.
        var source = new ObservationList(
            [
                O("WK036201", 2020, "lbm_vrz", 0.1881726292809184), O("WK036201", 2022, "lbm_vrz", 0.1890082238243136),
                O("WK036201", 2023, "distance_gp_km", 0.7), O("WK036201", 2023, "lbm_onv", null),
            ],
            [A("WK036201", "Randwijck", 2024)]);

        var view = Liveability.Build(source, AreaCode.Parse("WK036201"));

        var pair = Assert.Single(view.Pairs);
        Assert.Equal("lbm_vrz", pair.Perception.Id);
        Assert.Equal((2022, 0.1890082238243136), (pair.Latest.Year, pair.Latest.Area.Value!.Value));
        var registration = Assert.Single(pair.Registrations);
        Assert.Equal(("distance_gp_km", 2023, 0.7), (registration.Variable.Id, registration.Latest.Year, registration.Latest.Area.Value!.Value));
    }

    [Fact]
    public void PairRules_NameOnlyCatalogueVariables_AndPairNoDimensionWithoutAStoredDomain()
    {
        Assert.All(Liveability.PairRules, r =>
        {
            Assert.True(StoreCatalogue.TryGet(r.Perception, out _), r.Perception);
            Assert.All(r.Registrations, id => Assert.True(StoreCatalogue.TryGet(id, out _), id));
        });
        Assert.Equal(["lbm_vrz", "lbm_won"], Liveability.PairRules.Select(r => r.Perception));
    }
}
