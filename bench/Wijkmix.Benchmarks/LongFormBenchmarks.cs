using BenchmarkDotNet.Attributes;
using Wijkmix.Segregation;

namespace Wijkmix.Benchmarks;

/// <summary>
/// <see cref="CountTable.FromLong(IEnumerable{ValueTuple{string, string, double}})"/> on 1 000 000
/// units × 3 groups in long form (3 000 000 rows, unit by unit as a long file lists them). The names
/// are made in the setup, so only building the table is measured. Counts come from a seeded
/// generator; one unit in twenty has a row twice (which must add up).
/// </summary>
[MemoryDiagnoser]
public class LongFormBenchmarks
{
    private (string Unit, string Group, double Count)[] _rows = [];
    private string[] _units = [];
    private int[] _unitOfRow = [];
    private int[] _groupOfRow = [];
    private double[] _countOfRow = [];

    [Params(1_000_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        string[] groups = ["laag", "midden", "hoog"];
        var rows = new List<(string, string, double)>(Units * 3);
        for (var u = 0; u < Units; u++)
        {
            var unit = "VB" + u.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var group in groups)
            {
                rows.Add((unit, group, random.Next(0, 50)));
            }

            rows.Add((unit, groups[u % 3], 1));
            if (u % 20 == 0)
            {
                rows.Add((unit, groups[0], random.Next(0, 5)));
            }
        }

        _rows = [.. rows];
        _units = [.. _rows.Select(r => r.Unit).Distinct()];
        var unitIndex = _units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i, StringComparer.Ordinal);
        _unitOfRow = [.. _rows.Select(r => unitIndex[r.Unit])];
        _groupOfRow = [.. _rows.Select(r => Array.IndexOf(groups, r.Group))];
        _countOfRow = [.. _rows.Select(r => r.Count)];
    }

    /// <summary>Rows with names (the engine interns them).</summary>
    [Benchmark(Baseline = true)]
    public CountTable FromLong() => CountTable.FromLong(_rows);

    /// <summary>Rows already interned by the reader (what <c>wijkmix mix</c> does while reading).</summary>
    [Benchmark]
    public CountTable FromLongIndices() => CountTable.FromLong(_units, ["laag", "midden", "hoog"], _unitOfRow, _groupOfRow, _countOfRow);
}
