namespace Wijkmix.Simulation.Calibration;

/// <summary>
/// Nelder–Mead on the unit cube (points are clamped by the caller's mapping), with a hard budget of
/// evaluations: reflection 1, expansion 2, contraction ½, shrink ½ (Nelder and Mead 1965). When the
/// simplex has collapsed it restarts around the best point with half the step (a stochastic objective
/// and coupled targets stall a single simplex). Returns the best point seen.
/// </summary>
internal static class NelderMead
{
    public static (double[] Best, double Value, int Evaluations) Minimise(Func<double[], double> f, double[] start, int budget, double step = 0.2, double tolerance = 1e-4)
    {
        var n = start.Length;
        var evaluations = 0;
        double[] bestPoint = start;
        var bestValue = double.PositiveInfinity;
        double Eval(double[] x)
        {
            var y = ++evaluations <= budget ? f(x) : double.PositiveInfinity;
            if (y < bestValue)
            {
                (bestValue, bestPoint) = (y, (double[])x.Clone());
            }

            return y;
        }

        var from = start;
        while (evaluations < budget)
        {
            Simplex(from, step);
            from = bestPoint;
            step = Math.Max(step / 2, 0.05);
        }

        return (bestPoint, bestValue, Math.Min(evaluations, budget));

        void Simplex(double[] origin, double size)
        {
            var points = new double[n + 1][];
            var values = new double[n + 1];
            points[0] = (double[])origin.Clone();
            values[0] = Eval(points[0]);
            for (var i = 0; i < n; i++)
            {
                var p = (double[])origin.Clone();
                p[i] = p[i] + size <= 1 ? p[i] + size : p[i] - size;
                points[i + 1] = p;
                values[i + 1] = Eval(p);
            }

            while (evaluations < budget)
            {
                var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
                points = [.. order.Select(i => points[i])];
                values = [.. order.Select(i => values[i])];
                if (values[n] - values[0] < tolerance)
                {
                    return;
                }

                var centroid = new double[n];
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        centroid[j] += points[i][j] / n;
                    }
                }

                double[] Toward(double t) => [.. centroid.Select((c, j) => c + (t * (points[n][j] - c)))];
                var reflected = Toward(-1);
                var fr = Eval(reflected);
                if (fr < values[0])
                {
                    var expanded = Toward(-2);
                    var fe = Eval(expanded);
                    (points[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
                }
                else if (fr < values[n - 1])
                {
                    (points[n], values[n]) = (reflected, fr);
                }
                else
                {
                    var contracted = Toward(fr < values[n] ? -0.5 : 0.5);
                    var fc = Eval(contracted);
                    if (fc < Math.Min(fr, values[n]))
                    {
                        (points[n], values[n]) = (contracted, fc);
                    }
                    else
                    {
                        for (var i = 1; i <= n; i++)
                        {
                            points[i] = [.. points[i].Select((x, j) => points[0][j] + (0.5 * (x - points[0][j])))];
                            values[i] = Eval(points[i]);
                        }
                    }
                }
            }
        }
    }
}
