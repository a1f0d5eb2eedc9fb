using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.Mix;

namespace Wijkmix.Monitor.Tests;

public class GeographyTests(DemoStore demo) : IClassFixture<DemoStore>
{
    [Fact]
    public void Of_UtrechtWijken2024_CentroidsInRdNewAndNeighboursShareBoundaries()
    {
        var wijken = demo.Store.AreasWithin(AreaCode.Parse("GM0344"), AreaLevel.District).Select(a => a.Code).ToList();
        var geography = Geography.Of(demo.Store, wijken, 2024)!;
        // Utrecht lies around RD (136 000, 456 000); its wijken within ~8 km of that.
        Assert.All(geography.Centroids, c => Assert.InRange(c.X, 125_000, 147_000));
        Assert.All(geography.Centroids, c => Assert.InRange(c.Y, 448_000, 465_000));
        // Binnenstad (WK034406) borders several wijken; Vleuten-De Meern (WK034410) does not border Overvecht (WK034403).
        int Index(string code) => wijken.FindIndex(w => w.Value == code);
        Assert.True(geography.Adjacent.Count(p => p.A == Index("WK034406") || p.B == Index("WK034406")) >= 4);
        Assert.DoesNotContain(geography.Adjacent, p => (p.A, p.B) == (Index("WK034403"), Index("WK034410")) || (p.A, p.B) == (Index("WK034410"), Index("WK034403")));
    }

    [Fact]
    public void Of_UnitWithoutBoundary_IsNull() =>
        // Amsterdam's buurt codes since its 2022 re-division have figures (KWB 2024) but no bundled boundary.
        Assert.Null(Geography.Of(demo.Store, [AreaCode.Parse("BU0363AA01")], 2024));

    [Fact]
    public void Of_UtrechtBuurten2019_FromTheNationalBuurtMap()
    {
        var buurten = demo.Store.AreasWithin(AreaCode.Parse("GM0344"), AreaLevel.Neighbourhood)
            .Where(b => b.Years.Contains(2019)).Select(b => b.Code).ToList();
        var geography = Geography.Of(demo.Store, buurten, 2019)!;
        Assert.Equal(111, buurten.Count);
        Assert.Equal(111, geography.Centroids.Count);
        Assert.All(geography.Centroids, c => Assert.InRange(c.X, 125_000, 147_000));
    }
}
