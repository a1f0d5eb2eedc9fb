using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation.Tests.Internal;

public class SamplingTests
{
    /// <summary>Whatever the weights (zeros, tiny, uneven sums, many categories), the draws add up to n exactly and leave zero weights empty.</summary>
    [Fact]
    public void Multinomial_SpreadsExactlyN()
    {
        var sampling = new Sampling(3);
        var many = Enumerable.Range(0, 1000).Select(i => i % 7 == 0 ? 0 : 0.1 + (i % 13 * 0.37)).ToArray();
        var cases = new (long N, double[] Weights)[]
        {
            (12345, [1, 0, 5, 2.5]),
            (0, [1, 2]),
            (1, [1e-300, 1, 0]),
            (1_000_000_000_000, [0.1, 0.2, 0.3, 1e-12]),
            (987_654, many),
            (50, [0, 0, 3]),
        };
        foreach (var (n, weights) in cases)
        {
            var result = new double[weights.Length];
            for (var repeat = 0; repeat < 20; repeat++)
            {
                sampling.Multinomial(n, weights, result);
                Assert.Equal(n, result.Sum());
                Assert.All(result.Where((_, k) => weights[k] == 0), c => Assert.Equal(0, c));
            }
        }
    }

    /// <summary>Each category of the chain of conditional binomials has mean n·w_k / Σw (within 5 standard errors).</summary>
    [Fact]
    public void Multinomial_CategoryMeans_AreNTimesTheShares()
    {
        const int draws = 20_000;
        const long n = 5000;
        double[] weights = [0.5, 3, 0.01, 1, 2];
        var sums = new double[weights.Length];
        var result = new double[weights.Length];
        var sampling = new Sampling(9);
        for (var i = 0; i < draws; i++)
        {
            sampling.Multinomial(n, weights, result);
            for (var k = 0; k < weights.Length; k++)
            {
                sums[k] += result[k];
            }
        }

        for (var k = 0; k < weights.Length; k++)
        {
            var p = weights[k] / weights.Sum();
            var standardError = Math.Sqrt(n * p * (1 - p) / draws);
            Assert.InRange(sums[k] / draws, (n * p) - (5 * standardError), (n * p) + (5 * standardError));
        }
    }

    [Fact]
    public void Sequence_RepeatsForTheSameSeedAndStream_AndResetStartsAgain()
    {
        var a = new Sampling(42);
        var b = new Sampling(42);
        var otherStream = new Sampling(42, 1);
        var first = Enumerable.Range(0, 10).Select(_ => a.NextDouble()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 10).Select(_ => b.NextDouble()));
        Assert.NotEqual(first, Enumerable.Range(0, 10).Select(_ => otherStream.NextDouble()));
        a.Reset(42, 0);
        Assert.Equal(first, Enumerable.Range(0, 10).Select(_ => a.NextDouble()));
        Assert.All(first, u => Assert.InRange(u, 0, 1 - 1e-17));
    }
}
