using CsCheck;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

public class SuppressionTests
{
    private static readonly Gen<(long[][] Table, int Threshold)> Tables =
        from rows in Gen.Int[1, 8]
        from columns in Gen.Int[1, 5]
        from threshold in Gen.Int[10, 20]
        from cells in Gen.Select(Gen.Int[0, 60], Gen.Int[0, 60], (x, y) => (long)Math.Min(x, y)).Array[rows * columns]
        select (Enumerable.Range(0, rows).Select(r => cells[(r * columns)..((r + 1) * columns)]).ToArray(), threshold);

    private static IEnumerable<SuppressedCell> AllCells(SuppressedTable t) =>
        Enumerable.Range(0, t.RowCount).SelectMany(r => Enumerable.Range(0, t.ColumnCount).Select(c => t.Cell(r, c)))
            .Concat(Enumerable.Range(0, t.RowCount).Select(t.RowTotal))
            .Concat(Enumerable.Range(0, t.ColumnCount).Select(t.ColumnTotal))
            .Append(t.GrandTotal);

    [Fact]
    public void Apply_RandomTables_ShowNothingSmallAndHideEverySuppressedCell()
    {
        Tables.Sample(sample =>
        {
            var (table, threshold) = sample;
            var result = Suppression.Apply(table, new SuppressionThreshold(threshold));

            Assert.All(AllCells(result).Where(c => !c.IsSuppressed), c => Assert.True(c.Value >= threshold));
            foreach (var (row, column, min, max) in SuppressionAudit.Intervals(result))
            {
                Assert.True(max is null || (max.Value > min && max.Value >= threshold),
                    $"cell ({row},{column}) is confined to [{min}, {max}] with threshold {threshold}");
            }
        }, iter: 400);
    }

    [Fact]
    public void Apply_RandomTables_IsDeterministic()
    {
        Tables.Sample(sample =>
        {
            var copy = sample.Table.Select(r => r.ToArray()).ToArray();
            var threshold = new SuppressionThreshold(sample.Threshold);
            Assert.Equal(AllCells(Suppression.Apply(sample.Table, threshold)), AllCells(Suppression.Apply(copy, threshold)));
        });
    }

    [Fact]
    public void Apply_SmallTable_SuppressesSmallCellsAndTheirComplements()
    {
        long[][] table = [[30, 4, 25], [40, 35, 50], [20, 22, 60]];
        var result = Suppression.Apply(table, SuppressionThreshold.Default);

        Assert.Equal(SuppressionReason.Primary, result.Cell(0, 1).Reason);
        Assert.Null(result.Cell(0, 1).Value);
        // Row 0: the smallest other cell is 25; column 1: the smallest other cell is 22;
        // row 2 then takes 60, not the smaller 20, because column 2 (holding 25) needs a second cell too.
        Assert.Equal(SuppressionReason.Secondary, result.Cell(0, 2).Reason);
        Assert.Equal(SuppressionReason.Secondary, result.Cell(2, 1).Reason);
        Assert.Equal(SuppressionReason.Secondary, result.Cell(2, 2).Reason);
        Assert.Equal(new SuppressedCell(59, SuppressionReason.None), result.RowTotal(0));
        Assert.Equal(new SuppressedCell(286, SuppressionReason.None), result.GrandTotal);
        Assert.Equal(4, result.SuppressedCount);
    }

    [Fact]
    public void Apply_ZerosAreSuppressedLikeOtherSmallCounts()
    {
        var result = Suppression.Apply([[0, 50], [50, 50]], SuppressionThreshold.Default);
        Assert.Equal(SuppressionReason.Primary, result.Cell(0, 0).Reason);
        Assert.Equal(4, result.SuppressedCount);
    }

    [Fact]
    public void Apply_TwoProtectedBlocksJoinedByOneCell_StillHidesTheJoiningCell()
    {
        // Rows 0–1 × columns 0–1 and rows 2–3 × columns 2–3 are each a closed 2×2 block of small cells;
        // cell (0, 2) is small too. The line rule alone would leave (0, 2) pinned by the totals.
        long[][] table = [[5, 6, 7, 90], [6, 5, 90, 90], [90, 90, 5, 6], [90, 90, 6, 5]];
        var result = Suppression.Apply(table, SuppressionThreshold.Default);

        Assert.All(SuppressionAudit.Intervals(result), i => Assert.True(i.Max is null || (i.Max.Value > i.Min && i.Max.Value >= 10)));
    }

    [Fact]
    public void Apply_List_SuppressesTwoSmallestWhenOneIsSmall()
    {
        var result = Suppression.Apply([40L, 3, 25, 80], SuppressionThreshold.Default);
        Assert.Equal([40L, null, null, 80], result.Cells.Select(c => c.Value));
        Assert.Equal([SuppressionReason.None, SuppressionReason.Primary, SuppressionReason.Secondary, SuppressionReason.None], result.Cells.Select(c => c.Reason));
        Assert.Equal(148, result.Total.Value);
    }

    [Fact]
    public void Threshold_BelowTenThrows_RaisingSuppressesMore()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuppressionThreshold(9));
        Assert.Equal(10, default(SuppressionThreshold).Value);
        long[][] table = [[12, 30, 18], [22, 11, 40], [15, 26, 33], [50, 24, 13]];

        var atTen = Suppression.Apply(table, SuppressionThreshold.Default);
        var atTwentyFive = Suppression.Apply(table, new SuppressionThreshold(25));

        Assert.Equal(0, atTen.SuppressedCount);
        Assert.True(atTwentyFive.SuppressedCount > atTen.SuppressedCount);
        Assert.All(AllCells(atTwentyFive).Where(c => !c.IsSuppressed), c => Assert.True(c.Value >= 25));
    }
}
