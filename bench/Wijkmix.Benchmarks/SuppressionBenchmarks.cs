using BenchmarkDotNet.Attributes;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Benchmarks;

/// <summary>
/// Suppression of a partner's table per complex (rows) and measure (columns), generated with many small counts so
/// that primary and secondary suppression and the disclosure audit all have work: a wijk of 50 to 1,000 complexes.
/// </summary>
[MemoryDiagnoser]
public class SuppressionBenchmarks
{
    private long[][] _table = [];

    [Params(50, 300, 1000)]
    public int Complexes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(344);
        _table = [.. Enumerable.Range(0, Complexes).Select(_ => Enumerable.Range(0, 10).Select(_ => (long)random.Next(0, 200)).ToArray())];
    }

    [Benchmark]
    public int Apply() => Suppression.Apply(_table, SuppressionThreshold.Default).SuppressedCount;
}
