using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Wijkmix.Segregation;
using Wijkmix.Segregation.Internal;

namespace Wijkmix.Benchmarks;

/// <summary>
/// Bootstrap and random-allocation inference on all buurten of the Netherlands (14 000 × 5). The
/// table is generated from a seeded generator: unit sizes from 50 to about 4 000 people, and group
/// shares that lean towards one group per block of 20 units, so M is clearly above 0. One
/// operation takes seconds (the old sampler's most of a minute), so a few monitored iterations
/// suffice. The baseline is the engine before BTPE: a copy of its sampler (binomials by repeated
/// halving with beta variates) and its replicate loop, kept here and nowhere else.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class InferenceBenchmarks
{
    private CountTable _table = null!;
    private string[] _wijk = [];
    private string[] _gemeente = [];

    [Params(14_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _table = Generate(Units, 5, 1988);
        _wijk = Enumerable.Range(0, Units).Select(u => "W" + (u / 20)).ToArray();
        _gemeente = Enumerable.Range(0, Units).Select(u => "G" + (u / 240)).ToArray();
    }

    /// <summary>The same 1 000 + 1 000 replicates with the old sampler and loop (means only; the summaries cost nothing in comparison).</summary>
    [Benchmark(Baseline = true)]
    public double OldHalvingSampler1000() => HalvingBaseline.Run(_table, 1000, 1);

    /// <summary>1 000 bootstrap and 1 000 random-allocation replicates through the original signature.</summary>
    [Benchmark]
    public InferenceResult BootstrapAndNull1000() => Inference.Run(_table, 1000, seed: 1);

    [Benchmark]
    public InferenceEstimates BootstrapOnly1000() => Inference.Run(_table, new InferenceOptions { Parts = InferenceParts.Bootstrap });

    [Benchmark]
    public InferenceEstimates NullOnly1000() => Inference.Run(_table, new InferenceOptions { Parts = InferenceParts.Null });

    /// <summary>The bootstrap with a two-level decomposition (20 units a wijk, 12 wijken a gemeente) and every unit's local measures.</summary>
    [Benchmark]
    public InferenceEstimates BootstrapDecompositionLocal1000() => Inference.Run(_table, new InferenceOptions
    {
        Parts = InferenceParts.Bootstrap,
        Levels = [("wijk", _wijk), ("gemeente", _gemeente)],
        Local = true,
    });

    internal static CountTable Generate(int units, int groups, int seed)
    {
        var random = new Random(seed);
        var counts = new double[units, groups];
        var weights = new double[groups];
        for (var u = 0; u < units; u++)
        {
            var size = 50 + (int)(4000 * Math.Pow(random.NextDouble(), 2));
            var lean = (u / 20) % groups;
            var sum = 0.0;
            for (var g = 0; g < groups; g++)
            {
                weights[g] = 0.2 + random.NextDouble() + (g == lean ? 1.5 : 0);
                sum += weights[g];
            }

            for (var g = 0; g < groups; g++)
            {
                counts[u, g] = Math.Round(size * weights[g] / sum);
            }
        }

        return CountTable.Create(
            Enumerable.Range(0, units).Select(u => "BU" + u).ToArray(),
            Enumerable.Range(0, groups).Select(g => "g" + g).ToArray(),
            counts);
    }

    /// <summary>The engine's inference loop and sampler as they were before BTPE (commit 7f3f0aa), for the baseline only.</summary>
    private static class HalvingBaseline
    {
        public static double Run(CountTable table, int replicates, int seed)
        {
            var k = table.GroupCount;
            var boot = new double[replicates];
            var chance = new double[replicates];
            var cells = table.Counts.ToArray();
            var shares = Enumerable.Range(0, k).Select(table.GroupTotal).ToArray();
            Parallel.For(0, replicates, r =>
            {
                var sampling = new HalvingSampling(Inference.ReplicateSeed(seed, r));
                var sample = new double[cells.Length];
                sampling.Multinomial((long)Math.Round(table.Total), cells, sample);
                boot[r] = Measure(sample, table.UnitCount, k);
                var allocated = new double[cells.Length];
                for (var u = 0; u < table.UnitCount; u++)
                {
                    sampling.Multinomial((long)Math.Round(table.UnitTotal(u)), shares, allocated.AsSpan(u * k, k));
                }

                chance[r] = Measure(allocated, table.UnitCount, k);
            });

            return boot.Average() + chance.Average();
        }

        /// <summary>M, H and D of a drawn table as the old loop measured them: compacted copies, then the kernels.</summary>
        private static double Measure(double[] sample, int unitCount, int k)
        {
            var compact = new double[sample.Length];
            var units = new double[unitCount];
            var groups = new double[k];
            var kept = 0;
            for (var u = 0; u < unitCount; u++)
            {
                var row = sample.AsSpan(u * k, k);
                var t = 0.0;
                foreach (var c in row)
                {
                    t += c;
                }

                if (t > 0)
                {
                    row.CopyTo(compact.AsSpan(kept * k, k));
                    for (var g = 0; g < k; g++)
                    {
                        groups[g] += row[g];
                    }

                    units[kept++] = t;
                }
            }

            var total = units.Sum();
            var m = Kernels.MutualInformation(compact.AsSpan(0, kept * k), units.AsSpan(0, kept), groups, total);
            return m + (m / Kernels.Entropy(groups, total)) + Kernels.Dissimilarity(compact.AsSpan(0, kept * k), units.AsSpan(0, kept), groups, total);
        }
    }

    /// <summary>The old sampler: binomials by Knuth's beta splitting down to n = 64, then inversion.</summary>
    private sealed class HalvingSampling(int seed)
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
}
