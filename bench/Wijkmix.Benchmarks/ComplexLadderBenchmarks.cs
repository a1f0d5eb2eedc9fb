using BenchmarkDotNet.Attributes;
using Wijkmix.Monitor.Complexes;

namespace Wijkmix.Benchmarks;

/// <summary>
/// The scale ladder of the issue "Below the buurt": a gemeente of 500 buurten in 50 wijken with 5 000 complexes
/// (10 per buurt, each 2–8 % of its buurt), three household types; buurt and complex counts generated from a seeded
/// generator, with complexes leaning to one group so the between-complexes part is not 0.
/// </summary>
[MemoryDiagnoser]
public class ComplexLadderBenchmarks
{
    private static readonly string[] Groups = ["one_person", "without_children", "with_children"];
    private List<LadderBuurt> _buurten = [];
    private List<SubBuurtUnit> _complexes = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        for (var b = 0; b < 500; b++)
        {
            var code = $"BU9999{b / 10:00}{b % 10:00}";
            double[] counts = [random.Next(300, 1500), random.Next(200, 900), random.Next(200, 900)];
            _buurten.Add(new LadderBuurt(code, $"WK9999{b / 10:00}", counts));
            for (var c = 0; c < 10; c++)
            {
                var lean = random.Next(3);
                _complexes.Add(new SubBuurtUnit($"{code}:c{c}", code,
                    [.. counts.Select((n, g) => Math.Floor(n * (0.02 + (random.NextDouble() * (g == lean ? 0.06 : 0.02)))))]));
            }
        }
    }

    /// <summary>The whole ladder: units (complexes + rest of every buurt), the exact split over three levels, each complex's contribution.</summary>
    [Benchmark]
    public double Ladder() => ScaleLadders.Build(Groups, _buurten, _complexes)!.Components[2].MutualInformation;

    /// <summary>The same with 1 000 bootstrap replicates of the whole table: standard errors and intervals of M and of each part.</summary>
    [Benchmark]
    public double LadderWithBootstrap() => ScaleLadders.Build(Groups, _buurten, _complexes, replicates: 1000)!.Uncertainty!.Components[2].MutualInformation.StandardError;
}
