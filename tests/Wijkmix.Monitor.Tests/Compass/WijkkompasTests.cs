using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Indicators;
using static Wijkmix.Monitor.Tests.ObservationList;

namespace Wijkmix.Monitor.Tests;

public class WijkkompasTests
{
    private static readonly Indicator LowIncome = Get("households_low_income_pct");
    private static readonly Indicator Elderly = Get("age_65_plus_share");
    private static readonly Indicator Income = Get("income_per_inhabitant");

    private static Indicator Get(string id) => IndicatorSet.TryGet(id, out var i) ? i : throw new InvalidOperationException(id);

    private static ObservationList City(params Wijkmix.Core.Observations.Observation[] extra) => new(
        new[]
        {
            O("GM9999", 2022, "households_low_income_pct", 10), O("GM9999", 2023, "households_low_income_pct", 10),
            O("GM9999", 2022, "inhabitants", 10_000), O("GM9999", 2023, "inhabitants", 10_000),
            O("WK999901", 2022, "inhabitants", 1_000), O("WK999901", 2023, "inhabitants", 1_000),
            O("WK999902", 2022, "inhabitants", 150), O("WK999902", 2023, "inhabitants", 150),
        }.Concat(extra),
        [A("GM9999", "Teststad", 2022, 2023), A("WK999901", "Oost", 2022, 2023), A("WK999902", "Haven", 2022, 2023)]);

    private static CompassRow Row(CompassResult result, string area, int year, Indicator indicator) =>
        result.Rows.Single(r => r.Area.Code.Value == area && r.Year == year && r.Indicator == indicator);

    [Fact]
    public void Compare_GapAtThreshold_FlagsFallingBehind_BelowDoesNot()
    {
        var source = City(O("WK999901", 2022, "households_low_income_pct", 14.9), O("WK999901", 2023, "households_low_income_pct", 15));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;

        Assert.Equal(4.9, Row(result, "WK999901", 2022, LowIncome).Gap!.Value, 9);
        Assert.False(Row(result, "WK999901", 2022, LowIncome).Flags.HasFlag(CompassSignals.FallingBehind));
        Assert.True(Row(result, "WK999901", 2023, LowIncome).Flags.HasFlag(CompassSignals.FallingBehind));
        Assert.Equal(0.1, Row(result, "WK999901", 2023, LowIncome).GapChange!.Value, 9);
        Assert.False(Row(result, "WK999901", 2023, LowIncome).Flags.HasFlag(CompassSignals.GapWidening));
    }

    [Fact]
    public void Compare_Count_HasNoGapAgainstTheCityTotal()
    {
        // 1,000 inhabitants against the city's 10,000 is a size, not a gap of −9,000; a share still has its gap.
        var source = City(O("WK999901", 2022, "households_low_income_pct", 12));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [Get("inhabitants"), LowIncome])!;

        var inhabitants = Row(result, "WK999901", 2022, Get("inhabitants"));
        Assert.Equal((1_000.0, 10_000.0), (inhabitants.Value.Value, inhabitants.City.Value));
        Assert.Null(inhabitants.Gap);
        Assert.Equal(CompassSignals.None, inhabitants.Flags);
        Assert.Equal(2.0, Row(result, "WK999901", 2022, LowIncome).Gap!.Value, 9);
    }

    [Fact]
    public void Compare_UnfavourableGapGrowsByAPoint_FlagsWidening()
    {
        var source = City(O("WK999901", 2022, "households_low_income_pct", 11), O("WK999901", 2023, "households_low_income_pct", 12));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        var row = Row(result, "WK999901", 2023, LowIncome);
        Assert.Equal(2022, row.PreviousYear);
        Assert.Equal(1.0, row.GapChange!.Value, 9);
        Assert.Equal(CompassSignals.GapWidening, row.Flags);
    }

    [Fact]
    public void Compare_FavourableGapGrows_IsNoWarning()
    {
        var source = City(O("WK999901", 2022, "households_low_income_pct", 8), O("WK999901", 2023, "households_low_income_pct", 5));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        Assert.Equal(CompassSignals.None, Row(result, "WK999901", 2023, LowIncome).Flags);
    }

    [Fact]
    public void Compare_BetterThanCityAndMovingTowardIt_IsNotWidening()
    {
        var source = City(O("WK999901", 2022, "households_low_income_pct", 0), O("WK999901", 2023, "households_low_income_pct", 2));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        Assert.Equal(2.0, Row(result, "WK999901", 2023, LowIncome).GapChange!.Value, 9);
        Assert.Equal(CompassSignals.None, Row(result, "WK999901", 2023, LowIncome).Flags);
    }

    [Fact]
    public void Compare_CrossingToTheUnfavourableSide_CountsOnlyTheUnfavourablePart()
    {
        var source = City(O("WK999901", 2022, "households_low_income_pct", 9.5), O("WK999901", 2023, "households_low_income_pct", 10.9));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        Assert.Equal(CompassSignals.None, Row(result, "WK999901", 2023, LowIncome).Flags); // −0.5 → +0.9: only 0.9 unfavourable
    }

    [Fact]
    public void Compare_CompositionIndicator_NeverFallsBehind_ButDivergenceIsWidening()
    {
        var source = City(
            O("GM9999", 2022, "age_65_plus", 2_000), O("GM9999", 2023, "age_65_plus", 2_000),
            O("WK999901", 2022, "age_65_plus", 400), O("WK999901", 2023, "age_65_plus", 450));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [Elderly])!;
        var row = Row(result, "WK999901", 2023, Elderly);
        Assert.Equal(45.0 - 20.0, row.Gap!.Value, 9);
        Assert.Equal(FigureState.Computed, row.Value.State);
        Assert.Equal(CompassSignals.GapWidening, row.Flags);
    }

    [Fact]
    public void Compare_RelativeThresholdForEuro_TwentyPercentOfCity()
    {
        var source = City(
            O("GM9999", 2023, "income_per_inhabitant", 30_000), O("WK999901", 2023, "income_per_inhabitant", 24_000),
            O("GM9999", 2022, "income_per_inhabitant", 30_000), O("WK999901", 2022, "income_per_inhabitant", 24_001));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [Income])!;
        Assert.True(Row(result, "WK999901", 2023, Income).Flags.HasFlag(CompassSignals.FallingBehind));
        Assert.False(Row(result, "WK999901", 2022, Income).Flags.HasFlag(CompassSignals.FallingBehind));
    }

    [Fact]
    public void Compare_SmallArea_OnlyTooSmall()
    {
        var source = City(O("WK999902", 2022, "households_low_income_pct", 30), O("WK999902", 2023, "households_low_income_pct", 40));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        Assert.Equal(CompassSignals.TooSmall, Row(result, "WK999902", 2023, LowIncome).Flags);
    }

    [Fact]
    public void Compare_SuppressedCell_HasNoGapAndNoFlag_AndIsNotZero()
    {
        var source = City(O("WK999901", 2022, "households_low_income_pct", 20), O("WK999901", 2023, "households_low_income_pct", null));
        var result = Wijkkompas.Compare(source, AreaCode.Parse("GM9999"), AreaLevel.District, [LowIncome])!;
        var row = Row(result, "WK999901", 2023, LowIncome);
        Assert.Equal(FigureState.Suppressed, row.Value.State);
        Assert.Null(row.Value.Value);
        Assert.Null(row.Gap);
        Assert.Equal(CompassSignals.None, row.Flags);
    }

    [Fact]
    public void Compare_UnknownMunicipality_ReturnsNull() =>
        Assert.Null(Wijkkompas.Compare(City(), AreaCode.Parse("GM0001"), AreaLevel.District, [LowIncome]));
}
