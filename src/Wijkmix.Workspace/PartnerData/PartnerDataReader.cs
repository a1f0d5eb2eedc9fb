using System.Buffers;
using System.Text.Unicode;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Reads a partner CSV file for a <see cref="PartnerTemplate"/>: size, strict UTF-8, header (including refusal
/// of person-level columns), then every row. Any problem refuses the whole file.
/// </summary>
public static class PartnerDataReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>Reads and checks <paramref name="content"/>; returns rows or problems, never both.</summary>
    /// <param name="content">The uploaded bytes; read at most <paramref name="maxBytes"/> + 1 bytes of it.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="template">The template the file should follow.</param>
    /// <param name="knownBuurtCodes">The CBS buurt codes of the workspace (upper case, e.g. BU03440111).</param>
    /// <param name="maxBytes">The largest accepted file size in bytes.</param>
    public static PartnerDataReadResult Read(
        Stream content, string fileName, PartnerTemplate template, IReadOnlySet<string> knownBuurtCodes, long maxBytes) =>
        Read(content, fileName, template, new PartnerReadContext(knownBuurtCodes), maxBytes);

    /// <summary>Reads and checks <paramref name="content"/> against the template and the workspace's buurten and their CBS counts.</summary>
    public static PartnerDataReadResult Read(
        Stream content, string fileName, PartnerTemplate template, PartnerReadContext context, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, Array.MaxLength - 1L);

        var problems = new ProblemList(fileName);
        var bytes = ReadAtMost(content, maxBytes);
        if (bytes is null)
        {
            problems.Add(0, null, PartnerDataText.Format("FileTooLarge", maxBytes));
            return PartnerDataReadResult.Refused(problems.ToList());
        }

        var text = DecodeStrict(bytes, out var badLine);
        if (text is null)
        {
            problems.Add(badLine, null, PartnerDataText.Get("NotUtf8"));
            return PartnerDataReadResult.Refused(problems.ToList());
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(1, null, PartnerDataText.Get("FileEmpty"));
            return PartnerDataReadResult.Refused(problems.ToList());
        }

        // A last line without a line break may be cut off mid-number (50650 read as 5065): refused, as the statistics importer does (decision 0012).
        if (text.AsSpan().TrimEnd(" \t") is var trimmed && trimmed.Length > 0 && trimmed[^1] != '\n')
        {
            problems.Add(1 + trimmed.Count('\n'), null, PartnerDataText.Get("FileCutOff"));
            return PartnerDataReadResult.Refused(problems.ToList());
        }

        var rows = new PartnerRowChecker(template, context, problems).Check(text);
        if (!problems.Any)
        {
            BuurtCeilingCheck.Check(rows, context, problems);
        }

        return problems.Any ? PartnerDataReadResult.Refused(problems.ToList()) : PartnerDataReadResult.Accepted(rows);
    }

    /// <summary>The content, or null when it is longer than <paramref name="maxBytes"/> (reading stops there).</summary>
    private static byte[]? ReadAtMost(Stream content, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = content.Read(chunk, 0, ChunkSize)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>Decodes UTF-8 (optional BOM) without replacement; null with the line of the first bad byte otherwise.</summary>
    private static string? DecodeStrict(byte[] bytes, out int badLine)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            badLine = 1 + span[..bytesRead].Count((byte)'\n');
            return null;
        }

        badLine = 0;
        return new string(chars, 0, charsWritten);
    }
}
