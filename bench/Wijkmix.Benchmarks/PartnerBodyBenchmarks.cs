using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Benchmarks;

/// <summary>
/// A corporation's body of three uploads (corporatie-complexen, with nesting): the first file, the same minus one
/// complex, and the same with one household more in one cell. Protecting it happens once per upload; a view only
/// reads the stored tables and writes them out. 25,000 complexes is a file of 781 kB, about the size in issue 13.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PartnerBodyBenchmarks
{
    private List<IReadOnlyCollection<PartnerFigure>> _versions = [];
    private List<string> _stored = [];

    [Params(1000, 25000)]
    public int Complexes { get; set; }

    /// <summary>Size of the first upload as a CSV file, for the report.</summary>
    public static int FileBytes(int complexes) => Encoding.UTF8.GetByteCount(string.Concat(Rows(complexes).Select(r =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Unit};BU03440611;{string.Join(';', r.Counts)}\r\n"))));

    [GlobalSetup]
    public void Setup()
    {
        var rows = Rows(Complexes);
        var first = Figures(rows);
        var second = Figures(rows.Skip(1));
        var third = Figures(rows.Select((r, i) => i == 2 ? (r.Unit, new[] { r.Counts[0], r.Counts[1], r.Counts[2] + 1, r.Counts[3] }) : r));
        _versions = [first, second, third];
        _stored = [.. PartnerBody.Protect(PartnerTemplates.CorporatieComplexen, _versions, SuppressionThreshold.Default).Select(PartnerTables.Serialize)];
        Console.WriteLine($"// {Complexes} complexes: {FileBytes(Complexes):N0} bytes per file");
    }

    [Benchmark]
    public int ProtectBody() => PartnerBody.Protect(PartnerTemplates.CorporatieComplexen, _versions, SuppressionThreshold.Default).Sum(t => t.Cells.SuppressedCount);

    /// <summary>What the page, the export and the report do per view: read the stored tables and write them out.</summary>
    [Benchmark]
    public int View() => _stored.Sum(json => PartnerTables.DeserializeParts(json).Sum(part => PartnerCsv.Write(part).Length));

    private static List<(string Unit, long[] Counts)> Rows(int complexes)
    {
        var random = new Random(13);
        return [.. Enumerable.Range(0, complexes).Select(i =>
        {
            long woningen = random.Next(0, 400), verhuringen = random.Next(0, 60);
            return ($"C{i:00000}", new[] { woningen, random.Next(0, (int)woningen + 1), verhuringen, random.Next(0, (int)Math.Min(verhuringen, 20) + 1) });
        })];
    }

    private static List<PartnerFigure> Figures(IEnumerable<(string Unit, long[] Counts)> rows)
    {
        string[] measures = ["woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent"];
        return [.. rows.SelectMany(r => r.Counts.Select((v, c) => new PartnerFigure { Unit = r.Unit, BuurtCode = "BU03440611", Measure = measures[c], Value = v }))];
    }
}
