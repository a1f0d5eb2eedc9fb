using System.Buffers;

namespace Wijkmix.Segregation.Internal;

/// <summary>
/// Sorts non-negative doubles (shares) together with a weight per key, in O(n): least-significant
/// digit radix sort on the IEEE bits, which order like the numbers for values ≥ 0. Buffers are pooled.
/// </summary>
internal static class RadixSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Passes = (64 + Bits - 1) / Bits;

    public static void Sort(Span<double> keys, Span<double> weights)
    {
        var n = keys.Length;
        var keyBuffer = ArrayPool<double>.Shared.Rent(n);
        var weightBuffer = ArrayPool<double>.Shared.Rent(n);
        var counts = ArrayPool<int>.Shared.Rent(Buckets);
        try
        {
            Span<double> fromKeys = keys, fromWeights = weights;
            Span<double> toKeys = keyBuffer.AsSpan(0, n), toWeights = weightBuffer.AsSpan(0, n);
            var swapped = false;
            for (var pass = 0; pass < Passes; pass++)
            {
                var shift = pass * Bits;
                var histogram = counts.AsSpan(0, Buckets);
                histogram.Clear();
                foreach (var key in fromKeys)
                {
                    histogram[Digit(key, shift)]++;
                }

                // A pass in which every key has the same digit changes nothing: skip its copy.
                if (histogram[Digit(fromKeys[0], shift)] == n)
                {
                    continue;
                }

                var sum = 0;
                for (var b = 0; b < Buckets; b++)
                {
                    (histogram[b], sum) = (sum, sum + histogram[b]);
                }

                for (var i = 0; i < n; i++)
                {
                    var target = histogram[Digit(fromKeys[i], shift)]++;
                    toKeys[target] = fromKeys[i];
                    toWeights[target] = fromWeights[i];
                }

                var keysSwap = fromKeys;
                fromKeys = toKeys;
                toKeys = keysSwap;
                var weightsSwap = fromWeights;
                fromWeights = toWeights;
                toWeights = weightsSwap;
                swapped = !swapped;
            }

            if (swapped)
            {
                fromKeys.CopyTo(keys);
                fromWeights.CopyTo(weights);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keyBuffer);
            ArrayPool<double>.Shared.Return(weightBuffer);
            ArrayPool<int>.Shared.Return(counts);
        }
    }

    // + 0.0 turns −0.0 into +0.0, whose bits sort with the other zeros.
    private static int Digit(double key, int shift) => (int)((BitConverter.DoubleToUInt64Bits(key + 0.0) >> shift) & (Buckets - 1));
}
