using Wijkmix.Segregation;
using Seg = Wijkmix.Segregation.Segregation;

namespace Wijkmix.Monitor.Mix;

/// <summary>
/// The whole aspatial index suite (<see cref="Seg.Suite"/>) of a table given in long form, one row
/// per (unit, group, count), as a reader of a long file collects it: names interned to indices in
/// order of first appearance. Repeated (unit, group) rows add up.
/// </summary>
/// <param name="Units">How many units the table has.</param>
/// <param name="Groups">The groups, in order of first appearance.</param>
/// <param name="GroupTotals">Each group's total count, in the order of <paramref name="Groups"/>.</param>
/// <param name="Total">The table's total count.</param>
public sealed record LongTableSuite(int Units, IReadOnlyList<string> Groups, IReadOnlyList<double> GroupTotals, double Total, IndexSuite Suite)
{
    /// <summary>
    /// Builds the table (<see cref="CountTable.FromLong(IReadOnlyList{string}, IReadOnlyList{string}, ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{double})"/>)
    /// and measures it. Throws <see cref="SegregationInputException"/> naming the unit or group at fault.
    /// </summary>
    public static LongTableSuite Compute(
        IReadOnlyList<string> units,
        IReadOnlyList<string> groups,
        ReadOnlySpan<int> unitOfRow,
        ReadOnlySpan<int> groupOfRow,
        ReadOnlySpan<double> countOfRow)
    {
        var table = CountTable.FromLong(units, groups, unitOfRow, groupOfRow, countOfRow);
        var totals = new double[table.GroupCount];
        for (var g = 0; g < totals.Length; g++)
        {
            totals[g] = table.GroupTotal(g);
        }

        return new LongTableSuite(table.UnitCount, table.Groups, totals, table.Total, Seg.Suite(table));
    }
}
