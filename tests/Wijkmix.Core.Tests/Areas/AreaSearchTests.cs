using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Tests.Areas;

public class AreaSearchTests
{
    private static readonly Area[] Areas =
    [
        new(AreaCode.Parse("GM0637"), "Zoetermeer", "Zoetermeer", [2024]),
        new(AreaCode.Parse("WK063701"), "Meerzicht", "Zoetermeer", [2024]),
        new(AreaCode.Parse("WK051204"), "Haarwijk", "Gorinchem", [2024]),
        new(AreaCode.Parse("WK036376"), "Slotermeer-Noordoost", "Amsterdam", [2019, 2021]),
        new(AreaCode.Parse("BU03637700"), "Slotermeer Zuid", "Amsterdam", [2019]),
        new(AreaCode.Parse("GM1900"), "Súdwest-Fryslân", "Súdwest-Fryslân", [2024]),
        new(AreaCode.Parse("BU05180170"), null, null, [2021]),
        new(AreaCode.Parse("GM0518"), "'s-Gravenhage", "'s-Gravenhage", [2021]),
    ];

    [Theory]
    [InlineData("Meerzicht", "WK063701")]
    [InlineData("haarwijk", "WK051204")]
    [InlineData("HAARWIJK", "WK051204")]
    [InlineData("haarwik", "WK051204")]
    [InlineData("meerzicth", "WK063701")]
    [InlineData("sudwest fryslan", "GM1900")]
    [InlineData("wk036376", "WK036376")]
    [InlineData("BU05180170", "BU05180170")]
    [InlineData("Den Haag", "GM0518")]
    [InlineData("s-Gravenhage", "GM0518")]
    public void Find_BestMatchFirst(string query, string expected) =>
        Assert.Equal(expected, AreaSearch.Find(Areas, query)[0].Area.Code.Value);

    [Fact]
    public void Find_PartOfName_ListsEveryArea_HigherLevelFirst()
    {
        var hits = AreaSearch.Find(Areas, "slotermeer").Select(m => m.Area.Code.Value).ToList();
        Assert.Equal(["WK036376", "BU03637700"], hits);
    }

    [Fact]
    public void Find_LevelFilter_KeepsOnlyThatLevel() =>
        Assert.All(AreaSearch.Find(Areas, "meer", AreaLevel.Neighbourhood), m => Assert.Equal(AreaLevel.Neighbourhood, m.Area.Level));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyzzyplugh")]
    public void Find_NothingSimilar_ReturnsNothing(string query) => Assert.Empty(AreaSearch.Find(Areas, query));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("haarwijk", "haarwjik", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_MatchesHandComputedEditDistance(string a, string b, int expected) =>
        Assert.Equal(expected, AreaSearch.Distance(a, b));
}
