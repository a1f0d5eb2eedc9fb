namespace Wijkmix.Segregation.Tests;

/// <summary>
/// Change of M between two tables of the same units and groups (rows and columns aligned), from the
/// definitions: a value v(S) for each set S of factors taken from the after year, computed as M of
/// a table with one year's structure fitted to the chosen margins, and credit shared by walking
/// through orders in which the factors switch to the after year.
/// </summary>
internal static partial class Naive
{
    public const int Structure = 0;
    public const int UnitSizes = 1;
    public const int GroupShares = 2;

    /// <summary>
    /// Elbers (2021): the Owen value with the margins (unit sizes, group shares) as one coalition —
    /// the average over the four orders in which unit sizes and group shares switch next to each
    /// other. Returns (group shares, unit sizes, structure).
    /// </summary>
    public static (double Groups, double Units, double Structural) ElbersChange(double[,] before, double[,] after) =>
        OrderAverage(before, after, order => Math.Abs(Array.IndexOf(order, UnitSizes) - Array.IndexOf(order, GroupShares)) == 1);

    /// <summary>The plain Shapley value: the average over all six orders.</summary>
    public static (double Groups, double Units, double Structural) FlatChange(double[,] before, double[,] after) =>
        OrderAverage(before, after, _ => true);

    private static (double Groups, double Units, double Structural) OrderAverage(double[,] before, double[,] after, Func<int[], bool> allowed)
    {
        var orders = Permutations([Structure, UnitSizes, GroupShares]).Where(allowed).ToList();
        var credit = new double[3];
        foreach (var order in orders)
        {
            var fromAfter = new bool[3];
            var previous = Value(before, after, fromAfter);
            foreach (var factor in order)
            {
                fromAfter[factor] = true;
                var next = Value(before, after, fromAfter);
                credit[factor] += (next - previous) / orders.Count;
                previous = next;
            }
        }

        return (credit[GroupShares], credit[UnitSizes], credit[Structure]);
    }

    private static double Value(double[,] before, double[,] after, bool[] fromAfter)
    {
        var seed = fromAfter[Structure] ? after : before;
        var rows = RowSums(fromAfter[UnitSizes] ? after : before);
        var cols = ColumnSums(fromAfter[GroupShares] ? after : before);
        return MutualInformation(Ipf(seed, rows, cols));
    }

    /// <summary>
    /// Deming–Stephan fitting, columns first then rows (the library fits rows first), to the shares of
    /// the target margins, until every margin is within 1e-14 of its target.
    /// </summary>
    public static double[,] Ipf(double[,] seed, double[] rowTarget, double[] colTarget)
    {
        int n = seed.GetLength(0), k = seed.GetLength(1);
        double rowSum = rowTarget.Sum(), colSum = colTarget.Sum();
        var fit = (double[,])seed.Clone();
        for (var iteration = 0; iteration < 1_000_000; iteration++)
        {
            var cols = ColumnSums(fit);
            for (var g = 0; g < k; g++)
            {
                for (var i = 0; i < n; i++)
                {
                    fit[i, g] *= colTarget[g] / colSum / cols[g];
                }
            }

            var rows = RowSums(fit);
            for (var i = 0; i < n; i++)
            {
                for (var g = 0; g < k; g++)
                {
                    fit[i, g] *= rowTarget[i] / rowSum / rows[i];
                }
            }

            var worst = ColumnSums(fit).Select((c, g) => Math.Abs(c - (colTarget[g] / colSum))).Max();
            if (worst < 1e-14)
            {
                return fit;
            }
        }

        throw new InvalidOperationException("fitting did not reach 1e-14");
    }

    /// <summary>Rows of equal length as a matrix.</summary>
    public static double[,] Matrix(double[][] rows)
    {
        var result = new double[rows.Length, rows[0].Length];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < rows[i].Length; j++)
            {
                result[i, j] = rows[i][j];
            }
        }

        return result;
    }

    private static double[] RowSums(double[,] c) =>
        [.. Enumerable.Range(0, c.GetLength(0)).Select(i => Enumerable.Range(0, c.GetLength(1)).Sum(g => c[i, g]))];

    private static double[] ColumnSums(double[,] c) =>
        [.. Enumerable.Range(0, c.GetLength(1)).Select(g => Enumerable.Range(0, c.GetLength(0)).Sum(i => c[i, g]))];

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1
            ? [items]
            : items.SelectMany(first => Permutations([.. items.Where(x => x != first)]).Select(rest => (int[])[first, .. rest]));
}
