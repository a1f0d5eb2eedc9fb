using BenchmarkDotNet.Attributes;
using Wijkmix.Segregation;
using Seg = Wijkmix.Segregation.Segregation;

namespace Wijkmix.Benchmarks;

/// <summary>
/// The segregation engine on tables the size of one city's buurten (500 × 3), all wijken of the
/// Netherlands (3 400 × 5), all buurten (14 000 × 5) and an address-level grid (1 000 000 × 5), with
/// a three-level hierarchy (unit → 20 per parent → 12 per grandparent). Counts are generated from a
/// seeded generator with groups that cluster by parent, so the indices are far from 0 and 1.
/// </summary>
[MemoryDiagnoser]
public class SegregationBenchmarks
{
    private CountTable _table = null!;
    private (string, IReadOnlyList<string>)[] _levels = [];

    [Params("500x3", "3400x5", "14000x5", "1000000x5")]
    public string Size { get; set; } = "500x3";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Size.Split('x');
        int units = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), groups = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var random = new Random(2021);
        var counts = new double[units, groups];
        var parent = new string[units];
        var grandparent = new string[units];
        for (var u = 0; u < units; u++)
        {
            parent[u] = "W" + (u / 20);
            grandparent[u] = "G" + (u / 240);
            var tilt = (u / 20) % groups;
            for (var g = 0; g < groups; g++)
            {
                counts[u, g] = random.Next(0, 400) + (g == tilt ? random.Next(0, 800) : 0) + 1;
            }
        }

        _table = CountTable.Create(Enumerable.Range(0, units).Select(u => "U" + u).ToArray(), Enumerable.Range(0, groups).Select(g => "g" + g).ToArray(), counts);
        _levels = [("wijk", parent), ("gemeente", grandparent)];
    }

    /// <summary>Every aspatial index (multigroup, each group against the rest) plus the three-level decomposition.</summary>
    [Benchmark]
    public double WholeSuite() =>
        Seg.Suite(_table).Multigroup.MutualInformation + Seg.Decompose(_table, _levels).MutualInformation;

    /// <summary>The kernels alone: multigroup D, Gini, M, P and R.</summary>
    [Benchmark]
    public MultigroupIndices Multigroup() => Seg.Multigroup(_table);

    /// <summary>1 000 bootstrap and 1 000 random-allocation replicates (only for the city-size table).</summary>
    [Benchmark]
    public InferenceResult? Bootstrap1000() => Size == "500x3" ? Inference.Run(_table, 1000, seed: 1) : null;
}
