using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads ';'- or ','-separated text (quoted or not) into a <see cref="RawTable"/>, checking field
/// counts and the <see cref="ImportLimits"/> (line length, cell length, rows, columns) as it goes.
/// A file whose last line has no line break is refused: a cut-off copy ends that way, and its last
/// number may be cut short ("50650" read as "5065") without any other sign.
/// </summary>
internal static class DelimitedReader
{
    public static RawTable Read(string text, ImportFormat format, ReadBudget budget)
    {
        var file = budget.File;
        CheckLineLengths(text, budget);
        var delimiter = DetectDelimiter(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            CacheFields = true,
            MaxFieldSize = budget.Limits.MaxCellLength,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, config);
        string[]? header = null;
        var rows = new List<RawRow>();
        var previousEnd = 0;
        try
        {
            while (parser.Read())
            {
                var record = parser.Record!;
                // A quoted field may span lines (or a stray quote may swallow some): name where the record starts.
                var line = previousEnd + 1;
                previousEnd = parser.RawRow;
                budget.Columns(record.Length, line);
                if (header is null)
                {
                    header = record.Select(h => h.Trim()).ToArray();
                    continue;
                }

                if (record.Length != header.Length)
                {
                    if (record.Length == 1 && string.IsNullOrWhiteSpace(record[0]))
                    {
                        continue;
                    }

                    throw new ImportFailedException(new ImportProblem(file, line, null,
                        string.Format(Messages.Culture, Messages.FieldCount, record.Length, header.Length)));
                }

                budget.Rows(rows.Count + 1, line);
                rows.Add(new RawRow(line, record));
            }
        }
        catch (MaxFieldSizeException e)
        {
            throw budget.CellTooLong(e.Context?.Parser?.RawRow, null);
        }
        catch (CsvHelperException e)
        {
            throw new ImportFailedException(new ImportProblem(file, e.Context?.Parser?.RawRow, null,
                string.Format(Messages.Culture, Messages.Corrupt, e.Message.Split('\n')[0])));
        }

        if (header is null)
        {
            throw InputFile.Fail(file, Messages.FileEmpty);
        }

        var end = text.AsSpan().TrimEnd(" \t");
        if (end[^1] is not ('\n' or '\r'))
        {
            throw new ImportFailedException(new ImportProblem(file, 1 + end.Count('\n'), null, Messages.TextCutOff));
        }

        return new RawTable(format, header, rows);
    }

    /// <summary>One pass over the text before parsing, so a line of megabytes is refused before anything builds it.</summary>
    private static void CheckLineLengths(string text, ReadBudget budget)
    {
        var line = 1;
        for (var start = 0; start < text.Length; line++)
        {
            var length = text.AsSpan(start).IndexOf('\n');
            length = length < 0 ? text.Length - start : length;
            budget.Line(length, line);
            start += length + 1;
        }
    }

    private static readonly string[] Delimiters = [";", ",", "\t"];

    /// <summary>The separator that splits the first line into the most fields: ';' (CBS), ',' or tab.</summary>
    public static string DetectDelimiter(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return Delimiters.MaxBy(d => first.Count(c => c == d[0]))!;
    }
}
