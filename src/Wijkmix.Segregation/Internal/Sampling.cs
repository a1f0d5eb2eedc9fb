namespace Wijkmix.Segregation.Internal;

/// <summary>
/// Exact binomial and multinomial draws from a seeded generator: Knuth's beta splitting (TAOCP
/// 3.4.1) for large n, inversion below; gamma variates by Marsaglia and Tsang (2000).
/// </summary>
internal sealed class Sampling(int seed)
{
    private const long SplitAbove = 64;

    private readonly Random _random = new(seed);
    private double? _spareNormal;

    /// <summary>Spreads <paramref name="n"/> draws over categories with the given weights (need not sum to 1).</summary>
    public void Multinomial(long n, ReadOnlySpan<double> weights, Span<double> result)
    {
        var remainingWeight = 0.0;
        foreach (var w in weights)
        {
            remainingWeight += w;
        }

        for (var k = 0; k < weights.Length; k++)
        {
            if (k == weights.Length - 1 || remainingWeight <= 0)
            {
                result[k] = remainingWeight > 0 ? n : 0;
                n = 0;
                continue;
            }

            var draw = Binomial(n, Math.Clamp(weights[k] / remainingWeight, 0, 1));
            result[k] = draw;
            n -= draw;
            remainingWeight -= weights[k];
        }
    }

    public long Binomial(long n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        long result = 0;
        while (n > SplitAbove)
        {
            var a = 1 + (n / 2);
            var b = n + 1 - a;
            var x = Beta(a, b);
            if (x >= p)
            {
                n = a - 1;
                p /= x;
            }
            else
            {
                result += a;
                n = b - 1;
                p = (p - x) / (1 - x);
            }
        }

        return result + SmallBinomial(n, p);
    }

    /// <summary>Inversion of the binomial distribution function (n ≤ 64), using the smaller tail.</summary>
    private long SmallBinomial(long n, double p)
    {
        if (p > 0.5)
        {
            return n - SmallBinomial(n, 1 - p);
        }

        var q = 1 - p;
        var s = p / q;
        var a = (n + 1) * s;
        var r = Math.Pow(q, n);
        var u = _random.NextDouble();
        long x = 0;
        while (u > r && x < n)
        {
            u -= r;
            x++;
            r *= (a / x) - s;
        }

        return x;
    }

    private double Beta(double a, double b)
    {
        var x = Gamma(a);
        return x / (x + Gamma(b));
    }

    private double Gamma(double shape)
    {
        var d = shape - (1.0 / 3.0);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = Normal();
                v = 1 + (c * x);
            }
            while (v <= 0);

            v = v * v * v;
            var u = _random.NextDouble();
            if (u < 1 - (0.0331 * x * x * x * x) || Math.Log(u) < (0.5 * x * x) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    private double Normal()
    {
        if (_spareNormal is { } spare)
        {
            _spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * _random.NextDouble()) - 1;
            v = (2 * _random.NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s is >= 1 or 0);

        var factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * factor;
        return u * factor;
    }
}
