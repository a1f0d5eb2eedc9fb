namespace Wijkmix.Segregation.Tests;

/// <summary>
/// Slow, independent implementations written straight from the textbook definitions, in a different
/// form from the library's kernels where the literature offers one. Tables are plain matrices
/// (units × groups); two-group functions take the group's counts x and the reference's counts y.
/// Nothing here is shared with, or copied from, <c>src/Wijkmix.Segregation</c>.
/// </summary>
internal static partial class Naive
{
    // ---- Multigroup (Reardon and Firebaugh 2002) --------------------------------------------

    /// <summary>D = Σ_g Σ_i t_i |π_ig − π_g| / (2 T I), with I = Σ_g π_g (1 − π_g).</summary>
    public static double Dissimilarity(double[,] c)
    {
        var (t, tg, total) = Totals(c);
        var sum = 0.0;
        for (var g = 0; g < tg.Length; g++)
        {
            for (var i = 0; i < t.Length; i++)
            {
                sum += t[i] * Math.Abs((c[i, g] / t[i]) - (tg[g] / total));
            }
        }

        return sum / (2 * total * Simpson(tg, total));
    }

    /// <summary>G = Σ_g Σ_i Σ_j t_i t_j |π_ig − π_jg| / (2 T² I), by visiting every ordered pair of units.</summary>
    public static double Gini(double[,] c)
    {
        var (t, tg, total) = Totals(c);
        var sum = 0.0;
        for (var g = 0; g < tg.Length; g++)
        {
            for (var i = 0; i < t.Length; i++)
            {
                for (var j = 0; j < t.Length; j++)
                {
                    sum += t[i] * t[j] * Math.Abs((c[i, g] / t[i]) - (c[j, g] / t[j]));
                }
            }
        }

        return sum / (2 * total * total * Simpson(tg, total));
    }

    /// <summary>Entropy −Σ p ln p of a vector of counts, in nats.</summary>
    public static double Entropy(IEnumerable<double> counts)
    {
        var list = counts.ToList();
        var sum = list.Sum();
        return -list.Where(x => x > 0).Sum(x => x / sum * Math.Log(x / sum));
    }

    /// <summary>M = E(city) − Σ_u p_u E(u): the entropy the units' composition removes (Theil 1971), in nats.</summary>
    public static double MutualInformation(double[,] c)
    {
        var (t, _, total) = Totals(c);
        var within = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            within += t[i] / total * Entropy(Row(c, i));
        }

        return Entropy(Columns(c).Select(col => col.Sum())) - within;
    }

    /// <summary>H = M / E (Theil and Finizza 1971).</summary>
    public static double Theil(double[,] c) => MutualInformation(c) / Entropy(Columns(c).Select(col => col.Sum()));

    /// <summary>
    /// Normalised exposure as the group-share weighted mean of each group's own eta²:
    /// P = Σ_m π_m (mPm − π_m) / (1 − π_m), where mPm = Σ_j (t_jm / T_m)(t_jm / t_j) is the
    /// group's isolation (James 1986; Reardon and Firebaugh 2002, eq. for P).
    /// </summary>
    public static double NormalizedExposure(double[,] c)
    {
        var (t, tg, total) = Totals(c);
        var sum = 0.0;
        for (var m = 0; m < tg.Length; m++)
        {
            var isolation = 0.0;
            for (var j = 0; j < t.Length; j++)
            {
                isolation += c[j, m] / tg[m] * (c[j, m] / t[j]);
            }

            var pm = tg[m] / total;
            sum += pm * (isolation - pm) / (1 - pm);
        }

        return sum;
    }

    /// <summary>R = 1 − Σ_j t_j I_j / (T I): how much of the city's interaction the units lose (Carlson 1992).</summary>
    public static double RelativeDiversity(double[,] c)
    {
        var (t, tg, total) = Totals(c);
        var within = 0.0;
        for (var j = 0; j < t.Length; j++)
        {
            var row = Row(c, j).ToArray();
            within += t[j] * Simpson(row, t[j]);
        }

        return 1 - (within / (total * Simpson(tg, total)));
    }

    // ---- Two groups (Massey and Denton 1988) ---------------------------------------------------

    /// <summary>D = ½ Σ_i |x_i / X − y_i / Y| (Duncan and Duncan 1955).</summary>
    public static double Dissimilarity(double[] x, double[] y)
    {
        double bigX = x.Sum(), bigY = y.Sum();
        return 0.5 * x.Zip(y, (xi, yi) => Math.Abs((xi / bigX) - (yi / bigY))).Sum();
    }

    /// <summary>G = Σ_i Σ_j t_i t_j |p_i − p_j| / (2 T² P (1 − P)), every ordered pair.</summary>
    public static double Gini(double[] x, double[] y)
    {
        var t = x.Zip(y, (a, b) => a + b).ToArray();
        var total = t.Sum();
        var p = x.Sum() / total;
        var sum = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            for (var j = 0; j < t.Length; j++)
            {
                sum += t[i] * t[j] * Math.Abs((x[i] / t[i]) - (x[j] / t[j]));
            }
        }

        return sum / (2 * total * total * p * (1 - p));
    }

    /// <summary>H of the two-group table, via the entropy difference.</summary>
    public static double Theil(double[] x, double[] y) => Theil(Matrix(x, y));

    /// <summary>xPx = Σ_i (x_i / X)(x_i / t_i).</summary>
    public static double Isolation(double[] x, double[] y)
    {
        var bigX = x.Sum();
        return x.Select((xi, i) => xi / bigX * (xi / (xi + y[i]))).Sum();
    }

    /// <summary>xPy = Σ_i (x_i / X)(y_i / t_i).</summary>
    public static double Exposure(double[] x, double[] y)
    {
        var bigX = x.Sum();
        return x.Select((xi, i) => xi / bigX * (y[i] / (xi + y[i]))).Sum();
    }

    /// <summary>eta² as the variance ratio V = Σ_i t_i (p_i − P)² / (T P (1 − P)) (Bell 1954; Massey and Denton 1988).</summary>
    public static double CorrelationRatio(double[] x, double[] y)
    {
        var t = x.Zip(y, (a, b) => a + b).ToArray();
        var total = t.Sum();
        var p = x.Sum() / total;
        var sum = t.Select((ti, i) => ti * Math.Pow((x[i] / ti) - p, 2)).Sum();
        return sum / (total * p * (1 - p));
    }

    /// <summary>A = 1 − (P / (1 − P)) |Σ_i (1 − p_i)^(1−b) p_i^b t_i / (P T)|^(1 / (1 − b)) (Atkinson 1970; Massey and Denton 1988).</summary>
    public static double Atkinson(double[] x, double[] y, double b)
    {
        var t = x.Zip(y, (a, c) => a + c).ToArray();
        var total = t.Sum();
        var p = x.Sum() / total;
        var sum = 0.0;
        for (var i = 0; i < t.Length; i++)
        {
            var pi = x[i] / t[i];
            sum += Math.Pow(1 - pi, 1 - b) * Math.Pow(pi, b) * t[i];
        }

        return 1 - (p / (1 - p) * Math.Pow(Math.Abs(sum / (p * total)), 1 / (1 - b)));
    }

    // ---- Helpers -------------------------------------------------------------------------------

    /// <summary>The group's counts and the sum of every other column, added cell by cell (not by subtraction).</summary>
    public static (double[] X, double[] Y) Binary(double[,] c, int group)
    {
        var x = new double[c.GetLength(0)];
        var y = new double[c.GetLength(0)];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = c[i, group];
            for (var g = 0; g < c.GetLength(1); g++)
            {
                if (g != group)
                {
                    y[i] += c[i, g];
                }
            }
        }

        return (x, y);
    }

    /// <summary>Columns a and b only, leaving out units holding neither.</summary>
    public static (double[] X, double[] Y) Pair(double[,] c, int a, int b)
    {
        var keep = Enumerable.Range(0, c.GetLength(0)).Where(i => c[i, a] + c[i, b] > 0).ToArray();
        return (keep.Select(i => c[i, a]).ToArray(), keep.Select(i => c[i, b]).ToArray());
    }

    public static double[,] Matrix(double[] x, double[] y)
    {
        var m = new double[x.Length, 2];
        for (var i = 0; i < x.Length; i++)
        {
            m[i, 0] = x[i];
            m[i, 1] = y[i];
        }

        return m;
    }

    private static (double[] UnitTotals, double[] GroupTotals, double Total) Totals(double[,] c)
    {
        var t = Enumerable.Range(0, c.GetLength(0)).Select(i => Row(c, i).Sum()).ToArray();
        var tg = Columns(c).Select(col => col.Sum()).ToArray();
        return (t, tg, t.Sum());
    }

    /// <summary>Simpson's interaction Σ_g π_g (1 − π_g) of a vector of counts with the given total.</summary>
    private static double Simpson(double[] counts, double total) => counts.Sum(x => x / total * (1 - (x / total)));

    private static IEnumerable<double> Row(double[,] c, int i) => Enumerable.Range(0, c.GetLength(1)).Select(g => c[i, g]);

    private static IEnumerable<double[]> Columns(double[,] c) =>
        Enumerable.Range(0, c.GetLength(1)).Select(g => Enumerable.Range(0, c.GetLength(0)).Select(i => c[i, g]).ToArray());
}
