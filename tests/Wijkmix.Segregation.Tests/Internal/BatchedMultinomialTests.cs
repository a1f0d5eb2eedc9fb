using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation.Tests.Internal;

/// <summary>The batched multinomials: exact totals, empty categories where the weight is 0, and each category's mean n·w / Σw.</summary>
public class BatchedMultinomialTests
{
    private static readonly double[] Weights = [0.5, 0, 3, 0.01, 1, 0, 2, 7.25, 0];

    [Fact]
    public void ByHalves_SpreadsExactlyN_WithTheMultinomialsMeans()
    {
        const int draws = 20_000;
        const long n = 5000;
        var prefix = new double[Weights.Length + 1];
        for (var k = 0; k < Weights.Length; k++)
        {
            prefix[k + 1] = prefix[k] + Weights[k];
        }

        var nodes = new (int, int, long)[Weights.Length];
        var next = new (int, int, long)[Weights.Length];
        var result = new double[Weights.Length];
        var sums = new double[Weights.Length];
        var sampling = new Sampling(21);
        for (var i = 0; i < draws; i++)
        {
            BatchedMultinomial.ByHalves(sampling, n, prefix, result, nodes, next);
            Assert.Equal(n, result.Sum());
            Add(sums, result);
        }

        AssertMeans(sums, draws, n);
    }

    [Fact]
    public void ByRows_EachRowSpreadsItsSize_WithSharedOrOwnWeights()
    {
        const int draws = 10_000;
        double[] sizes = [5000, 0, 1, 5000];
        var k = Weights.Length;
        var own = Weights.Concat(Weights.Reverse()).Concat(Weights).Concat(Weights).ToArray();
        var result = new double[sizes.Length * k];
        var left = new double[sizes.Length];
        var shared = new double[k];
        var firstRow = new double[k];
        var sampling = new Sampling(22);
        for (var i = 0; i < draws; i++)
        {
            foreach (var weights in new[] { Weights, own })
            {
                BatchedMultinomial.ByRows(sampling, sizes, weights, k, result, left);
                for (var u = 0; u < sizes.Length; u++)
                {
                    var row = result.AsSpan(u * k, k).ToArray();
                    Assert.Equal(sizes[u], row.Sum());
                    Assert.All(row.Where((_, g) => weights[weights.Length == k ? g : (u * k) + g] == 0), c => Assert.Equal(0, c));
                }

                Add(weights == own ? firstRow : shared, result.AsSpan(0, k));
            }
        }

        AssertMeans(shared, draws, 5000);
        AssertMeans(firstRow, draws, 5000);
    }

    private static void Add(double[] sums, ReadOnlySpan<double> draw)
    {
        for (var k = 0; k < sums.Length; k++)
        {
            sums[k] += draw[k];
        }
    }

    /// <summary>Each category's mean within 5 standard errors of n·p.</summary>
    private static void AssertMeans(double[] sums, int draws, long n)
    {
        for (var k = 0; k < Weights.Length; k++)
        {
            var p = Weights[k] / Weights.Sum();
            var standardError = Math.Sqrt(n * p * (1 - p) / draws);
            Assert.InRange(sums[k] / draws, (n * p) - (5 * standardError) - 1e-12, (n * p) + (5 * standardError) + 1e-12);
        }
    }
}
