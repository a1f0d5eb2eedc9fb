using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

/// <summary>The iterative proportional fitting behind <see cref="Change.Decompose"/>.</summary>
public static partial class Change
{
    private static (double[] Rows, double[] Cols) Margins(double[] table, int n, int k)
    {
        var rows = new double[n];
        var cols = new double[k];
        for (var u = 0; u < n; u++)
        {
            for (var g = 0; g < k; g++)
            {
                rows[u] += table[(u * k) + g];
                cols[g] += table[(u * k) + g];
            }
        }

        return (rows, cols);
    }

    /// <summary>
    /// Iterative proportional fitting of <paramref name="seed"/> to the shares of the target margins.
    /// Empty cells can make the margins unreachable (a group absent from a unit in one year may have
    /// to be there in the other); fitting then stops where it no longer moves, the best fit it can
    /// reach, and says so.
    /// </summary>
    private static (double[] Fitted, bool Exact) Fit(double[] seed, double[] rowTarget, double[] colTarget, int n, int k, double tolerance, int maxIterations)
    {
        double rowSum = rowTarget.Sum(), colSum = colTarget.Sum(), seedSum = seed.Sum();
        var fitted = seed.Select(c => c / seedSum).ToArray();
        var previous = double.PositiveInfinity;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var (rows, _) = Margins(fitted, n, k);
            for (var u = 0; u < n; u++)
            {
                var factor = rows[u] > 0 ? rowTarget[u] / rowSum / rows[u] : 0;
                for (var g = 0; g < k; g++)
                {
                    fitted[(u * k) + g] *= factor;
                }
            }

            var (_, cols) = Margins(fitted, n, k);
            for (var g = 0; g < k; g++)
            {
                var factor = cols[g] > 0 ? colTarget[g] / colSum / cols[g] : 0;
                for (var u = 0; u < n; u++)
                {
                    fitted[(u * k) + g] *= factor;
                }
            }

            (rows, _) = Margins(fitted, n, k);
            var worst = 0.0;
            for (var u = 0; u < n; u++)
            {
                worst = Math.Max(worst, Math.Abs(rows[u] - (rowTarget[u] / rowSum)));
            }

            if (worst <= tolerance)
            {
                return (fitted, true);
            }

            if (Math.Abs(previous - worst) <= tolerance * 1e-3)
            {
                return (fitted, false);
            }

            previous = worst;
        }

        return (fitted, false);
    }

    private static double M(double[] shares, int n, int k)
    {
        var (rows, cols) = Margins(shares, n, k);
        return Kernels.MutualInformation(shares, rows, cols, 1.0);
    }
}
