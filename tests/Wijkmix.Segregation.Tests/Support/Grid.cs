using System.Globalization;
using System.Text;

namespace Wijkmix.Segregation.Tests.Support;

/// <summary>A raw table (names and a count matrix) that tests can reshape before building a <see cref="CountTable"/>.</summary>
internal sealed record Grid(string[] Units, string[] Groups, double[,] Counts)
{
    public int UnitCount => Units.Length;

    public int GroupCount => Groups.Length;

    public CountTable ToTable() => CountTable.Create(Units, Groups, Counts);

    public static Grid Of(double[][] rows)
    {
        var counts = new double[rows.Length, rows[0].Length];
        for (var u = 0; u < rows.Length; u++)
        {
            for (var g = 0; g < rows[0].Length; g++)
            {
                counts[u, g] = rows[u][g];
            }
        }

        return new Grid(
            [.. Enumerable.Range(0, rows.Length).Select(u => "u" + u.ToString(CultureInfo.InvariantCulture))],
            [.. Enumerable.Range(0, rows[0].Length).Select(g => ((char)('A' + g)).ToString())],
            counts);
    }

    /// <summary>Units in a new order: row i of the result is row order[i] of this grid.</summary>
    public Grid PermuteUnits(int[] order) =>
        new([.. order.Select(i => Units[i])], Groups, Build(order.Length, GroupCount, (u, g) => Counts[order[u], g]));

    /// <summary>Groups in a new order: column j of the result is column order[j] of this grid.</summary>
    public Grid PermuteGroups(int[] order) =>
        new(Units, [.. order.Select(j => Groups[j])], Build(UnitCount, order.Length, (u, g) => Counts[u, order[g]]));

    public Grid RenameUnits(Func<string, string> rename) => this with { Units = [.. Units.Select(rename)] };

    /// <summary>Every unit twice: u and u′ with the same counts.</summary>
    public Grid DuplicateUnits() =>
        new([.. Units, .. Units.Select(u => u + "′")], Groups, Build(2 * UnitCount, GroupCount, (u, g) => Counts[u % UnitCount, g]));

    public Grid Scale(double factor) => this with { Counts = Build(UnitCount, GroupCount, (u, g) => Counts[u, g] * factor) };

    /// <summary>Unit <paramref name="unit"/> with every count doubled.</summary>
    public Grid DoubleUnit(int unit) =>
        this with { Counts = Build(UnitCount, GroupCount, (u, g) => u == unit ? 2 * Counts[u, g] : Counts[u, g]) };

    /// <summary>An extra unit with the same counts as <paramref name="unit"/>, appended at the end.</summary>
    public Grid RepeatUnit(int unit) =>
        new([.. Units, Units[unit] + "′"], Groups, Build(UnitCount + 1, GroupCount, (u, g) => Counts[u == UnitCount ? unit : u, g]));

    public override string ToString()
    {
        var text = new StringBuilder().Append("units × groups ").AppendJoin(' ', Groups).AppendLine();
        for (var u = 0; u < UnitCount; u++)
        {
            text.Append(Units[u]).Append(':');
            for (var g = 0; g < GroupCount; g++)
            {
                text.Append(' ').Append(Counts[u, g].ToString("R", CultureInfo.InvariantCulture));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static double[,] Build(int units, int groups, Func<int, int, double> cell)
    {
        var counts = new double[units, groups];
        for (var u = 0; u < units; u++)
        {
            for (var g = 0; g < groups; g++)
            {
                counts[u, g] = cell(u, g);
            }
        }

        return counts;
    }
}
