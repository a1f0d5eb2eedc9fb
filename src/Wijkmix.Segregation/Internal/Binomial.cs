namespace Wijkmix.Segregation.Internal;

/// <summary>
/// Exact binomial variates in O(1) expected time per draw. With m = n·min(p, 1 − p) ≥ 10:
/// algorithm BTPE of Kachitvichyanukul and Schmeiser (1988), "Binomial random variate generation",
/// Communications of the ACM 31(2), 216–222 — a hat of a triangle, two parallelograms and two
/// exponential tails around the mode, accepted at once in the triangle, otherwise by a squeeze or
/// by the exact ratio f(y)/f(mode) (recursively near the mode, by Stirling's series further out).
/// Below that, inversion of the distribution function from 0, which costs O(m).
/// </summary>
internal static class Binomial
{
    /// <summary>n·min(p, 1 − p) from which BTPE is used (the paper's lower limit).</summary>
    internal const double BtpeFrom = 10;

    /// <summary>Steps from the mode up to which f(y)/f(m) is evaluated by recursion rather than squeezed.</summary>
    private const double RecursionUpTo = 4;

    public static long Draw(Sampling random, long n, double p)
    {
        if (n <= 0 || !(p > 0))
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        // Draw for the smaller of p and 1 − p and mirror the result.
        var flip = p > 0.5;
        var r = flip ? 1 - p : p;
        var x = n * r < BtpeFrom ? Inversion(random, n, r) : Btpe(random, n, r);
        return flip ? n - x : x;
    }

    /// <summary>Sequential search of the distribution function, f(x + 1) = f(x)·((n + 1)s/(x + 1) − s), s = p/q.</summary>
    private static long Inversion(Sampling random, long n, double p)
    {
        var q = 1 - p;
        var s = p / q;
        var a = (n + 1) * s;
        var atZero = Math.Exp(n * LogOnePlus(-p));
        var mean = n * p;
        // Far beyond any tail that matters (f there is below 1e-16 of the mode); reached only
        // through rounding of u, and then the draw starts again.
        var bound = Math.Min(n, (long)(mean + (10 * Math.Sqrt((mean * q) + 1))) + 10);
        while (true)
        {
            var u = random.NextDouble();
            var f = atZero;
            long x = 0;
            while (u > f && x <= bound)
            {
                u -= f;
                x++;
                f *= (a / x) - s;
            }

            if (x <= bound)
            {
                return x;
            }
        }
    }

    /// <summary>Algorithm BTPE for p ≤ 0.5 and n·p ≥ 10; the step numbers are the paper's.</summary>
    private static long Btpe(Sampling random, long n, double p)
    {
        // Step 0: the hat. Mode m, the triangle's half width p1, the parallelograms' c, the tails' areas.
        var q = 1 - p;
        var npq = n * p * q;
        var fm = (n * p) + p;
        var m = Math.Floor(fm);
        var p1 = Math.Floor((2.195 * Math.Sqrt(npq)) - (4.6 * q)) + 0.5;
        var xm = m + 0.5;
        var xl = xm - p1;
        var xr = xm + p1;
        var c = 0.134 + (20.5 / (15.3 + m));
        // The paper's λ = a(1 + a/2) with a = A/B is A(2B + A)/(2B²), so a tail's area c/λ takes one
        // division, the two tails' independent of each other; λ itself only in the tails.
        double aL = fm - xl, bL = fm - (xl * p), aR = xr - fm, bR = xr * q;
        var tailL = 2 * c * bL * bL / (aL * ((2 * bL) + aL));
        var tailR = 2 * c * bR * bR / (aR * ((2 * bR) + aR));
        var p2 = p1 * (1 + c + c);
        var p3 = p2 + tailL;
        var p4 = p3 + tailR;

        while (true)
        {
            var u = random.NextDouble() * p4;
            var v = random.NextDouble();
            double y;
            if (u <= p1)
            {
                // Step 1: inside the triangle, accepted without further test.
                return (long)Math.Floor(xm - (p1 * v) + u);
            }

            if (u <= p2)
            {
                // Step 2: the parallelograms.
                var x = xl + ((u - p1) / c);
                v = (v * c) + 1 - (Math.Abs(m - x + 0.5) / p1);
                if (v > 1)
                {
                    continue;
                }

                y = Math.Floor(x);
            }
            else if (u <= p3)
            {
                // Step 3: the left exponential tail.
                var lambdaL = c / tailL;
                y = Math.Floor(xl + (Math.Log(v) / lambdaL));
                if (y < 0)
                {
                    continue;
                }

                v *= (u - p2) * lambdaL;
            }
            else
            {
                // Step 4: the right exponential tail.
                var lambdaR = c / tailR;
                y = Math.Floor(xr - (Math.Log(v) / lambdaR));
                if (y > n)
                {
                    continue;
                }

                v *= (u - p3) * lambdaR;
            }

            if (Accept(v, y, m, n, p, q, npq))
            {
                return (long)y;
            }
        }
    }

    /// <summary>Steps 5.0–5.3: is v ≤ f(y)/f(m)?</summary>
    private static bool Accept(double v, double y, double m, long n, double p, double q, double npq)
    {
        // The paper evaluates f(y)/f(m) by the recursion up to k = 20, where in 1988 a few divisions
        // beat a logarithm; today a logarithm is the cheaper test beyond a handful of steps. The
        // squeeze holds for any k below npq/2 − 1 (BinomialTests checks that it brackets the ratio).
        var k = Math.Abs(y - m);
        if (k <= RecursionUpTo || k >= (0.5 * npq) - 1)
        {
            // Step 5.1: the ratio by the recursion f(x)/f(x − 1) = (n − x + 1)p / (xq), from the mode.
            var s = p / q;
            var a = s * (n + 1);
            var f = 1.0;
            if (m < y)
            {
                for (var i = m + 1; i <= y; i++)
                {
                    f *= (a / i) - s;
                }
            }
            else
            {
                for (var i = y + 1; i <= m; i++)
                {
                    f /= (a / i) - s;
                }
            }

            return v <= f;
        }

        // Step 5.2: squeeze on ln f(y)/f(m) by its normal-like bounds t ± ρ.
        var logV = Math.Log(v);
        var (t, rho) = Squeeze(k, npq);
        if (logV < t - rho)
        {
            return true;
        }

        if (logV > t + rho)
        {
            return false;
        }

        // Step 5.3: the exact ratio, by Stirling's series.
        return logV <= LogRatio(y, m, n, p);
    }

    /// <summary>ln f(y)/f(m) lies within t ± ρ, t = −k²/(2npq), for k = |y − m| &lt; npq/2 − 1 (step 5.2).</summary>
    internal static (double T, double Rho) Squeeze(double k, double npq) =>
        (-k * k / (2 * npq), k / npq * ((((k * ((k / 3) + 0.625)) + (1.0 / 6)) / npq) + 0.5));

    /// <summary>
    /// ln f(y)/f(m) for Binomial(n, p), from ln k! = (k + ½) ln(k + 1) − (k + 1) + ½ ln 2π + e(k + 1)
    /// with Stirling's correction e; the linear terms cancel.
    /// </summary>
    internal static double LogRatio(double y, double m, long n, double p)
    {
        var q = 1 - p;
        double x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
        return ((m + 0.5) * Math.Log(f1 / x1))
            + ((n - m + 0.5) * Math.Log(z / w))
            + ((y - m) * Math.Log(w * p / (x1 * q)))
            + StirlingCorrection(f1) + StirlingCorrection(z) - StirlingCorrection(x1) - StirlingCorrection(w);
    }

    /// <summary>ln Γ(x) − ((x − ½) ln x − x + ½ ln 2π) = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − ….</summary>
    private static double StirlingCorrection(double x)
    {
        var x2 = x * x;
        return (13860 - ((462 - ((132 - ((99 - (140 / x2)) / x2)) / x2)) / x2)) / x / 166320;
    }

    /// <summary>ln(1 + x) without losing the digits of a small x (Goldberg 1991, theorem 4).</summary>
    internal static double LogOnePlus(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
