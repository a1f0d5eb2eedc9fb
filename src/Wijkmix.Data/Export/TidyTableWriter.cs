using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Wijkmix.Core.Tables;

namespace Wijkmix.Data.Export;

/// <summary>
/// Writes a <see cref="TidyTable"/> as CSV (international or Dutch), XLSX or JSON. Values of known variables are rounded
/// as CBS publishes them unless <see cref="ExportOptions.Rounded"/> is off; a suppressed cell has an empty value and its
/// status. The international CSV and the JSON keep the stable code headers; the XLSX and the Dutch CSV have headers and
/// codes in words (Dutch, or English on request), and the XLSX a second sheet with each variable's source, unit and
/// definition. In CSV and XLSX a text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
/// gets a leading apostrophe, as the partner CSV does (OWASP: CSV injection).
/// </summary>
public static class TidyTableWriter
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    /// <summary>The format of a file by its extension (.csv is the international CSV).</summary>
    public static ExportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ExportFormat.Csv,
        ".xlsx" => ExportFormat.Xlsx,
        ".json" => ExportFormat.Json,
        _ => null,
    };

    /// <summary>The format named in a request or an option: csv, csv-nl, xlsx or json (any case).</summary>
    public static ExportFormat? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "csv-nl" => ExportFormat.CsvDutch,
        "xlsx" => ExportFormat.Xlsx,
        "json" => ExportFormat.Json,
        _ => null,
    };

    /// <summary>The format names <see cref="Parse"/> knows, in the order they are offered.</summary>
    public static IReadOnlyList<string> FormatNames { get; } = ["csv", "csv-nl", "xlsx", "json"];

    /// <summary>The file extension of a format (the Dutch CSV is a .csv too).</summary>
    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Json => "json",
        _ => "csv",
    };

    /// <summary>Writes to <paramref name="path"/> via a temporary file, so a failed write leaves no half file.</summary>
    public static void Write(this TidyTable table, string path, ExportFormat format, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            table.Write(stream, format, options);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the table; without <paramref name="options"/> rounded, in the current UI language (<see cref="ExportOptions.Current"/>).</summary>
    public static void Write(this TidyTable table, Stream stream, ExportFormat format, ExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= ExportOptions.Current;
        var rounded = options.Rounded ? Round(table, options) : table;
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsv(rounded, stream, CultureInfo.InvariantCulture, bom: false);
                break;
            case ExportFormat.CsvDutch:
                WriteCsv(InWords(rounded, options), stream, Dutch, bom: true);
                break;
            case ExportFormat.Json:
                TidyJson.Write(rounded, stream);
                break;
            default:
                WriteXlsx(rounded, stream, options);
                break;
        }
    }

    /// <summary>A text a spreadsheet shows as text, never evaluates: one that starts like a formula gets a leading apostrophe.</summary>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    /// <summary>The columns holding a value of the row's variable ("value", and the city's value in the wijkkompas) rounded by its unit.</summary>
    private static TidyTable Round(TidyTable table, ExportOptions options)
    {
        var variable = ExportLabels.IndexOf(table, "variable");
        int[] values = [ExportLabels.IndexOf(table, "value"), ExportLabels.IndexOf(table, "city_value")];
        if (variable < 0)
        {
            return table;
        }

        var result = new TidyTable(table.Columns);
        foreach (var row in table.Rows)
        {
            var cells = (object?[])row.Clone();
            if (options.Variable(row[variable]) is { } v)
            {
                foreach (var i in values.Where(i => i >= 0))
                {
                    cells[i] = cells[i] is double d ? CbsRounding.Round(d, v.Unit) : cells[i];
                }
            }

            result.Add(cells);
        }

        return result;
    }

    /// <summary>The table as a reader sees it: headers and codes in words, the variable's name beside its code.</summary>
    private static TidyTable InWords(TidyTable table, ExportOptions options)
    {
        var e = options.English;
        var variable = ExportLabels.IndexOf(table, "variable");
        var columns = table.Columns.ToList();
        if (variable >= 0)
        {
            columns.Insert(variable + 1, ExportLabels.VariableName);
        }

        var result = new TidyTable(columns.Select(c => ExportLabels.Header(c, e)).ToList());
        foreach (var row in table.Rows)
        {
            var cells = row.Select((cell, i) => ExportLabels.Cell(table.Columns[i], cell, e)).ToList();
            if (variable >= 0)
            {
                cells.Insert(variable + 1, options.Variable(row[variable])?.Name(e));
            }

            result.Add([.. cells]);
        }

        return result;
    }

    private static void WriteXlsx(TidyTable table, Stream stream, ExportOptions options)
    {
        var words = InWords(table, options);
        var sheets = new Dictionary<string, object>
        {
            [ExportLabels.DataSheet(options.English)] = words.Rows.Select(cells => Row(words.Columns, cells)).ToList(),
        };
        var sources = ExportLabels.Sources(table, options);
        if (sources.Count > 0)
        {
            sheets[ExportLabels.SourcesSheet(options.English)] = sources.Select(r => r.ToDictionary(p => p.Key, p => p.Value is string s ? Inert(s) : p.Value)).ToList();
        }

        stream.SaveAs(sheets, printHeader: true);
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string> columns, object?[] cells)
    {
        var row = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            row[columns[i]] = cells[i] is string text ? Inert(text) : cells[i];
        }

        return row;
    }

    private static void WriteCsv(TidyTable table, Stream stream, CultureInfo culture, bool bom)
    {
        // The Dutch CSV has a BOM so Excel reads the UTF-8 names (Súdwest-Fryslân) right; the international one has none,
        // because R's read.csv keeps a BOM in the first column's name.
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(culture));
        foreach (var column in table.Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell switch
                {
                    double d => d.ToString("R", culture),
                    string text => Inert(text),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => cell,
                });
            }

            csv.NextRecord();
        }
    }
}
