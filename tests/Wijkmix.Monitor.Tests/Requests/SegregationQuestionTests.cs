using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Requests;

namespace Wijkmix.Monitor.Tests.Requests;

/// <summary>The one segregation check on Utrecht's bundled figures (education per buurt is published for 2019 only).</summary>
public sealed class SegregationQuestionTests(DemoStore demo) : DutchDemo(demo), IClassFixture<DemoStore>
{
    private static readonly Grouping Education = Grouping.Find("education")!;

    [Theory]
    [InlineData("buurt", "buurt", "buurten kunnen niet binnen een buurt worden ontleed: kies een grover niveau.")]
    [InlineData("wijk", "wijk", "wijken kunnen niet binnen een wijk worden ontleed: kies een grover niveau.")]
    [InlineData("wijk", "buurt", "wijken kunnen niet binnen een buurt worden ontleed: kies een grover niveau.")]
    public void Check_WithinNotCoarser_IsRefusedWithTheDutchText(string level, string within, string message)
    {
        var choice = SegregationQuestion.Check(Views, Utrecht, Education, level, within, null, null, null, ChoicePolicy.Lenient);

        Assert.False(choice.IsValid);
        Assert.Equal(ProblemKind.WithinNotCoarser, choice.Problem.Kind);
        Assert.Equal("within", choice.Problem.Field);
        Assert.Equal(message, choice.Problem.Message);
        Assert.Equal([Wording.ParseLevel(level), Wording.ParseLevel(within)], choice.Problem.Arguments);
    }

    [Fact]
    public void Check_WithinNotCoarser_StillOffersTheYearsWithFigures()
    {
        var choice = SegregationQuestion.Check(Views, Utrecht, Education, "buurt", "buurt", null, null, null, ChoicePolicy.Lenient);

        Assert.Equal([2019], choice.Years);
    }

    [Theory]
    [InlineData(1990, null, "year")]
    [InlineData(2019, 1990, "compareYear")]
    public void Check_YearWithoutFigures_ListsTheYearsWithFigures(int year, int? compareYear, string field)
    {
        var choice = SegregationQuestion.Check(Views, Utrecht, Education, "buurt", null, year, compareYear, null, ChoicePolicy.Lenient);

        Assert.False(choice.IsValid);
        Assert.Equal(ProblemKind.NoYearWithFigures, choice.Problem.Kind);
        Assert.Equal(field, choice.Problem.Field);
        Assert.Equal("Geen opleidingsniveau voor de buurten van Utrecht in dit jaar. Jaren met cijfers: 2019.", choice.Problem.Message);
    }

    [Fact]
    public void Check_NothingChosen_TakesBuurtenInWijkenInTheLatestYear()
    {
        var choice = SegregationQuestion.Check(Views, Utrecht, Education, null, null, null, null, null, ChoicePolicy.Lenient);

        Assert.True(choice.IsValid);
        Assert.Equal(new SegregationRequest(Utrecht.Code, Education, AreaLevel.Neighbourhood, AreaLevel.District, 2019, 200), choice.Request);
    }

    [Fact]
    public void Check_Lenient_TurnsGemeenteIntoWijkenAndUnofferedReplicatesIntoTheDefault()
    {
        var choice = SegregationQuestion.Check(Views, Utrecht, Education, "gemeente", null, null, null, 7, ChoicePolicy.Lenient);

        Assert.Equal(AreaLevel.District, choice.Request?.Level);
        Assert.Equal(AreaLevel.Municipality, choice.Request?.ParentLevel);
        Assert.Equal(200, choice.Request?.Replicates);
    }

    [Fact]
    public void Check_Strict_RefusesGemeenteAndKeepsAnyReplicates()
    {
        var refused = SegregationQuestion.Check(Views, Utrecht, Education, "gemeente", null, null, null, 7, ChoicePolicy.Strict);
        var kept = SegregationQuestion.Check(Views, Utrecht, Education, "buurt", null, null, null, 7, ChoicePolicy.Strict, seed: 3);

        Assert.Equal(ProblemKind.WithinNotCoarser, refused.Problem?.Kind);
        Assert.Equal((7, 3), (kept.Request!.Replicates, kept.Request.Seed));
    }

    [Fact]
    public void Grouping_Unknown_IsRefusedWhenStrictAndTheFirstWhenLenient()
    {
        var strict = SegregationQuestion.Grouping("nonsense", ChoicePolicy.Strict);
        var lenient = SegregationQuestion.Grouping("nonsense", ChoicePolicy.Lenient);

        Assert.Equal(ProblemKind.UnknownGrouping, strict.Problem?.Kind);
        Assert.Equal("Onbekende indeling \"nonsense\". Beschikbaar: education, migration, origin, age, household", strict.Problem?.Message);
        Assert.Equal(Grouping.All[0], lenient.Value);
    }

    [Fact]
    public void Answer_NotAMunicipality_IsAreaNotFound()
    {
        var answer = SegregationQuestion.Answer(Views, "WK034403", null, "buurt", null, null, null, 0);

        Assert.Equal(ProblemKind.AreaNotFound, answer.Problem?.Kind);
        Assert.Equal("Gebied \"WK034403\" staat niet in de opslag. Zoek de gemeente op de startpagina.", answer.Problem?.Message);
    }

    [Fact]
    public void Answer_UsableChoices_GiveTheReportOfTheLatestYear()
    {
        var answer = SegregationQuestion.Answer(Views, "GM0344", "education", "wijk", null, null, null, 0);

        Assert.True(answer.IsAnswered);
        Assert.Equal(2019, answer.Value.Report.Request.Year);
    }

    [Fact]
    public void Report_CountsThatDoNotAllowIt_IsAnAnalysisProblemNotAnException()
    {
        var request = new SegregationRequest(Utrecht.Code, Education, AreaLevel.District, AreaLevel.Neighbourhood, 2019);

        var answer = SegregationQuestion.Report(Store, request);

        Assert.Equal(ProblemKind.AnalysisFailed, answer.Problem?.Kind);
        Assert.StartsWith("De segregatie kan niet worden berekend: ", answer.Problem?.Message, StringComparison.Ordinal);
    }
}
