using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>Suppression across all versions of a partner's body, audited exactly over the versions together.</summary>
public class PartnerBodyTests
{
    private static readonly PartnerTemplate Complexen = PartnerTemplates.CorporatieComplexen;
    private static readonly PartnerTemplate PerBuurt = PartnerTemplates.CijfersPerBuurt;

    internal static PartnerFigure Figure(string unit, string measure, long value) =>
        new() { Unit = unit, BuurtCode = "BU03440301", Measure = measure, Value = value };

    /// <summary>A version as rows of counts per unit; measures named by the template.</summary>
    internal static List<PartnerFigure> Version(IReadOnlyList<string> measures, IEnumerable<(string Unit, long[] Counts)> rows) =>
        [.. rows.SelectMany(row => row.Counts.Select((v, c) => Figure(row.Unit, measures[c], v)))];

    /// <summary>Each version's true value of every key, totals included (0 for a key the version lacks).</summary>
    internal static List<Func<string, string, long>> Truth(IEnumerable<IReadOnlyCollection<PartnerFigure>> versions) =>
        [.. versions.Select(figures => (Func<string, string, long>)((unit, measure) => figures
            .Where(f => (unit == BodyAudit.Total || f.Unit == unit) && (measure == BodyAudit.Total || f.Measure == measure))
            .Sum(f => f.Value)))];

    internal static List<BodyAudit.Hidden> Disclosed(PartnerTemplate template, IReadOnlyList<PartnerTable> published,
        IReadOnlyList<IReadOnlyCollection<PartnerFigure>> versions, int threshold) =>
        [.. BodyAudit.Disclosed(BodyAudit.Intervals(published, Truth(versions), template.Nesting), threshold)];

    private static readonly string[] Measures = ["woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent"];

    // Tables found by searching seeded tables for ones where suppressing each upload on its own gives C02's 4 away.
    private static readonly (string, long[])[] Base =
    [
        ("C01", [59, 54, 56, 44]), ("C02", [44, 23, 64, 4]), ("C03", [68, 27, 39, 28]), ("C04", [48, 39, 68, 13]),
    ];

    private static readonly (string, long[])[] Other =
    [
        ("C01", [60, 54, 49, 30]), ("C02", [34, 20, 69, 4]), ("C03", [30, 25, 43, 22]), ("C04", [41, 23, 63, 63]),
    ];

    [Fact]
    public void Protect_SecondVersionOneComplexLess_PerUploadSuppressionGivesTheCellAway_BodyDoesNot()
    {
        List<IReadOnlyCollection<PartnerFigure>> versions = [Version(Measures, Base), Version(Measures, Base.Where(r => r.Item1 != "C02"))];
        var threshold = SuppressionThreshold.Default;

        var perUpload = versions.Select(v => PartnerBody.Protect(Complexen, [v], threshold)[0]).ToList();
        var body = PartnerBody.Protect(Complexen, versions, threshold);

        Assert.Contains(Disclosed(Complexen, perUpload, versions, 10), h => h is { Unit: "C02", Measure: "verhuringen_urgent", Value: 4 });
        Assert.Empty(Disclosed(Complexen, body, versions, 10));
        Assert.All(body, t => Assert.Equal(["C01", "C02", "C03", "C04"], t.Units));
    }

    [Fact]
    public void Protect_SecondVersionOneHouseholdMore_PerUploadSuppressionGivesTheCellAway_BodyDoesNot()
    {
        var changed = Other.Select(r => r.Item1 == "C02" ? (r.Item1, new long[] { 34, 20, 69, 5 }) : r).ToList();
        List<IReadOnlyCollection<PartnerFigure>> versions = [Version(Measures, Other), Version(Measures, changed)];
        var threshold = SuppressionThreshold.Default;

        var perUpload = versions.Select(v => PartnerBody.Protect(Complexen, [v], threshold)[0]).ToList();
        var body = PartnerBody.Protect(Complexen, versions, threshold);

        Assert.Contains(Disclosed(Complexen, perUpload, versions, 10), h => h.Unit == "C02");
        Assert.Empty(Disclosed(Complexen, body, versions, 10));
    }

    [Fact]
    public void Protect_NestingKnownToTheAttacker_BoundsNothingBelowTheThreshold()
    {
        // Woningen 9 and sociale 7 are both small; their sum is known from the row total, and sociale ≤ woningen
        // then bounds sociale at half of it unless the suppression leaves more room.
        (string, long[])[] rows = [("C01", [9, 7, 40, 30]), ("C02", [60, 50, 45, 35]), ("C03", [70, 20, 50, 30])];
        List<IReadOnlyCollection<PartnerFigure>> versions = [Version(Measures, rows)];

        var withoutNesting = PartnerBody.Protect(Complexen with { Nesting = [] }, versions, SuppressionThreshold.Default);
        var body = PartnerBody.Protect(Complexen, versions, SuppressionThreshold.Default);

        Assert.NotEmpty(Disclosed(Complexen, withoutNesting, versions, 10));
        Assert.Empty(Disclosed(Complexen, body, versions, 10));
    }

    [Fact]
    public void Protect_KeysHiddenBefore_StayHidden()
    {
        List<IReadOnlyCollection<PartnerFigure>> first = [Version(Measures, Base)];
        var before = PartnerBody.Protect(Complexen, first, SuppressionThreshold.Default);
        var later = PartnerBody.Protect(Complexen, first, new SuppressionThreshold(10), before);
        var raisedThenLowered = PartnerBody.Protect(Complexen, first, SuppressionThreshold.Default,
            PartnerBody.Protect(Complexen, first, new SuppressionThreshold(30)));

        Assert.Equal(before[0].Cells.SuppressedCount, later[0].Cells.SuppressedCount);
        Assert.True(raisedThenLowered[0].Cells.SuppressedCount > before[0].Cells.SuppressedCount);
    }

    [Fact]
    public void Protect_StoredAndReadBack_IsTheSameTable()
    {
        var table = PartnerBody.Protect(Complexen, [Version(Measures, Base)], SuppressionThreshold.Default)[0];
        var back = PartnerTables.Deserialize(PartnerTables.Serialize(table));

        Assert.Equal(table.Units, back.Units);
        Assert.Equal(table.Measures, back.Measures);
        Assert.Equal(PartnerCsv.Write(new PublishedPart(string.Empty, null, table)), PartnerCsv.Write(new PublishedPart(string.Empty, null, back)));
    }

    [Theory]
    [InlineData(true, 50)]
    [InlineData(false, 120)]
    public void Protect_GeneratedHistories_NoHiddenValueIsPinnedOrBoundedBelowTheThreshold(bool nested, int histories)
    {
        var template = nested ? Complexen : PerBuurt;
        var failures = new List<string>();
        for (var seed = 0; seed < histories; seed++)
        {
            var (versions, threshold) = BodyHistories.Generate(seed, nested);
            IReadOnlyList<PartnerTable> published = [];
            for (var step = 1; step <= versions.Count; step++)
            {
                // Protected again on every upload, as the store does, keeping what was hidden before.
                published = PartnerBody.Protect(template, [.. versions.Take(step)], new SuppressionThreshold(threshold), published);
            }

            Assert.All(published.SelectMany(t => Shown(t)), v => Assert.True(v >= threshold));
            failures.AddRange(Disclosed(template, published, versions, threshold).Select(h => $"seed {seed}: {h}"));
        }

        Assert.Empty(failures);
    }

    private static IEnumerable<long> Shown(PartnerTable table) =>
        Enumerable.Range(0, table.Units.Count + 1).SelectMany(r => Enumerable.Range(0, table.Measures.Count + 1)
            .Select(c => table.Cells.At(r, c))).Where(c => !c.IsSuppressed).Select(c => c.Value!.Value);
}
