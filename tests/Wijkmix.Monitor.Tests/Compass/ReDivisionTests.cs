using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using static Wijkmix.Monitor.Tests.ObservationList;

namespace Wijkmix.Monitor.Tests;

/// <summary>
/// A city re-divided in 2022: old wijk WK999901 (2019, 2021) became WK9999AA (2022 on). The monitor shows one division,
/// prefers a published figure over an estimate and marks estimates with their method.
/// </summary>
public class ReDivisionTests
{
    private const string Method = "area-weighted:wijk-2019:wijk-2022";
    private static readonly Indicator Inhabitants = Get("inhabitants");
    private static readonly Indicator LowIncome = Get("households_low_income_pct");
    private static readonly Indicator Elderly = Get("age_65_plus_share");

    private static Indicator Get(string id) => IndicatorSet.TryGet(id, out var i) ? i : throw new InvalidOperationException(id);

    private static ObservationList City(params Wijkmix.Core.Observations.Observation[] extra) => new(
        new[]
        {
            O("GM9999", 2021, "inhabitants", 10_000), O("GM9999", 2022, "inhabitants", 10_100),
            O("GM9999", 2021, "households_low_income_pct", 10),
            O("WK999901", 2021, "inhabitants", 1_000), O("WK999901", 2021, "households_low_income_pct", 20),
            O("WK9999AA", 2022, "inhabitants", 1_050),
        }.Concat(extra),
        [A("GM9999", "Teststad", 2021, 2022), A("WK999901", "Oost", 2019, 2021), A("WK9999AA", "Oost", 2022)]);

    [Fact]
    public void Compare_IndicatorPublishedInBothDivisions_ShowsOnlyTheNewCodes_WithTheEstimate()
    {
        var source = City(O("WK9999AA", 2021, "inhabitants", 990) with { Estimate = Method });
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [Inhabitants])!;

        Assert.All(result.Rows, r => Assert.Equal("WK9999AA", r.Area.Code.Value));
        var estimate = result.Rows.Single(r => r.Year == 2021).Value;
        Assert.Equal(Figure.Estimated(990, Method), estimate);
        Assert.Equal(new Figure(1_050, FigureState.Published), result.Rows.Single(r => r.Year == 2022).Value);
    }

    [Fact]
    public void Compare_IndicatorOnlyPublishedBeforeTheReDivision_KeepsTheOldCodes()
    {
        var result = Wijkkompas.Compare(City(), AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        Assert.Equal("WK999901", result.Rows.Single().Area.Code.Value);
    }

    [Fact]
    public void Table_PublishedFigureComesFirst_AnEstimateOnlyFillsAGap()
    {
        // The store lists estimates last; the table keeps the first figure it sees.
        var table = new ObservationTable([O("WK9999AA", 2022, "inhabitants", 1_050), O("WK9999AA", 2022, "inhabitants", 1_000) with { Estimate = Method }]);
        Assert.Equal(new Figure(1_050, FigureState.Published), table.Get(AreaCode.Parse("WK9999AA"), 2022, "inhabitants"));
    }

    [Fact]
    public void Ratio_OfEstimatedCounts_IsAnEstimateWithTheMethod()
    {
        var table = new ObservationTable([
            O("WK9999AA", 2021, "inhabitants", 1_000) with { Estimate = Method },
            O("WK9999AA", 2021, "age_65_plus", 150) with { Estimate = Method }]);
        var share = table.Resolve(Elderly, AreaCode.Parse("WK9999AA"), 2021);
        Assert.Equal(Figure.Estimated(15, Method), share);
        Assert.Equal("≈ 15,0 %", FigureFormat.Value(share, Elderly.Unit)!.Replace('.', ','));
        Assert.Equal("estimated", FigureFormat.Status(share));
    }

    [Fact]
    public void NationalSum_LeavesEstimatesOut()
    {
        var source = new ObservationList(
            [O("GM0001", 2021, "inhabitants", 100), O("GM0002", 2021, "inhabitants", 200), O("GM0003", 2021, "inhabitants", 300) with { Estimate = Method }],
            [A("GM0001", "Een", 2021), A("GM0002", "Twee", 2021), A("GM0003", "Samen", 2022)]);
        var profile = Profiles.Build(source, AreaCode.Parse("GM0001"), 2021)!;
        Assert.Equal(300, profile.Rows.Single(r => r.Indicator.Id == "inhabitants").Country.Value);
    }
}
