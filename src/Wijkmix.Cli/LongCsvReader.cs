using System.Globalization;

namespace Wijkmix.Cli;

/// <summary>What is wrong with a long CSV, where: <see cref="Line"/> is 1-based, <see cref="Column"/> the header's name for the column.</summary>
internal enum LongCsvProblemKind
{
    Empty,
    MissingColumn,
    TooFewFields,
    EmptyName,
    BadCount,
    OpenQuote,
}

internal sealed record LongCsvProblem(LongCsvProblemKind Kind, int Line, string Column, string Value);

/// <summary>The rows of a long CSV with names interned in order of first appearance.</summary>
internal sealed class LongCsvRows
{
    public List<string> Units { get; set; } = [];

    public List<string> Groups { get; } = [];

    /// <summary>The line on which each unit first appears, to name it in a message about the unit.</summary>
    public List<int> FirstLineOfUnit { get; } = [];

    public int[] UnitOfRow { get; set; } = [];

    public int[] GroupOfRow { get; set; } = [];

    public double[] CountOfRow { get; set; } = [];

    public int Rows { get; set; }

    public char Delimiter { get; set; }
}

/// <summary>
/// Reads a long CSV (a header row, then one row per unit, group and count; comma or semicolon, chosen
/// from the header) in one pass over a reused buffer: fields are spans, a unit repeated on consecutive
/// rows is recognised without hashing, other names are looked up by span, so only a new name becomes a
/// string. Quoted fields ("a;b", with "" for a quote) are read; a quoted field spanning lines is not.
/// CsvHelper was measured first and is too slow for this (docs/decisions/0015-long-csv-reader.md).
/// </summary>
internal static class LongCsvReader
{
    /// <summary>
    /// Reads every row. <paramref name="lengthHint"/> is the file's size in bytes, if known: after the
    /// first block the rows and units to expect are estimated from it, so the arrays are sized once.
    /// </summary>
    public static (LongCsvRows? Rows, LongCsvProblem? Problem) Read(TextReader reader, string unitColumn, string groupColumn, string countColumn, long lengthHint = 0)
    {
        var state = new LongCsvState(unitColumn, groupColumn, countColumn);
        var buffer = new char[1 << 20];
        int start = 0, filled = 0, blocks = 0;
        long seen = 0;
        var end = false;
        while (state.Problem is null)
        {
            var newline = buffer.AsSpan(start, filled - start).IndexOf('\n');
            if (newline >= 0)
            {
                state.Line(buffer.AsSpan(start, newline));
                start += newline + 1;
                continue;
            }

            if (end)
            {
                if (start < filled)
                {
                    state.Line(buffer.AsSpan(start, filled - start));
                }

                break;
            }

            var rest = filled - start;
            if (rest == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            else if (start > 0)
            {
                Array.Copy(buffer, start, buffer, 0, rest);
            }

            (start, filled) = (0, rest);
            if (++blocks == 2 && lengthHint > 0 && seen > rest)
            {
                // The first block has been read as lines: scale what it held up to the whole file.
                state.Reserve((double)lengthHint / (seen - rest));
            }

            var read = reader.Read(buffer, filled, buffer.Length - filled);
            end = read == 0;
            filled += read;
            seen += read;
        }

        return state.Finish();
    }

    /// <summary>
    /// Splits <paramref name="line"/> into up to <paramref name="fields"/>.Length fields; a quoted field's
    /// range excludes its quotes, and <paramref name="escaped"/> marks fields holding a doubled quote.
    /// Returns the number of fields, or −1 for a quote that is not closed.
    /// </summary>
    internal static int Split(ReadOnlySpan<char> line, char delimiter, Span<Range> fields, Span<bool> escaped)
    {
        int count = 0, i = 0;
        while (count < fields.Length && i <= line.Length)
        {
            escaped[count] = false;
            if (i < line.Length && line[i] == '"')
            {
                var j = i + 1;
                while (true)
                {
                    var quote = line[j..].IndexOf('"');
                    if (quote < 0)
                    {
                        return -1;
                    }

                    j += quote;
                    if (j + 1 < line.Length && line[j + 1] == '"')
                    {
                        escaped[count] = true;
                        j += 2;
                        continue;
                    }

                    break;
                }

                fields[count++] = new Range(i + 1, j);
                var next = line[(j + 1)..].IndexOf(delimiter);
                i = next < 0 ? line.Length + 1 : j + 1 + next + 1;
            }
            else
            {
                var next = line[i..].IndexOf(delimiter);
                fields[count++] = new Range(i, next < 0 ? line.Length : i + next);
                i = next < 0 ? line.Length + 1 : i + next + 1;
            }
        }

        return count;
    }

    /// <summary>The count in a field: digits fast, otherwise any finite number ≥ 0 (a decimal comma too in a semicolon file).</summary>
    internal static bool TryCount(ReadOnlySpan<char> text, char delimiter, out double count)
    {
        if (text.Length is > 0 and <= 15)
        {
            long value = 0;
            var digits = true;
            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    digits = false;
                    break;
                }

                value = (value * 10) + (c - '0');
            }

            if (digits)
            {
                count = value;
                return true;
            }
        }

        var parsed = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out count)
            || (delimiter == ';' && double.TryParse(text, NumberStyles.Float, CultureInfo.GetCultureInfo("nl-NL"), out count));
        return parsed && double.IsFinite(count) && count >= 0;
    }
}
