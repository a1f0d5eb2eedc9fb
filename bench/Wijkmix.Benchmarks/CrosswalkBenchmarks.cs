using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Crosswalk;

namespace Wijkmix.Benchmarks;

/// <summary>
/// The crosswalk between two divisions of generated square grids in RD metres over a fixed extent: the later
/// grid has a different cell count, so nearly every earlier cell is cut into up to four pieces. About 1,000
/// buurten is a large gemeente, about 14,400 all buurten of the Netherlands (real buurten have more vertices
/// than these squares, so real runs are somewhat slower).
/// </summary>
[MemoryDiagnoser]
public class CrosswalkBenchmarks
{
    private static readonly GeometryFactory Factory = new();
    private Division _earlier = null!;
    private Division _later = null!;

    [Params(1_024, 14_400)]
    public int Areas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var side = (int)Math.Sqrt(Areas);
        _earlier = Grid(2019, side);
        _later = Grid(2022, side - 3);
    }

    [Benchmark]
    public int Compute() => DivisionCrosswalk.Compute(_earlier, _later).Links.Count;

    private static Division Grid(int year, int side)
    {
        const double extent = 200_000; // metres, about the width of the Netherlands
        var cell = extent / side;
        var areas = new List<DivisionArea>(side * side);
        for (var i = 0; i < side; i++)
        {
            for (var j = 0; j < side; j++)
            {
                var (x, y) = (i * cell, j * cell);
                var square = Factory.CreatePolygon([new(x, y), new(x + cell, y), new(x + cell, y + cell), new(x, y + cell), new(x, y)]);
                var n = (i * side) + j;
                var code = AreaCode.Parse(FormattableString.Invariant($"BU{n / 100:000000}{n % 100:00}"));
                areas.Add(new DivisionArea(code, square));
            }
        }

        return new Division(AreaLevel.Neighbourhood, year, areas);
    }
}
