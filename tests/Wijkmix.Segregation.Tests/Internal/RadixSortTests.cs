using CsCheck;
using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation.Tests.Internal;

public class RadixSortTests
{
    /// <summary>Shares as the kernels produce them: many exact 0s and 1s, ties, tiny and subnormal values.</summary>
    private static readonly Gen<double> Share = Gen.Frequency(
        (2, Gen.Const(0.0)), (1, Gen.Const(1.0)), (1, Gen.Const(0.5)), (1, Gen.Const(double.Epsilon)),
        (5, Gen.Double[0, 1]), (1, Gen.Double[0, 1e-300]));

    [Fact]
    public void Sort_RandomShares_OrdersLikeArraySortAndCarriesWeights()
    {
        Gen.Int[1, 300].SelectMany(n => Share.Array[n]).Sample(keys =>
        {
            var weights = keys.Select((_, i) => (double)i).ToArray();
            var sortedKeys = keys.ToArray();
            var sortedWeights = weights.ToArray();
            RadixSort.Sort(sortedKeys, sortedWeights);

            // Stable ascending order: ties keep their original order (the weights are the original positions).
            var expected = keys.Select((k, i) => (k, i)).OrderBy(p => p.k).ThenBy(p => p.i).ToArray();
            Assert.Equal(expected.Select(p => p.k), sortedKeys);
            Assert.Equal(expected.Select(p => (double)p.i), sortedWeights);
        }, iter: 200, print: k => string.Join(' ', k.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Sort_OneKey_LeavesItAlone()
    {
        double[] keys = [0.25], weights = [7];
        RadixSort.Sort(keys, weights);
        Assert.Equal((0.25, 7.0), (keys[0], weights[0]));
    }

    [Fact]
    public void Sort_NegativeZeroAmongShares_ComesFirstWithTheZeros()
    {
        // A count of −0.0 passes validation (−0.0 < 0 is false) and gives the share −0.0 / t = −0.0.
        // Its IEEE bits (sign bit set) are the largest of all, so a radix sort on raw bits puts it last.
        double[] keys = [0.5, -0.0, 0.25], weights = [1, 2, 3];
        RadixSort.Sort(keys, weights);
        Assert.Equal([2.0, 3, 1], weights);
    }
}
