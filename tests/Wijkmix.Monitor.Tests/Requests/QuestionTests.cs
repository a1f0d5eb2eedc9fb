using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;

namespace Wijkmix.Monitor.Tests.Requests;

/// <summary>The map, profile, wijkkompas and area checks on the bundled data.</summary>
public sealed class QuestionTests(DemoStore demo) : DutchDemo(demo), IClassFixture<DemoStore>
{
    [Theory]
    [InlineData(null)]
    [InlineData("NOPE")]
    [InlineData("BU99999999")]
    public void AreaFind_Unknown_IsAreaNotFoundNamingTheCode(string? code)
    {
        var answer = AreaQuestion.Find(Views.Data, code);

        Assert.Equal(ProblemKind.AreaNotFound, answer.Problem?.Kind);
        Assert.Equal($"Gebied \"{code}\" staat niet in de opslag. Zoek de gemeente op de startpagina.", answer.Problem?.Message);
    }

    [Fact]
    public void AreaMunicipality_AWijk_IsNotFound()
    {
        Assert.Equal(ProblemKind.AreaNotFound, AreaQuestion.Municipality(Views.Data, "WK034403").Problem?.Kind);
        Assert.Equal(Utrecht, AreaQuestion.Municipality(Views.Data, "GM0344").Value);
    }

    [Fact]
    public void Profile_YearWithoutFigures_ListsTheYearsWithFigures()
    {
        var answer = ProfileQuestion.Answer(Views, "GM0344", 1990);

        Assert.Equal(ProblemKind.NoFiguresForYear, answer.Problem?.Kind);
        Assert.Equal("Geen cijfers voor Utrecht in 1990. Jaren met cijfers: 2012, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025.", answer.Problem?.Message);
    }

    [Fact]
    public void Profile_NoYear_IsTheLatest()
    {
        Assert.Equal(2025, ProfileQuestion.Answer(Views, "GM0344", null).Value?.Profile.Year);
    }

    [Fact]
    public void Map_WijkenWithoutAGemeente_IsAreaNotFound()
    {
        var answer = MapQuestion.Answer(Views, null, "wijk", null, null);

        Assert.Equal(ProblemKind.AreaNotFound, answer.Problem?.Kind);
        Assert.Equal("municipality", answer.Problem?.Field);
    }

    [Fact]
    public void Map_UnknownIndicator_FallsBackToTheFirst()
    {
        var answer = MapQuestion.Answer(Views, "GM0344", "wijk", "nonsense", null);

        Assert.Equal(IndicatorSet.All[0], answer.Value?.Indicator);
        Assert.Equal(AreaLevel.District, answer.Value?.Level);
    }

    [Theory]
    [InlineData("inhabitants,nonsense", ChoicePolicy.Lenient, "inhabitants")]
    [InlineData("nonsense", ChoicePolicy.Lenient, null)]
    [InlineData(null, ChoicePolicy.Strict, null)]
    [InlineData("households, inhabitants", ChoicePolicy.Strict, "households,inhabitants")]
    public void CompassIndicators_KnownIdsOrTheDefaults(string? ids, ChoicePolicy policy, string? expected)
    {
        var answer = CompassQuestion.Indicators(ids, policy);

        Assert.Equal(expected ?? string.Join(',', IndicatorSet.CompassDefaults), string.Join(',', answer.Value!.Select(i => i.Id)));
    }

    [Fact]
    public void CompassIndicators_Strict_RefusesTheFirstUnknownId()
    {
        var answer = CompassQuestion.Indicators("inhabitants,nonsense,other", ChoicePolicy.Strict);

        Assert.Equal(ProblemKind.UnknownIndicator, answer.Problem?.Kind);
        Assert.Equal("nonsense", answer.Problem?.Arguments[0]);
        Assert.StartsWith("Onbekende indicator \"nonsense\". Beschikbaar: ", answer.Problem?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compass_AWijk_IsAreaNotFound()
    {
        var answer = CompassQuestion.Answer(Views, "WK034403", "buurt", CompassQuestion.Defaults);

        Assert.Equal(ProblemKind.AreaNotFound, answer.Problem?.Kind);
    }

    [Fact]
    public void Compass_AGemeente_ComparesItsWijkenByDefault()
    {
        var answer = CompassQuestion.Answer(Views, "GM0344", null, CompassQuestion.Defaults);

        Assert.Equal(AreaLevel.District, answer.Value?.Level);
    }
}
