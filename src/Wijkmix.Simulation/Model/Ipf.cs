namespace Wijkmix.Simulation.Model;

/// <summary>
/// Iterative proportional fitting of a table with any number of dimensions to one marginal per
/// dimension (Deming–Stephan). The seed carries the associations between dimensions; the fitted
/// table keeps the seed's odds ratios and matches every marginal.
/// </summary>
internal static class Ipf
{
    /// <summary>Fits <paramref name="cells"/> (row-major over <paramref name="shape"/>) in place; returns the largest remaining relative marginal error.</summary>
    public static double Fit(Span<double> cells, ReadOnlySpan<int> shape, IReadOnlyList<double[]> margins, int maxIterations = 200, double tolerance = 1e-10)
    {
        System.Diagnostics.Debug.Assert(margins.Count == shape.Length, "one margin per dimension");
        var error = double.PositiveInfinity;
        Span<double> sums = stackalloc double[16];
        for (var iteration = 0; iteration < maxIterations && error > tolerance; iteration++)
        {
            error = 0;
            for (var dim = 0; dim < shape.Length; dim++)
            {
                var size = shape[dim];
                var stride = Stride(shape, dim);
                var current = sums[..size];
                current.Clear();
                for (var i = 0; i < cells.Length; i++)
                {
                    current[i / stride % size] += cells[i];
                }

                var target = margins[dim];
                for (var k = 0; k < size; k++)
                {
                    error = Math.Max(error, Math.Abs(current[k] - target[k]) / Math.Max(1e-12, target[k]));
                }

                for (var i = 0; i < cells.Length; i++)
                {
                    var k = i / stride % size;
                    cells[i] = current[k] > 0 ? cells[i] * target[k] / current[k] : 0;
                }
            }
        }

        return error;
    }

    /// <summary>
    /// Whole numbers adding up to round(Σ values): floors, then the largest remainders get one more
    /// (deterministic, so the starting state only varies where a replicate's seed says so).
    /// </summary>
    public static int[] Integerise(ReadOnlySpan<double> values)
    {
        var result = new int[values.Length];
        double total = 0;
        var order = new int[values.Length];
        var remainders = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            total += values[i];
            result[i] = (int)Math.Floor(values[i]);
            remainders[i] = values[i] - result[i];
            order[i] = i;
        }

        var missing = (int)Math.Round(total) - result.Sum();
        Array.Sort(remainders, order);
        for (var k = 0; k < missing && k < order.Length; k++)
        {
            result[order[order.Length - 1 - k]]++;
        }

        return result;
    }

    private static int Stride(ReadOnlySpan<int> shape, int dim)
    {
        var stride = 1;
        for (var d = dim + 1; d < shape.Length; d++)
        {
            stride *= shape[d];
        }

        return stride;
    }
}
