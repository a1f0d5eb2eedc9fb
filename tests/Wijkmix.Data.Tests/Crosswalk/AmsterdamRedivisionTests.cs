using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Data.Tests.Crosswalk;

/// <summary>
/// The bundled store plus Amsterdam's own buurt boundaries before (2019) and after (2022) its re-division
/// (see Crosswalk/data/README.md), with the buurt crosswalk 2019 → 2022 run for GM0363.
/// </summary>
public sealed class AmsterdamRedivisionStore() : CrosswalkedStore(AreaLevel.Neighbourhood, 2019, 2022, ["GM0363"],
    "amsterdam_buurt_2019_cbscode.geojson.gz", "amsterdam_buurt_2022_cbscode.geojson.gz");

public class AmsterdamRedivisionTests(AmsterdamRedivisionStore amsterdam) : IClassFixture<AmsterdamRedivisionStore>
{
    private static readonly AreaCode Amsterdam = AreaCode.Parse("GM0363");

    private List<Observation> Estimated(AreaLevel level, int year, string variable) =>
        amsterdam.Store.Get(amsterdam.Store.AreasWithin(Amsterdam, level).Select(a => a.Code).ToArray(), [variable])
            .Where(o => o.Year == year && o.Estimate is not null).ToList();

    [Fact]
    public void Wijken2022_EstimatedFor2019_SumToThePublishedGemeenteTotal()
    {
        var wijken = Estimated(AreaLevel.District, 2019, "inhabitants");
        Assert.All(wijken, o => Assert.Equal("area-weighted:buurt-2019:wijk-2022", o.Estimate));
        Assert.All(wijken, o => Assert.Matches("^WK0363[A-Z]", o.Area.Value)); // the new alphanumeric codes only

        // IJburg (WK0363MK) is not estimated: 22 % of it is land the 2019 buurten did not cover. What the 2019 buurten
        // carry into it is withheld, not lost: estimated plus withheld is the 2019 buurt total.
        Assert.DoesNotContain(wijken, o => o.Area.Value == "WK0363MK");
        var table = amsterdam.Summary.Levels[1].Table;
        Assert.Equal(0.78, table.Coverage[AreaCode.Parse("WK0363MK")], 2);
        var buurten = amsterdam.Store.Get(table.ByTo[AreaCode.Parse("WK0363MK")].Select(l => l.From).ToArray(), ["inhabitants"])
            .Where(o => o.Year == 2019).ToDictionary(o => o.Area, o => o.Value!.Value);
        var withheld = table.ByTo[AreaCode.Parse("WK0363MK")].Sum(l => l.Weight * buurten[l.From]);
        Assert.Equal(861_750, wijken.Sum(o => o.Value!.Value) + withheld, 6); // the sum of the 479 published 2019 buurt counts

        // CBS: Amsterdam had 862,965 inhabitants on 1 January 2019. Buurt counts are rounded to 5 and a few
        // inhabitants have no buurt, so the buurten sum to 1,215 (0.14 %) less.
        Assert.InRange(wijken.Sum(o => o.Value!.Value) + withheld, 862_965 * 0.998, 862_965);
    }

    [Fact]
    public void Buurten2022_EstimatedFor2019_KeepTheBuurtTotal()
    {
        var level = amsterdam.Summary.Levels[0];
        var published = amsterdam.Store.Get(level.Table.ByFrom.Select(g => g.Key).ToArray(), ["inhabitants"])
            .Where(o => o.Year == 2019 && o.Estimate is null).ToDictionary(o => o.Area, o => o.Value!.Value);
        var estimated = Estimated(AreaLevel.Neighbourhood, 2019, "inhabitants");
        var done = estimated.Select(o => o.Area).ToHashSet();
        // Weesp's 2019 buurten (no figures in the store) carry nothing.
        var withheld = level.Table.Links.Where(l => !done.Contains(l.To)).Sum(l => l.Weight * published.GetValueOrDefault(l.From));

        // Nothing is lost or counted twice: estimated plus withheld (the partly covered buurten) is the published total.
        Assert.Equal(published.Values.Sum(), estimated.Sum(o => o.Value!.Value) + withheld, 6);
        Assert.Equal(861_750, published.Values.Sum());
    }

    [Fact]
    public void WijkOfTheNewDivision_HasATimeSeries_EstimatedBefore2022_PublishedAfter()
    {
        var wijk = amsterdam.Store.AreasWithin(Amsterdam, AreaLevel.District)
            .First(a => a.Code.Value.StartsWith("WK0363A", StringComparison.Ordinal) && a.Years.Contains(2024));
        var profile = Profiles.Build(amsterdam.Store, wijk.Code, 2024)!;
        Assert.Equal([2019, 2021, 2024], profile.AvailableYears);

        var series = profile.AvailableYears.ToDictionary(y => y, y => Profiles.Build(amsterdam.Store, wijk.Code, y)!.Rows.Single(r => r.Indicator.Id == "inhabitants").Value);
        Assert.Equal(FigureState.Estimated, series[2019].State);
        Assert.Equal(FigureState.Estimated, series[2021].State);
        Assert.Equal(FigureState.Published, series[2024].State);
    }

    [Fact]
    public void Compass_ShowsEachWijkOnceUnderItsNewCode()
    {
        var inhabitants = IndicatorSet.All.Where(i => i.Id == "inhabitants").ToList();
        var compass = Wijkkompas.Compare(amsterdam.Store, Amsterdam, AreaLevel.District, inhabitants)!;

        Assert.All(compass.Rows, r => Assert.Matches("^WK0363[A-Z]", r.Area.Code.Value));
        Assert.Contains(compass.Rows, r => r.Year == 2019 && r.Value.State == FigureState.Estimated);
        Assert.Equal(compass.Rows.Count, compass.Rows.DistinctBy(r => (r.Area.Code, r.Year)).Count());
    }

    [Fact]
    public void Summary_CountsSplitsAndMerges()
    {
        var buurten = amsterdam.Summary.Levels[0];
        var wijken = amsterdam.Summary.Levels[1];
        // Amsterdam's own 479 buurten of 2019, and the 19 of Weesp (GM0457), which joined Amsterdam in 2022, from the
        // bundled national buurt map of 2019; Weesp has no 2019 buurt figures, so its part of Amsterdam is not estimated.
        var from = buurten.Table.Links.Where(l => buurten.Scope.Contains(l.To)).Select(l => l.From.Value).Distinct().ToList();
        Assert.Equal(498, buurten.FromAreas);
        Assert.Equal(479, from.Count(c => c.StartsWith("BU0363", StringComparison.Ordinal)));
        Assert.All(from.Where(c => !c.StartsWith("BU0363", StringComparison.Ordinal)), c => Assert.StartsWith("BU0457", c, StringComparison.Ordinal));
        Assert.Equal(37, buurten.Table.ByFrom.Count(g => g.Key.Value.StartsWith("BU0363", StringComparison.Ordinal) && g.Count() > 1));
        // BU0363BB08, MK02 and MK03: new land and the IJburg extension; SB06, SD06 and SE02 in Weesp, whose
        // generalised 2019 boundaries leave out water the 2022 buurten include.
        Assert.Equal(6, buurten.Set.PartlyCovered);
        Assert.Equal(105, wijken.Estimated);
        Assert.Equal(0, wijken.Joined); // every wijk got a new code in 2022
        Assert.Empty(amsterdam.Summary.Uncovered);
    }
}
