using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>
/// What an attacker can learn from a published table: for each suppressed cell (totals included) the interval
/// of values consistent with every row, column and grand total equation, the shown values and non-negativity
/// (the LP relaxation), solved exactly by <see cref="ExactLinearProgram"/>. Max is null when unbounded.
/// </summary>
internal static class SuppressionAudit
{
    public static List<(int Row, int Column, Fraction Min, Fraction? Max)> Intervals(SuppressedTable table)
    {
        int rows = table.RowCount, columns = table.ColumnCount;
        SuppressedCell At(int r, int c) => (r == rows, c == columns) switch
        {
            (false, false) => table.Cell(r, c),
            (false, true) => table.RowTotal(r),
            (true, false) => table.ColumnTotal(c),
            _ => table.GrandTotal,
        };

        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (At(r, c).IsSuppressed)
                {
                    unknowns.Add((r, c));
                }
            }
        }

        // Every line says: its cells add up to its total (the last cell of the line).
        var lines = Enumerable.Range(0, rows + 1).Select(r => Enumerable.Range(0, columns + 1).Select(c => (r, c)).ToList())
            .Concat(Enumerable.Range(0, columns + 1).Select(c => Enumerable.Range(0, rows + 1).Select(r => (r, c)).ToList()));
        var a = new List<Fraction[]>();
        var b = new List<Fraction>();
        foreach (var line in lines)
        {
            var coefficients = Enumerable.Repeat((Fraction)0, unknowns.Count).ToArray();
            Fraction constant = 0;
            for (var k = 0; k < line.Count; k++)
            {
                var sign = k == line.Count - 1 ? -1 : 1;
                var cell = At(line[k].r, line[k].c);
                if (cell.IsSuppressed)
                {
                    coefficients[unknowns.IndexOf(line[k])] = sign;
                }
                else
                {
                    constant -= sign * cell.Value!.Value;
                }
            }

            a.Add(coefficients);
            b.Add(constant);
        }

        var result = new List<(int, int, Fraction, Fraction?)>();
        for (var k = 0; k < unknowns.Count; k++)
        {
            var objective = Enumerable.Range(0, unknowns.Count).Select(j => (Fraction)(j == k ? 1 : 0)).ToArray();
            var min = ExactLinearProgram.Minimise([.. a], [.. b], objective);
            var max = ExactLinearProgram.Minimise([.. a], [.. b], [.. objective.Select(v => -v)]);
            Assert.Equal(ExactLinearProgram.Outcome.Optimal, min.Outcome);
            result.Add((unknowns[k].Row, unknowns[k].Column, min.Value,
                max.Outcome == ExactLinearProgram.Outcome.Unbounded ? null : -max.Value));
        }

        return result;
    }
}
