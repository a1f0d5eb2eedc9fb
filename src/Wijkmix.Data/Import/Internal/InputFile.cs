using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>A file read into memory, gunzipped when compressed, with its hash; refuses oversized files before reading.</summary>
internal sealed class InputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private InputFile(string displayName, string innerName, byte[] bytes, string sha256)
    {
        DisplayName = displayName;
        InnerName = innerName;
        Bytes = bytes;
        Sha256 = sha256;
    }

    public string DisplayName { get; }

    /// <summary>The file name without a .gz suffix, for format and year detection.</summary>
    public string InnerName { get; }

    public byte[] Bytes { get; }

    public string Sha256 { get; }

    public static InputFile Open(string path, ImportOptions options)
    {
        var display = options.DisplayName ?? Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw Fail(display, Messages.FileNotFound);
        }

        if (info.Length > options.MaxBytes)
        {
            throw Fail(display, string.Format(Messages.Culture, Messages.FileTooLarge, info.Length, options.MaxBytes));
        }

        var raw = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(raw));
        var inner = display.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? display[..^3] : display;
        if (raw.Length >= 2 && raw[0] == 0x1f && raw[1] == 0x8b)
        {
            raw = Gunzip(raw, display, options);
        }

        if (raw.Length == 0 || raw.All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            throw Fail(display, Messages.FileEmpty);
        }

        return new InputFile(display, inner, raw, sha);
    }

    public bool IsZip => Bytes.Length > 4 && Bytes[0] == (byte)'P' && Bytes[1] == (byte)'K';

    private string? _text;

    /// <summary>The text, decoded once as strict UTF-8 (a BOM is dropped); invalid bytes are reported with their line.</summary>
    public string Text() => _text ??= Decode();

    private string Decode()
    {
        var span = Bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
        }

        try
        {
            var text = StrictUtf8.GetString(span);
            // A second byte-order mark (U+FEFF) glues itself to a field and garbles a header: refuse it, naming the line.
            var mark = text.IndexOf('\uFEFF', StringComparison.Ordinal);
            return mark < 0
                ? text
                : throw new ImportFailedException(new ImportProblem(DisplayName, 1 + text.AsSpan(0, mark).Count('\n'), null, Messages.SecondByteOrderMark));
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var line = 1 + span[..Math.Min(offset, span.Length)].Count((byte)'\n');
            if (e.Index < 0)
            {
                line = 1 + span[..FirstInvalidUtf8(span)].Count((byte)'\n');
            }

            throw new ImportFailedException(new ImportProblem(DisplayName, line, null, Messages.NotUtf8));
        }
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : span.Length;
    }

    /// <summary>
    /// Gunzips every member (a gzip file may be several concatenated members, as <c>cat a.gz b.gz</c>
    /// or parallel compressors write). zlib checks each member's CRC-32 and length as it ends; a
    /// member cut off before its end ends the stream quietly, so the last member's trailer is
    /// checked here: the tail of the output must have the length and CRC-32 it states.
    /// </summary>
    private static byte[] Gunzip(byte[] compressed, string display, ImportOptions options)
    {
        var budget = new ReadBudget(options.Limits, display);
        var cap = Math.Min(options.MaxBytes, options.Limits.MaxDecompressedBytes);
        try
        {
            // Two passes: the first counts the unpacked bytes into one small buffer, so a gzip bomb is refused
            // holding nothing; the second unpacks into an array of the exact size.
            long total = 0;
            using (var counting = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress))
            {
                var buffer = new byte[64 * 1024];
                int read;
                while ((read = counting.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > cap)
                    {
                        budget.Decompressed(total);
                        throw Fail(display, string.Format(Messages.Culture, Messages.FileTooLarge, total, options.MaxBytes));
                    }
                }
            }

            var bytes = new byte[total];
            using (var input = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress))
            {
                input.ReadExactly(bytes);
            }

            if (compressed.Length < 18 || !LastMemberComplete(compressed, bytes))
            {
                throw Fail(display, string.Format(Messages.Culture, Messages.Corrupt, "gzip"));
            }

            return bytes;
        }
        catch (InvalidDataException e)
        {
            throw Fail(display, string.Format(Messages.Culture, Messages.Corrupt, e.Message));
        }
        catch (EndOfStreamException e)
        {
            throw Fail(display, string.Format(Messages.Culture, Messages.Corrupt, e.Message));
        }
    }

    /// <summary>The file's last 8 bytes are the last member's CRC-32 and length (mod 2^32), and the output ends with such bytes.</summary>
    private static bool LastMemberComplete(byte[] compressed, byte[] output)
    {
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 8));
        var length = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
        if (length == 0)
        {
            // An empty last member is its empty final block (03 00) and a zero trailer; eight zero bytes
            // alone may be the middle of a cut-off block of zeros, whose CRC-32 and length would also read 0.
            return crc == 0 && compressed.AsSpan(compressed.Length - 10, 2).SequenceEqual(EmptyFinalBlock);
        }

        return length <= output.Length && Crc32.Compute(output.AsSpan(output.Length - (int)length)) == crc;
    }

    private static ReadOnlySpan<byte> EmptyFinalBlock => [0x03, 0x00];

    public static ImportFailedException Fail(string file, string message) => new(new ImportProblem(file, null, null, message));
}
