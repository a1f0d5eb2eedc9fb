using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Tests.Areas;

public class AreaCodeTests
{
    [Theory]
    [InlineData("GM0363", AreaLevel.Municipality)]
    [InlineData("GM0363    ", AreaLevel.Municipality)]
    [InlineData("wk036300", AreaLevel.District)]
    [InlineData("BU03630000", AreaLevel.Neighbourhood)]
    [InlineData("WK0363AA", AreaLevel.District)]
    [InlineData("BU0363AA01", AreaLevel.Neighbourhood)]
    [InlineData("NL00", AreaLevel.Country)]
    [InlineData("BU03630000:complex-12", AreaLevel.Unit)]
    public void TryParse_CbsCodes_GivesLevel(string text, AreaLevel level)
    {
        Assert.True(AreaCode.TryParse(text, out var code));
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM363")]
    [InlineData("GM03630")]
    [InlineData("XX0363")]
    [InlineData("WK03630")]
    [InlineData("BU0363000")]
    [InlineData("GMABCD")]
    [InlineData("WK0363a-")]
    [InlineData("GM0363:complex")]
    [InlineData("BU03630000:")]
    [InlineData("Amsterdam")]
    public void TryParse_NotACode_Fails(string text) => Assert.False(AreaCode.TryParse(text, out _));

    [Fact]
    public void Parent_WalksUpTheHierarchy()
    {
        var unit = AreaCode.Parse("BU03630000:blok-7");
        Assert.Equal("BU03630000", unit.Parent!.Value.Value);
        Assert.Equal("WK036300", unit.Parent!.Value.Parent!.Value.Value);
        Assert.Equal("GM0363", unit.Parent!.Value.Parent!.Value.Parent!.Value.Value);
        Assert.Equal(AreaCode.Country, AreaCode.Parse("GM0363").Parent);
        Assert.Null(AreaCode.Country.Parent);
    }

    [Fact]
    public void Parent_OfAmsterdamsAlphanumericCodes_KeepsLetters()
    {
        Assert.Equal("WK0363AA", AreaCode.Parse("BU0363AA01").Parent!.Value.Value);
        Assert.Equal("GM0363", AreaCode.Parse("WK0363AA").Municipality!.Value.Value);
    }

    [Fact]
    public void Contains_IsTrueForDescendantsOnly()
    {
        var city = AreaCode.Parse("GM0344");
        Assert.True(city.Contains(AreaCode.Parse("BU03440111")));
        Assert.True(city.Contains(city));
        Assert.False(city.Contains(AreaCode.Parse("BU03630000")));
        Assert.False(AreaCode.Parse("BU03440111").Contains(city));
    }
}
