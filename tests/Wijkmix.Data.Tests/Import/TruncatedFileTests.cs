using System.IO.Compression;
using System.Text;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>A cut-off file is refused, never stored short; a gzip of several members is one file.</summary>
public class TruncatedFileTests
{
    private static readonly string RealCsvGz = Scratch.Bundled("kwb_gemeente_2020_2025", "kwb2024_clean.csv.gz");

    private static byte[] Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Gzip(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return memory.ToArray();
    }

    [Fact]
    public void Csv_LastNumberCutOff_IsRefusedNamingTheLastLine()
    {
        using var scratch = new Scratch();
        var text = "gwb_code;regio;a_inw\nGM0344;Utrecht;359370\nGM0345;Veenendaal;50650\n";
        Assert.True(Importer.Read(scratch.File("kwb-2024.csv", text)).IsValid);

        var parsed = Importer.Read(scratch.File("kwb-2024-cut.csv", text[..^2]));

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(("kwb-2024-cut.csv", 3), (problem.File, problem.Line));
        Assert.Contains("het bestand lijkt afgebroken", problem.Message, StringComparison.Ordinal);
        Assert.Contains("regeleinde", problem.Message, StringComparison.Ordinal);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void Csv_RealFileCutAnywhereInItsLastLine_IsRefused()
    {
        using var scratch = new Scratch();
        var text = Gunzip(File.ReadAllBytes(RealCsvGz));
        var lastLine = Array.LastIndexOf(text, (byte)'\n', text.Length - 2) + 1;
        for (var cut = lastLine + 1; cut < text.Length; cut += 7)
        {
            var parsed = Importer.Read(scratch.File("kwb2024_clean.csv", text[..cut]));
            Assert.False(parsed.IsValid, $"cut at {cut} of {text.Length}");
            Assert.Empty(parsed.Observations);
        }
    }

    [Fact]
    public void Csv_EndingInCrLfOrTrailingBlanks_IsComplete()
    {
        using var scratch = new Scratch();
        Assert.True(Importer.Read(scratch.File("kwb-2024.csv", "gwb_code;regio;a_inw\r\nGM0344;Utrecht;359370\r\n")).IsValid);
        Assert.True(Importer.Read(scratch.File("kwb-2024.csv", "gwb_code;regio;a_inw\nGM0344;Utrecht;359370\n  ")).IsValid);
    }

    [Fact]
    public void Gzip_TrailerMissing_IsRefused()
    {
        using var scratch = new Scratch();
        var bytes = File.ReadAllBytes(RealCsvGz);
        var parsed = Importer.Read(scratch.File("kwb2024_clean.csv.gz", bytes[..^8]));
        Assert.Contains("afgebroken of beschadigd", Assert.Single(parsed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_TwoMembers_ReadsAsTheWholeFile()
    {
        using var scratch = new Scratch();
        var text = Gunzip(File.ReadAllBytes(RealCsvGz));
        var half = text.Length / 2;
        var single = Importer.Read(RealCsvGz);
        var split = Importer.Read(scratch.File("kwb2024_clean.csv.gz", [.. Gzip(text.AsSpan(0, half)), .. Gzip(text.AsSpan(half))]));

        Assert.True(split.IsValid, string.Join("; ", split.Problems));
        Assert.Equal(single.Areas, split.Areas);
        Assert.Equal(single.Observations, split.Observations);
    }

    [Fact]
    public void Gzip_ManyMembersOfOneLineEach_ReadsAsTheWholeFile()
    {
        using var scratch = new Scratch();
        var text = Gunzip(File.ReadAllBytes(RealCsvGz));
        var members = new List<byte>();
        for (var start = 0; start < text.Length;)
        {
            var end = Array.IndexOf(text, (byte)'\n', start) + 1;
            members.AddRange(Gzip(text.AsSpan(start, end - start)));
            start = end;
        }

        var split = Importer.Read(scratch.File("kwb2024_clean.csv.gz", members.ToArray()));
        Assert.True(split.IsValid, string.Join("; ", split.Problems));
        Assert.Equal(Importer.Read(RealCsvGz).Observations, split.Observations);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    [InlineData(100)]
    public void Gzip_SecondMemberCutOff_IsRefused(int cut)
    {
        using var scratch = new Scratch();
        var text = Gunzip(File.ReadAllBytes(RealCsvGz));
        var half = text.Length / 2;
        byte[] bytes = [.. Gzip(text.AsSpan(0, half)), .. Gzip(text.AsSpan(half))];
        var parsed = Importer.Read(scratch.File("kwb2024_clean.csv.gz", bytes[..^cut]));
        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void Gzip_EmptyLastMember_IsAccepted()
    {
        using var scratch = new Scratch();
        var text = Encoding.UTF8.GetBytes("gwb_code;regio;a_inw\nGM0344;Utrecht;359370\n");
        var parsed = Importer.Read(scratch.File("kwb-2024.csv.gz", [.. Gzip(text), .. Gzip([])]));
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
    }

    [Fact]
    public void Gzip_CutOffInsideARunOfZeros_IsRefused()
    {
        using var scratch = new Scratch();
        var zeros = new byte[100_000];
        var text = Encoding.UTF8.GetBytes("gwb_code;regio;a_inw\nGM0344;Utrecht;359370\n");
        byte[] whole;
        using (var memory = new MemoryStream())
        {
            using (var gzip = new GZipStream(memory, CompressionLevel.NoCompression, leaveOpen: true))
            {
                gzip.Write(text);
                gzip.Write(zeros);
            }

            whole = memory.ToArray();
        }

        var parsed = Importer.Read(scratch.File("kwb-2024.csv.gz", whole[..(whole.Length / 2)]));
        Assert.Contains("afgebroken of beschadigd", Assert.Single(parsed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_FirstMemberDamaged_IsRefused()
    {
        using var scratch = new Scratch();
        var text = Encoding.UTF8.GetBytes("gwb_code;regio;a_inw\nGM0344;Utrecht;359370\n");
        var first = Gzip(text.AsSpan(0, 20));
        first[^8] ^= 0xFF; // its CRC-32
        var parsed = Importer.Read(scratch.File("kwb-2024.csv.gz", [.. first, .. Gzip(text.AsSpan(20))]));
        Assert.Contains("afgebroken of beschadigd", Assert.Single(parsed.Problems).Message, StringComparison.Ordinal);
    }
}
