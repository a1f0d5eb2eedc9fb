using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>Checks the header and rows of a decoded partner file against its template, adding problems.</summary>
internal sealed class PartnerRowChecker(PartnerTemplate template, PartnerReadContext context, ProblemList problems)
{
    private readonly Dictionary<string, int> firstLineOfKey = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The accepted rows; meaningful only when no problem was added.</summary>
    public List<PartnerRow> Check(string text)
    {
        var rows = new List<PartnerRow>();
        var badQuotes = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectSeparator(text).ToString(),
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.Trim,
            BadDataFound = _ => badQuotes = true,
        };
        using var parser = new CsvParser(new StringReader(text), config);
        string?[]? columns = null;
        var previousRawRow = 0;
        while (parser.Read())
        {
            var line = previousRawRow + 1;
            previousRawRow = parser.RawRow;
            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = CheckHeader(fields);
                if (problems.Any)
                {
                    return rows;
                }
            }
            else if (badQuotes)
            {
                problems.Add(line, null, PartnerDataText.Get("BadQuotes"));
                badQuotes = false;
            }
            else if (CheckRow(line, fields, columns) is { } row)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0 && !problems.Any)
        {
            problems.Add(2, null, PartnerDataText.Get("NoDataRows"));
        }

        return rows;
    }

    /// <summary>';' unless the first line holds more ',' than ';'.</summary>
    private static char DetectSeparator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ',') > header.Count(c => c == ';') ? ',' : ';';
    }

    /// <summary>Maps each field position to its template column (null for refused columns); adds header problems.</summary>
    private string?[] CheckHeader(string[] fields)
    {
        var expected = template.Columns.ToDictionary(PersonDataDetector.Normalise, c => c, StringComparer.Ordinal);
        var expectedList = string.Join(", ", template.Columns);
        var columns = new string?[fields.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].Trim().TrimStart('\uFEFF');
            if (expected.TryGetValue(PersonDataDetector.Normalise(name), out var column))
            {
                columns[i] = column;
                if (!seen.Add(column))
                {
                    problems.Add(1, column, PartnerDataText.Get("DuplicateColumn"));
                }
            }
            else if (PersonDataDetector.IsPersonColumn(name))
            {
                problems.Add(1, name, PartnerDataText.Get("PersonColumn"));
            }
            else
            {
                problems.Add(1, name, PartnerDataText.Format("UnexpectedColumn", expectedList));
            }
        }

        foreach (var missing in template.Columns.Where(c => !seen.Contains(c)))
        {
            problems.Add(1, missing, PartnerDataText.Format("MissingColumn", expectedList));
        }

        return columns;
    }

    /// <summary>The row, or null after adding its problems.</summary>
    private PartnerRow? CheckRow(int line, string[] fields, string?[] columns)
    {
        if (fields.Length != columns.Length)
        {
            problems.Add(line, null, PartnerDataText.Format("FieldCount", fields.Length, columns.Length));
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < fields.Length; i++)
        {
            var column = columns[i]!;
            var value = fields[i].Trim();
            var problem = CheckValue(column, ref value, out var count);
            if (problem is not null)
            {
                problems.Add(line, column, problem);
                ok = false;
            }
            else if (template.IsCount(column))
            {
                counts[column] = count;
            }
            else
            {
                texts[column] = value;
            }
        }

        return ok && AddsUp(line, counts) && IsNewKey(line, texts) && IsComplexCode(line, texts) ? new PartnerRow(line, texts, counts) : null;
    }

    /// <summary>The problem with one value (null when fine); normalises buurt codes and parses counts.</summary>
    private string? CheckValue(string column, ref string value, out long count)
    {
        count = 0;
        if (PersonDataDetector.PersonValueKind(value) is { } personKind)
        {
            return PartnerDataText.Get(personKind);
        }

        if (value.Length == 0)
        {
            return template.OptionalColumns.Contains(column, StringComparer.Ordinal) ? null : PartnerDataText.Get("EmptyValue");
        }

        if (template.IsCount(column))
        {
            return CheckCount(value, out count);
        }

        if (ComplexPlace.IsCoordinateColumn(column))
        {
            return ComplexPlace.CheckCoordinate(column, ref value);
        }

        if (column == PartnerTemplate.YearColumn)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            {
                return PartnerDataText.Get("InvalidYear");
            }

            value = year.ToString(CultureInfo.InvariantCulture); // 02024 is 2024
            return null;
        }

        if (column != PartnerTemplate.BuurtCodeColumn)
        {
            return null;
        }

        value = value.ToUpperInvariant();
        if (value.Length != 10 || !value.StartsWith("BU", StringComparison.Ordinal) || !value[2..].All(char.IsAsciiDigit))
        {
            return PartnerDataText.Get("InvalidBuurtCode");
        }

        if (context.WorkspaceBuurten.Contains(value))
        {
            return null;
        }

        return context.OtherBuurten.Contains(value)
            ? PartnerDataText.Format("BuurtOutsideWorkspace", value, context.WorkspaceArea ?? string.Empty)
            : PartnerDataText.Format("UnknownBuurtCode", value);
    }

    private static string? CheckCount(string value, out long count)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            return null;
        }

        var isNegative = value.StartsWith('-') && value.Length > 1 && value[1..].All(char.IsAsciiDigit);
        if (isNegative)
        {
            return PartnerDataText.Get("NegativeCount");
        }

        return value.All(char.IsAsciiDigit) ? PartnerDataText.Get("CountTooLarge") : PartnerDataText.Get("NotAnInteger");
    }

    /// <summary>False (with a problem naming the total's column) when a category split does not add up to its total.</summary>
    private bool AddsUp(int line, Dictionary<string, long> counts)
    {
        var ok = true;
        foreach (var set in template.Categories)
        {
            if (!counts.TryGetValue(set.Total, out var total) || !set.Parts.All(counts.ContainsKey))
            {
                continue;
            }

            var sum = set.Parts.Sum(p => counts[p]);
            if (sum != total)
            {
                problems.Add(line, set.Total, PartnerDataText.Format("CategoriesDoNotAddUp", string.Join(" + ", set.Parts), sum, set.Total, total));
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>False (with a problem) when buurt code and complex code do not make an area code (BU03440301:complex-12).</summary>
    private bool IsComplexCode(int line, Dictionary<string, string> texts)
    {
        if (!template.IsPerComplex || template.Categories.Count == 0
            || (!texts[PartnerTemplate.ComplexCodeColumn].Contains(':', StringComparison.Ordinal) && !texts[PartnerTemplate.ComplexCodeColumn].Contains('\0', StringComparison.Ordinal)
                && Core.Areas.AreaCode.TryParse(ComplexPlace.Code(texts), out _)))
        {
            return true;
        }

        problems.Add(line, PartnerTemplate.ComplexCodeColumn, PartnerDataText.Get("InvalidComplexCode"));
        return false;
    }

    private bool IsNewKey(int line, Dictionary<string, string> texts)
    {
        var key = string.Join(" / ", template.KeyColumns.Select(c => texts[c]));
        if (firstLineOfKey.TryAdd(key, line))
        {
            return true;
        }

        problems.Add(line, string.Join(", ", template.KeyColumns), PartnerDataText.Format("DuplicateKey", key, firstLineOfKey[key]));
        return false;
    }
}
