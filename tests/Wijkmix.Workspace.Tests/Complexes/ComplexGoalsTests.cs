using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.Complexes;

/// <summary>A goal on the share of vulnerable lettings, filled year by year from a lettings upload.</summary>
public class ComplexGoalsTests
{
    private static readonly PartnerTemplate Lettings = PartnerTemplates.ComplexenVerhuringen;

    /// <summary>(complex, year, lettings, regular, urgent, statushouder, uitstroom, overige).</summary>
    private static readonly (string Unit, int Year, long[] Route)[] Rows =
    [
        ("BU03440311:a", 2023, [40, 16, 12, 6, 3, 3]), ("BU03440311:a", 2024, [50, 20, 15, 11, 2, 2]),
        ("BU03440311:b", 2023, [30, 25, 2, 1, 1, 1]), ("BU03440311:b", 2024, [30, 26, 2, 1, 1, 0]),
        ("BU03440312:c", 2023, [60, 40, 10, 10, 0, 0]), ("BU03440312:c", 2024, [20, 18, 1, 1, 0, 0]),
    ];

    private static ComplexData Data(bool detailed = false)
    {
        var upload = new PartnerUpload { Organisation = "Mitros", Template = Lettings.Id, FileName = "v.csv", UploadedBy = "P" };
        foreach (var (unit, year, route) in Rows)
        {
            string[] columns = ["verhuringen", "regulier", "urgent", "statushouder", "uitstroom", "overige_bemiddeling"];
            upload.Figures.AddRange(columns.Select((c, i) => new PartnerFigure
            {
                Unit = unit, BuurtCode = unit[..10], Measure = PartnerTables.YearMeasure(year.ToString(System.Globalization.CultureInfo.InvariantCulture), c), Value = route[i],
            }));
            upload.Figures.AddRange(new[] { "inkomen_laag", "inkomen_midden", "inkomen_hoog" }.Select((c, i) => new PartnerFigure
            {
                Unit = unit, BuurtCode = unit[..10], Measure = PartnerTables.YearMeasure(year.ToString(System.Globalization.CultureInfo.InvariantCulture), c), Value = i == 0 ? route[0] : 0,
            }));
        }

        PartnerProtection.Protect([upload], SuppressionThreshold.Default);
        return new ComplexData([], [], [new ComplexBody(upload, Lettings, detailed)], new Dictionary<string, PartnerComplex>());
    }

    [Fact]
    public void VulnerableLettings_ForTheWijk_IsTheShareOverAllComplexesPerYear()
    {
        var points = ComplexGoals.VulnerableLettings(Data(), "WK034403", 10);

        // 2023: (24 + 5 + 20) of (40 + 30 + 60) = 49 / 130; 2024: (30 + 4 + 2) of (50 + 30 + 20) = 36 / 100.
        Assert.Equal([(2023, Math.Round(4900.0 / 130, 1)), (2024, 36.0)], points.Select(p => (p.Year, p.Value!.Value)));
        Assert.Equal("partnerdata per complex, 49 van 130 verhuringen", points[0].Source);
    }

    [Fact]
    public void VulnerableLettings_ForOneComplex_ComesFromItsPublishedFiguresOnly()
    {
        var published = ComplexGoals.VulnerableLettings(Data(), "BU03440311:a", 10);
        var detailed = ComplexGoals.VulnerableLettings(Data(detailed: true), "BU03440311:a", 10);

        Assert.Equal([(2023, 60.0), (2024, 60.0)], detailed.Select(p => (p.Year, p.Value!.Value)));
        Assert.All(published, p => Assert.Contains(p.Year, new[] { 2023, 2024 }));
        Assert.True(published.Count <= 2);
        Assert.All(published, p => Assert.Equal(60.0, p.Value));
    }

    [Fact]
    public void VulnerableLettings_AnAggregateBelowTheThreshold_IsNotGiven()
    {
        // Buurt BU03440312 alone in 2024: 2 vulnerable lettings of 20, below the threshold of 10.
        var points = ComplexGoals.VulnerableLettings(Data(), "BU03440312", 10);

        Assert.Equal([2023], points.Select(p => p.Year));
        Assert.Equal(Math.Round(2000.0 / 60, 1), points[0].Value);
    }
}
