using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import;

/// <summary>Reads ';'- or ','-separated text (quoted or not) into a <see cref="RawTable"/>, checking field counts.</summary>
internal static class DelimitedReader
{
    public static RawTable Read(string text, ImportFormat format, string file)
    {
        var delimiter = DetectDelimiter(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            CacheFields = true,
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

                rows.Add(new RawRow(line, record));
            }
        }
        catch (CsvHelperException e)
        {
            throw new ImportFailedException(new ImportProblem(file, e.Context?.Parser?.RawRow, null,
                string.Format(Messages.Culture, Messages.Corrupt, e.Message.Split('\n')[0])));
        }

        return header is null
            ? throw InputFile.Fail(file, Messages.FileEmpty)
            : new RawTable(format, header, rows);
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
