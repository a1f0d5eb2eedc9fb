using System.IO.Compression;
using System.Text;

namespace Wijkmix.Fuzz;

/// <summary>
/// Byte- and text-level mutations of a real file, in the spirit of AFL's "havoc" stage plus the cases that
/// broke importers before: numbers at the edge of a double, a file cut off, gzip in several members or cut,
/// and inputs whose size is far over the limits.
/// </summary>
public static class Mutators
{
    /// <summary>Numbers an importer must store exactly, refuse, or read as CBS symbols; never store as ∞ or NaN.</summary>
    public static readonly string[] Numbers =
    [
        "1e308", "-1e308", "1e309", "NaN", "Infinity", "-Infinity", "-1", "-0", "0", "4.9e-324", "1e-320",
        "99999999999999999999", "1000000000000", "1,5", "1.000.000", "0x1F", "+7", "   12   ", ".", "x", "-", "",
        "12.5", "100.0001", "101", "-0.0", "١٢", "１２", "1_000", "5e2", "05", "١", "∞",
    ];

    /// <summary>Up to eight random byte operations: flip, set, insert, delete, duplicate a chunk.</summary>
    public static byte[] Havoc(byte[] bytes, Random random)
    {
        var data = new List<byte>(bytes);
        var steps = 1 + random.Next(8);
        for (var i = 0; i < steps && data.Count > 0; i++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(5))
            {
                case 0: data[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: data[at] = Interesting[random.Next(Interesting.Length)]; break;
                case 2: data.Insert(at, Interesting[random.Next(Interesting.Length)]); break;
                case 3: data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(16))); break;
                default:
                    var length = Math.Min(data.Count - at, 1 + random.Next(64));
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                    break;
            }
        }

        return [.. data];
    }

    private static readonly byte[] Interesting = "\0\r\n\t\";,.-xX0159eE{}[]:\\\u007f"u8.ToArray().Concat(new byte[] { 0xff, 0xc3, 0x80 }).ToArray();

    /// <summary>Replaces the <paramref name="nth"/> run of digits (counted modulo the number of runs) with <paramref name="text"/>.</summary>
    public static byte[] ReplaceNumber(byte[] bytes, int nth, string text)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] is >= (byte)'0' and <= (byte)'9')
            {
                var start = i;
                while (i < bytes.Length && bytes[i] is >= (byte)'0' and <= (byte)'9' or (byte)'.')
                {
                    i++;
                }

                runs.Add((start, i));
            }
            else
            {
                i++;
            }
        }

        if (runs.Count == 0)
        {
            return bytes;
        }

        var (s, e) = runs[nth % runs.Count];
        return [.. bytes.AsSpan(0, s), .. Encoding.UTF8.GetBytes(text), .. bytes.AsSpan(e)];
    }

    /// <summary>The first <paramref name="length"/> bytes; true when the cut ends a line (then it is only a shorter file).</summary>
    public static byte[] Truncate(byte[] bytes, int length, out bool atLineEnd)
    {
        length = Math.Clamp(length, 1, bytes.Length - 1);
        var cut = bytes[..length];
        var rest = bytes.AsSpan(length);
        atLineEnd = cut[^1] == (byte)'\n' || rest.IndexOfAnyExcept("\r\n \t"u8) < 0;
        return cut;
    }

    /// <summary>Gzip in <paramref name="members"/> members (RFC 1952 §2.2 allows several, one after another).</summary>
    public static byte[] Gzip(byte[] plain, int members, Random random)
    {
        var cuts = Enumerable.Range(0, members - 1).Select(_ => random.Next(plain.Length + 1)).Append(0).Append(plain.Length).Order().ToArray();
        using var output = new MemoryStream();
        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(plain, cuts[i], cuts[i + 1] - cuts[i]);
        }

        return output.ToArray();
    }

    /// <summary>A gzip whose decompressed size is <paramref name="bytes"/> of repeated <paramref name="line"/>, written streaming.</summary>
    public static byte[] GzipBomb(byte[] header, byte[] line, long bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(header);
            var block = Enumerable.Repeat(line, Math.Max(1, 1 << 20 / Math.Max(1, line.Length))).SelectMany(l => l).ToArray();
            for (long written = header.Length; written < bytes; written += block.Length)
            {
                gzip.Write(block);
            }
        }

        return output.ToArray();
    }

    /// <summary>The bytes with <paramref name="width"/> copies of <paramref name="fill"/> inserted at <paramref name="at"/>: an overlong line or field.</summary>
    public static byte[] Widen(byte[] bytes, int at, int width, byte fill)
    {
        at = Math.Clamp(at, 0, bytes.Length);
        return [.. bytes.AsSpan(0, at), .. Enumerable.Repeat(fill, width), .. bytes.AsSpan(at)];
    }
}
