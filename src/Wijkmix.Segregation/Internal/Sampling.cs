using System.Numerics;

namespace Wijkmix.Segregation.Internal;

/// <summary>
/// Exact binomial and multinomial draws from a seeded generator: xoshiro256** (Blackman and
/// Vigna 2018) seeded through SplitMix64, binomials by <see cref="Internal.Binomial"/>, multinomials
/// as a chain of conditional binomials. A stream gives independent sequences
/// for one seed (the bootstrap and the random allocation of one replicate).
/// </summary>
internal sealed class Sampling
{
    private ulong _s0, _s1, _s2, _s3;

    public Sampling(int seed, int stream = 0) => Reset(seed, stream);

    /// <summary>Starts the sequence of (seed, stream) again, as a new instance would.</summary>
    public void Reset(int seed, int stream)
    {
        var x = ((ulong)(uint)stream << 32) | (uint)seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public long Binomial(long n, double p) => Internal.Binomial.Draw(this, n, p);

    /// <summary>
    /// Spreads <paramref name="n"/> draws over categories with the given weights (need not sum to 1):
    /// category k gets Binomial(n − drawn so far, w_k / Σ_{j ≥ k} w_j).
    /// </summary>
    public void Multinomial(long n, ReadOnlySpan<double> weights, Span<double> result)
    {
        var remainingWeight = 0.0;
        var last = -1;
        for (var k = 0; k < weights.Length; k++)
        {
            if (weights[k] > 0)
            {
                remainingWeight += weights[k];
                last = k;
            }
        }

        for (var k = 0; k < weights.Length; k++)
        {
            var w = weights[k];
            if (w <= 0 || n == 0)
            {
                result[k] = 0;
                continue;
            }

            // The last category with weight takes the rest: its conditional probability is 1,
            // whatever rounding the running sum of weights collected.
            var draw = k == last ? n : Binomial(n, Math.Min(1, w / remainingWeight));
            result[k] = draw;
            n -= draw;
            remainingWeight -= w;
        }
    }

    private ulong Next()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
