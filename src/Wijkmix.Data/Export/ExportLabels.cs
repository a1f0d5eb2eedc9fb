using System.Globalization;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Export;

/// <summary>
/// The words a reader sees in the XLSX and the Dutch CSV: column headers, status and role codes in Dutch or English,
/// and the sheet "Bronnen" with each variable's name, unit, source and definition.
/// </summary>
internal static class ExportLabels
{
    /// <summary>The column added after "variable" with the variable's name in words.</summary>
    public const string VariableName = "variable_name";

    /// <summary>Columns whose cells are codes a reader gets in words.</summary>
    private static readonly HashSet<string> CodedColumns = new(StringComparer.Ordinal) { "status", "role", "signals" };

    public static string Header(string column, bool english) => Lookup("ExportColumn_" + column, english) ?? column;

    /// <summary>A code cell in words ("published" → "gepubliceerd"); unknown codes stay as they are.</summary>
    public static object? Cell(string column, object? cell, bool english)
    {
        if (cell is not string code || !CodedColumns.Contains(column) || code.Length == 0)
        {
            return cell;
        }

        return string.Join(' ', code.Split(' ').Select(part => Lookup("ExportCode_" + part, english) ?? part));
    }

    /// <summary>The variables the table mentions (in order of first use) as rows of the sources sheet, with the sources its rows name.</summary>
    public static List<Dictionary<string, object?>> Sources(TidyTable table, ExportOptions options)
    {
        var variableColumn = IndexOf(table, "variable");
        var sourceColumn = IndexOf(table, "source");
        var sources = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (variableColumn >= 0 && row[variableColumn] is string id)
            {
                var set = sources.TryGetValue(id, out var s) ? s : sources[id] = new SortedSet<string>(StringComparer.Ordinal);
                if (sourceColumn >= 0 && row[sourceColumn] is string source)
                {
                    set.Add(source);
                }
            }
        }

        var e = options.English;
        return sources.Select(pair =>
        {
            var v = options.Variable(pair.Key);
            var source = string.Join(", ", new[] { v?.Source }.Concat(pair.Value).OfType<string>());
            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                [Header("variable", e)] = pair.Key,
                [Header(VariableName, e)] = v?.Name(e),
                [Header("unit", e)] = v is null ? null : Lookup("ExportUnit_" + v.Unit, e),
                [Header("decimals", e)] = v is null || !options.Rounded ? null : CbsRounding.Decimals(v.Unit),
                [Header("source", e)] = source,
                [Header("definition", e)] = v?.Definition,
            };
        }).ToList();
    }

    public static string SourcesSheet(bool english) => Lookup("ExportSourcesSheet", english)!;

    public static string DataSheet(bool english) => Lookup("ExportDataSheet", english)!;

    public static int IndexOf(TidyTable table, string column)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    private static readonly CultureInfo Dutch = new("nl");
    private static readonly CultureInfo English = new("en");

    private static string? Lookup(string key, bool english) => Messages.ResourceManager.GetString(key, english ? English : Dutch);
}
