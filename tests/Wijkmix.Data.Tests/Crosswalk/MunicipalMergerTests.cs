using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Tables;

namespace Wijkmix.Data.Tests.Crosswalk;

/// <summary>The bundled store with the gemeente crosswalk 2019 → 2022 run for Dijk en Waard and Land van Cuijk.</summary>
public sealed class MergedMunicipalitiesStore() : CrosswalkedStore(AreaLevel.Municipality, 2019, 2022, ["GM1980", "GM1982"]);

/// <summary>
/// Dijk en Waard (GM1980) was formed on 1 January 2022 from Heerhugowaard (GM0398) and Langedijk (GM0416),
/// codes as in the bundled 2019 gemeente file; inhabitants from CBS KWB 2020–2022 (kwb20XX_clean.csv).
/// </summary>
public class MunicipalMergerTests(MergedMunicipalitiesStore merged) : IClassFixture<MergedMunicipalitiesStore>
{
    private static readonly AreaCode DijkEnWaard = AreaCode.Parse("GM1980");

    [Theory]
    [InlineData(2020, 57_587 + 28_163)] // Heerhugowaard + Langedijk, KWB 2020
    [InlineData(2021, 58_387 + 28_335)] // KWB 2021
    public void Inhabitants_BeforeTheMerger_AreTheSumOfThePredecessors_MarkedEstimated(int year, double expected)
    {
        var profile = Profiles.Build(merged.Store, DijkEnWaard, year)!;
        var inhabitants = profile.Rows.Single(r => r.Indicator.Id == "inhabitants").Value;

        Assert.Equal(FigureState.Estimated, inhabitants.State);
        Assert.Equal(expected, inhabitants.Value!.Value, 6);
        Assert.Equal("area-weighted:gemeente-2019:gemeente-2022", inhabitants.Estimate);
    }

    [Theory]
    [InlineData(2022, 87_695)]
    [InlineData(2023, 88_985)]
    [InlineData(2024, 90_076)]
    [InlineData(2025, 90_747)]
    public void Inhabitants_FromTheMergerOn_AreThePublishedFigures(int year, double expected)
    {
        var inhabitants = Profiles.Build(merged.Store, DijkEnWaard, year)!.Rows.Single(r => r.Indicator.Id == "inhabitants").Value;
        Assert.Equal(new Figure(expected, FigureState.Published), inhabitants);
    }

    [Fact]
    public void Predecessors_AreEachTakenWhole()
    {
        var summary = merged.Summary.Levels.Single();
        Assert.Equal(2, summary.ToAreas);
        Assert.Equal(2, summary.Merged); // Dijk en Waard and Land van Cuijk
        Assert.Equal(0, summary.Joined);
        Assert.Equal(2, summary.Estimated);
    }

    [Fact]
    public void NationalSum_DoesNotCountEstimatesBesideTheirPredecessors()
    {
        // CBS: 17,407,585 inhabitants on 1 January 2020; the estimate for Dijk en Waard must not be added again.
        var profile = Profiles.Build(merged.Store, AreaCode.Parse("GM0344"), 2020)!;
        Assert.Equal(17_407_585, profile.Rows.Single(r => r.Indicator.Id == "inhabitants").Country.Value);
    }

    [Fact]
    public void Exports_MarkEstimatesWithStatusAndMethod()
    {
        var profile = ViewTables.Profile(Profiles.Build(merged.Store, DijkEnWaard, 2021)!);
        var row = profile.Rows.Single(r => (string?)r[2] == "area" && (int?)r[3] == 2021 && (string?)r[4] == "inhabitants");
        Assert.Equal("estimated", row[6]);
        Assert.Equal("area-weighted:gemeente-2019:gemeente-2022", row[7]);

        var area = merged.Store.FindArea(DijkEnWaard)!;
        var stored = ViewTables.Stored(merged.Store, area, AreaLevel.Municipality, ["inhabitants"]);
        var estimate = stored.Rows.Single(r => (int?)r[3] == 2020);
        Assert.Equal(("estimated", "kwb-geschat", "area-weighted:gemeente-2019:gemeente-2022"), ((string?)estimate[6], (string?)estimate[7], (string?)estimate[8]));
        Assert.All(stored.Rows.Where(r => (int?)r[3] >= 2022), r => Assert.Equal(("published", null), ((string?)r[6], (string?)r[8])));
    }
}
