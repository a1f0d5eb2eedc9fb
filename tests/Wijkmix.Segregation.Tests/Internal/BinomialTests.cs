using System.Globalization;
using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation.Tests.Internal;

/// <summary>
/// The binomial sampler against the binomial distribution itself, with fixed seeds: moments over
/// many draws, and a chi-square test of the whole distribution against the exact probabilities.
/// Each test fails for a sampler that returns the mean without noise, and the chi-square tests
/// for one whose spread or shape is off.
/// </summary>
public class BinomialTests
{
    /// <summary>
    /// Mean within 5 standard errors of n·p; sample variance within 5 standard errors of n·p·q
    /// (the variance of the sample variance is σ⁴(2/(N − 1) + κ/N), κ the excess kurtosis (1 − 6pq)/(npq)).
    /// Covers inversion (n·p &lt; 10), BTPE from its lower limit up, p above ½ (mirrored), huge n and tiny p.
    /// </summary>
    [Theory]
    [InlineData(50, 0.1)]
    [InlineData(1_000_000, 1e-6)]
    [InlineData(20, 0.5)]
    [InlineData(100, 0.3)]
    [InlineData(1000, 0.5)]
    [InlineData(40, 0.8)]
    [InlineData(5000, 0.999)]
    [InlineData(1_000_000_000, 0.5)]
    [InlineData(1_000_000_000, 1e-8)]
    [InlineData(1_000_000_000, 3e-7)]
    [InlineData(1_000_000_000_000, 0.123)]
    public void Draw_MeanAndVariance_MatchTheBinomial(long n, double p)
    {
        const int draws = 40_000;
        var sampling = new Sampling(2024);
        var values = new double[draws];
        for (var i = 0; i < draws; i++)
        {
            var x = sampling.Binomial(n, p);
            Assert.InRange(x, 0, n);
            values[i] = x;
        }

        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (draws - 1);
        var sigma2 = n * p * (1 - p);
        var kurtosis = (1 - (6 * p * (1 - p))) / sigma2;
        var meanError = Math.Abs(mean - (n * p)) / Math.Sqrt(sigma2 / draws);
        var varianceError = Math.Abs((variance / sigma2) - 1) / Math.Sqrt((2.0 / (draws - 1)) + (kurtosis / draws));
        Assert.True(meanError < 5, FormattableString.Invariant($"mean {mean} is {meanError:F2} standard errors from {n * p}"));
        Assert.True(varianceError < 5, FormattableString.Invariant($"variance {variance} is {varianceError:F2} standard errors from {sigma2}"));
    }

    [Fact]
    public void Draw_EdgeCases_AreExact()
    {
        var sampling = new Sampling(1);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(0, sampling.Binomial(0, 0.4));
            Assert.Equal(0, sampling.Binomial(1_000_000_000, 0));
            Assert.Equal(1_000_000_000, sampling.Binomial(1_000_000_000, 1));
            Assert.Equal(0, sampling.Binomial(-5, 0.5));
            Assert.InRange(sampling.Binomial(1, 0.5), 0, 1);
        }
    }

    /// <summary>
    /// BTPE's final test (step 5.3) compares with ln f(y)/f(m) by Stirling's series: against the
    /// exact sum of ln((n − x + 1)p / (xq)) from the mode, to 1e-9 — a statistical test could not
    /// see an error of the size of the series' correction terms (about 1/(12y)).
    /// </summary>
    [Theory]
    [InlineData(100, 0.3, 5)]
    [InlineData(100, 0.3, 55)]
    [InlineData(10_000, 0.5, 4_700)]
    [InlineData(10_000, 0.5, 5_400)]
    [InlineData(1_000_000, 0.001, 900)]
    [InlineData(1_000_000, 0.001, 1_150)]
    public void LogRatio_EqualsTheExactSum(long n, double p, long y)
    {
        var m = (long)Math.Floor((n * p) + p);
        var exact = 0.0;
        for (var x = Math.Min(y, m) + 1; x <= Math.Max(y, m); x++)
        {
            exact += Math.Log((double)(n - x + 1) / x * p / (1 - p));
        }

        exact = y > m ? exact : -exact;
        Assert.Equal(exact, Binomial.LogRatio(y, m, n, p), 1e-9);
    }

    /// <summary>
    /// The squeeze of step 5.2 brackets the exact ln f(y)/f(m) for every k = |y − m| below npq/2 − 1,
    /// on both sides of the mode, small k included (where BTPE uses it too).
    /// </summary>
    [Theory]
    [InlineData(25, 0.4)]
    [InlineData(100, 0.3)]
    [InlineData(2_000, 0.5)]
    [InlineData(100_000, 0.01)]
    [InlineData(10_000_000, 0.0002)]
    public void Squeeze_BracketsTheExactLogRatio(long n, double p)
    {
        var q = 1 - p;
        var npq = n * p * q;
        var m = (long)Math.Floor((n * p) + p);
        foreach (var direction in new[] { 1, -1 })
        {
            var exact = 0.0;
            for (long k = 1; k < (0.5 * npq) - 1 && m + (direction * k) is >= 0 and <= long.MaxValue; k++)
            {
                var y = m + (direction * k);
                // f(y)/f(y ∓ 1): one step further from the mode.
                exact += direction > 0 ? Math.Log((double)(n - y + 1) / y * p / q) : -Math.Log((double)(n - y) / (y + 1) * p / q);
                var (t, rho) = Binomial.Squeeze(k, npq);
                Assert.True(exact >= t - rho && exact <= t + rho, FormattableString.Invariant($"y = {y}: ln ratio {exact} outside {t} ± {rho}"));
            }
        }
    }

    /// <summary>
    /// Pearson's chi-square of 50 000 draws against the exact probabilities, in bins of at least 20
    /// expected draws; it must stay below the 0.999 quantile of its distribution (Wilson–Hilferty).
    /// The seed is fixed, so the test is deterministic; with a correct sampler each case fails with
    /// probability 0.001 over seeds.
    /// </summary>
    [Theory]
    [InlineData(200, 0.02)]
    [InlineData(9, 0.95)]
    [InlineData(21, 0.5)]
    [InlineData(60, 0.25)]
    [InlineData(1000, 0.3)]
    [InlineData(1_000_000_000, 0.5)]
    [InlineData(100_000_000, 2e-6)]
    public void Draw_Distribution_PassesChiSquare(long n, double p)
    {
        const int draws = 50_000;
        var (from, probabilities) = Probabilities(n, p);
        var sampling = new Sampling(7);
        var observed = new long[probabilities.Length];
        for (var i = 0; i < draws; i++)
        {
            var x = sampling.Binomial(n, p) - from;
            observed[Math.Clamp(x, 0, probabilities.Length - 1)]++;
        }

        // Bins of consecutive values, each expecting at least 20 draws; the tails join the end bins.
        var bins = new List<(double Expected, long Observed)>();
        double expected = 0;
        long seen = 0;
        for (var x = 0; x < probabilities.Length; x++)
        {
            expected += probabilities[x] * draws;
            seen += observed[x];
            if (expected >= 20)
            {
                bins.Add((expected, seen));
                expected = 0;
                seen = 0;
            }
        }

        bins[^1] = (bins[^1].Expected + expected, bins[^1].Observed + seen);
        var chiSquare = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        var df = bins.Count - 1;
        var critical = df * Math.Pow(1 - (2.0 / (9 * df)) + (3.09 * Math.Sqrt(2.0 / (9 * df))), 3);
        Assert.True(chiSquare < critical, string.Create(CultureInfo.InvariantCulture, $"chi-square {chiSquare:F1} on {df} df, 0.999 quantile {critical:F1}"));
    }

    /// <summary>
    /// The binomial probabilities from mode − 12σ to mode + 12σ (clipped to 0..n), by the ratio
    /// f(x + 1)/f(x) = (n − x)p / ((x + 1)q) in logarithms from the mode, normalised to sum to 1;
    /// the first bin also holds everything below, the last everything above.
    /// </summary>
    private static (long From, double[] Probabilities) Probabilities(long n, double p)
    {
        var q = 1 - p;
        var mode = (long)Math.Floor((n + 1) * p);
        var spread = (long)Math.Ceiling(12 * Math.Sqrt(n * p * q)) + 12;
        long from = Math.Max(0, mode - spread), to = Math.Min(n, mode + spread);
        var log = new double[to - from + 1];
        for (var x = mode; x < to; x++)
        {
            log[x + 1 - from] = log[x - from] + Math.Log((double)(n - x) / (x + 1)) + Math.Log(p / q);
        }

        for (var x = mode; x > from; x--)
        {
            log[x - 1 - from] = log[x - from] - Math.Log((double)(n - x + 1) / x) - Math.Log(p / q);
        }

        var probabilities = log.Select(Math.Exp).ToArray();
        var sum = probabilities.Sum();
        return (from, probabilities.Select(f => f / sum).ToArray());
    }
}
