using Wijkmix.Data.Import;
using Wijkmix.Data.Import.Internal;

namespace Wijkmix.Data.Tests.Import;

/// <summary>
/// Work grows linearly with the input: each reader runs at sizes n, 2n, 4n and 8n, and the bytes it
/// allocates (<see cref="GC.GetAllocatedBytesForCurrentThread"/>, a count of work that does not
/// depend on the machine's load) may grow at most about twofold per doubling. Quadratic string
/// building, the failure this guards against, allocates 4× per doubling.
/// </summary>
public class LinearGrowthTests
{
    private static readonly ReadBudget Budget = new(ImportLimits.Default, "test");

    /// <summary>Bytes allocated by one run, after a first run that warms up the JIT and caches.</summary>
    private static long Allocated(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static void AssertLinear(int n, Func<int, Action> run)
    {
        var sizes = new[] { n, 2 * n, 4 * n, 8 * n };
        var work = sizes.Select(size => Allocated(run(size))).ToArray();
        var summary = string.Join(", ", sizes.Zip(work, (s, w) => $"{s}: {w:N0} B"));
        for (var i = 1; i < work.Length; i++)
        {
            Assert.True(work[i] <= (work[i - 1] * 2.6) + 65_536, $"grows faster than linearly: {summary}");
        }

        Assert.True(work[^1] <= (work[0] * 12) + 262_144, $"8× the input costs more than 12× the work: {summary}");
    }

    private static string Csv(int rows) =>
        "gwb_code;regio;a_inw;a_man\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"BU{i:D8};Buurt {i};{i % 5000};{i % 2500}\n"));

    [Fact]
    public void DelimitedReader_Rows_AllocatesLinearly() =>
        AssertLinear(2_000, rows =>
        {
            var text = Csv(rows);
            return () => DelimitedReader.Read(text, ImportFormat.KwbCsv, Budget);
        });

    [Fact]
    public void DelimitedReader_OneLongQuotedCell_AllocatesLinearly() =>
        AssertLinear(3_000, length =>
        {
            var text = $"gwb_code;regio\nGM0344;\"{new string('a', length)}\"\"{new string('b', length / 10)}\"\n";
            return () => DelimitedReader.Read(text, ImportFormat.KwbCsv, Budget);
        });

    [Fact]
    public void XlsxReader_Rows_AllocatesLinearly() =>
        AssertLinear(500, rows =>
        {
            var xlsx = XlsxFiles.Table([["gwb_code", "regio", "a_inw"], .. Enumerable.Range(0, rows).Select(i => new object[] { $"BU{i:D8}", $"Buurt {i}", i })]);
            return () => XlsxReader.Read(xlsx, Budget);
        });

    [Fact]
    public void XlsxReader_OneCellOfManyRichTextRuns_AllocatesLinearly() =>
        AssertLinear(1_000, runs =>
        {
            var xlsx = XlsxFiles.Build([(1, [new("A1", "gwb_code"), new("B1", "regio")]), (2, [new("A2", "GM0344"), new("B2", new string('u', runs * 3))])], runs);
            return () => XlsxReader.Read(xlsx, Budget);
        });

    [Fact]
    public void FormatDetection_LongFirstLine_AllocatesLinearly()
    {
        using var scratch = new Scratch();
        AssertLinear(2_000, fields =>
        {
            var path = scratch.File($"wide-{fields}.csv", string.Concat(Enumerable.Repeat("\"aaaa_bbbb_cccc_\";", fields)) + "x\n");
            return () => Importer.Read(path);
        });
    }

    [Fact]
    public void HasODataKey_LongHeader_AllocatesNothing()
    {
        foreach (var fields in new[] { 1_000, 8_000 })
        {
            var header = string.Concat(Enumerable.Repeat("aaaa_bbbb_cccc_;", fields));
            Assert.Equal(0, Allocated(() => Importer.HasODataKey(header)));
        }
    }

    [Fact]
    public void CellParser_LongCells_AllocateNothing()
    {
        foreach (var length in new[] { 1_000, 8_000 })
        {
            var digits = new string('1', length);
            var comma = new string('1', length) + "," + new string('2', length);
            Assert.Equal(0, Allocated(() => CellParser.Parse(digits, out _)));
            Assert.Equal(0, Allocated(() => CellParser.Parse(comma, out _)));
        }
    }
}
