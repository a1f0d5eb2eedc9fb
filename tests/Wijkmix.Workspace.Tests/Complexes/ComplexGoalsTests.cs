using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.Complexes;

/// <summary>A goal on the share of vulnerable lettings, filled year by year from a lettings upload.</summary>
public class ComplexGoalsTests
{
    private static readonly PartnerTemplate Lettings = PartnerTemplates.ComplexenVerhuringen;

    /// <summary>(complex, year, lettings, regular, urgent, statushouder, uitstroom, overige): every count at least 10, so all are published.</summary>
    private static readonly (string Unit, int Year, long[] Route)[] Large =
    [
        ("BU03440311:a", 2023, [60, 20, 10, 10, 10, 10]), ("BU03440311:a", 2024, [70, 30, 10, 10, 10, 10]),
        ("BU03440311:b", 2023, [50, 10, 10, 10, 10, 10]), ("BU03440311:b", 2024, [50, 10, 10, 10, 10, 10]),
        ("BU03440312:c", 2023, [80, 40, 10, 10, 10, 10]), ("BU03440312:c", 2024, [90, 50, 10, 10, 10, 10]),
    ];

    /// <summary>A small complex in 2024 only: its counts are suppressed.</summary>
    private static readonly (string Unit, int Year, long[] Route)[] Small = [("BU03440312:d", 2024, [5, 3, 1, 1, 0, 0])];

    private static ComplexData Data(bool detailed = false, bool withSmall = false)
    {
        var upload = new PartnerUpload { Organisation = "Mitros", Template = Lettings.Id, FileName = "v.csv", UploadedBy = "P" };
        foreach (var (unit, year, route) in withSmall ? Large.Concat(Small) : Large)
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

        // 2023: (40 + 40 + 40) of (60 + 50 + 80) = 120 / 190; 2024: (40 + 40 + 40) of (70 + 50 + 90) = 120 / 210.
        Assert.Equal([(2023, Math.Round(12000.0 / 190, 1)), (2024, Math.Round(12000.0 / 210, 1))], points.Select(p => (p.Year, p.Value!.Value)));
        Assert.Equal("partnerdata per complex, 120 van 190 verhuringen", points[0].Source);
    }

    [Fact]
    public void VulnerableLettings_AYearWithAHiddenComplexInTheArea_IsLeftOut()
    {
        // The small complex d (2024) is suppressed: a 2024 sum over the wijk minus the published complexes would give it away.
        var points = ComplexGoals.VulnerableLettings(Data(withSmall: true), "WK034403", 10);

        Assert.Equal([2023], points.Select(p => p.Year));
        Assert.Equal(ComplexGoals.VulnerableLettings(Data(), "WK034403", 10)[0], points[0]); // d has no 2023 row: absent, not hidden
    }

    [Fact]
    public void VulnerableLettings_ForOneComplex_IsItsOwnShare()
    {
        var points = ComplexGoals.VulnerableLettings(Data(), "BU03440311:b", 10);

        Assert.Equal([(2023, 80.0), (2024, 80.0)], points.Select(p => (p.Year, p.Value!.Value)));
        Assert.Empty(ComplexGoals.VulnerableLettings(Data(withSmall: true), "BU03440312:d", 10));
    }
}
