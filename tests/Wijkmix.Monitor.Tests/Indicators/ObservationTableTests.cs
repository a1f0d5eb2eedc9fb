using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;
using static Wijkmix.Monitor.Tests.ObservationList;

namespace Wijkmix.Monitor.Tests;

public class ObservationTableTests
{
    private static readonly Indicator EducationLow = IndicatorSet.All.Single(i => i.Id == "education_low_share");
    private static readonly AreaCode Buurt = AreaCode.Parse("BU03440111");

    [Fact]
    public void Resolve_ShareOverSumOfDenominators_ComputedFromCounts()
    {
        var table = new ObservationTable([O("BU03440111", 2019, "education_low", 100), O("BU03440111", 2019, "education_middle", 340), O("BU03440111", 2019, "education_high", 640)]);
        var figure = table.Resolve(EducationLow, Buurt, 2019);
        Assert.Equal(FigureState.Computed, figure.State);
        Assert.Equal(100.0 / 1080.0 * 100.0, figure.Value!.Value, 12);
    }

    [Fact]
    public void Resolve_SuppressedCount_FallsBackToPublishedShare()
    {
        var table = new ObservationTable([O("BU03440111", 2019, "education_low", null), O("BU03440111", 2019, "education_middle", 340),
            O("BU03440111", 2019, "education_high", 640), O("BU03440111", 2019, "education_low_pct", 9.3)]);
        Assert.Equal(new Figure(9.3, FigureState.Published), table.Resolve(EducationLow, Buurt, 2019));
    }

    [Fact]
    public void Resolve_SuppressedCountWithoutShare_IsSuppressedNotZero()
    {
        var table = new ObservationTable([O("BU03440111", 2019, "education_low", null), O("BU03440111", 2019, "education_middle", 340), O("BU03440111", 2019, "education_high", 640)]);
        Assert.Equal(Figure.Suppressed, table.Resolve(EducationLow, Buurt, 2019));
    }

    [Fact]
    public void Resolve_ZeroDenominator_IsUnavailable()
    {
        var table = new ObservationTable([O("BU03440111", 2019, "education_low", 0), O("BU03440111", 2019, "education_middle", 0), O("BU03440111", 2019, "education_high", 0)]);
        Assert.Equal(Figure.Unavailable, table.Resolve(EducationLow, Buurt, 2019));
    }

    [Fact]
    public void Constructor_FirstObservationOfACellWins()
    {
        var table = new ObservationTable([O("BU03440111", 2019, "inhabitants", 1500), O("BU03440111", 2019, "inhabitants", 1498)]);
        Assert.Equal(1500, table.Get(Buurt, 2019, "inhabitants").Value);
    }
}
