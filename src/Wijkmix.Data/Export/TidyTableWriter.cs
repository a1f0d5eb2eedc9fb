using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using Wijkmix.Core.Tables;

namespace Wijkmix.Data.Export;

/// <summary>The file formats of an export, chosen by the file's extension.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
    Json,
}

/// <summary>
/// Writes a <see cref="TidyTable"/> as CSV, XLSX or JSON. Numbers are written invariantly so R, Python
/// and Excel read them alike; a suppressed cell has an empty value and status "geheim". In CSV and
/// XLSX a text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR; an
/// area name from an uploaded file, say) gets a leading apostrophe, as the partner CSV does (OWASP: CSV injection).
/// </summary>
public static class TidyTableWriter
{
    public static ExportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ExportFormat.Csv,
        ".xlsx" => ExportFormat.Xlsx,
        ".json" => ExportFormat.Json,
        _ => null,
    };

    /// <summary>Writes to <paramref name="path"/> via a temporary file, so a failed write leaves no half file.</summary>
    public static void Write(this TidyTable table, string path, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            table.Write(stream, format);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static void Write(this TidyTable table, Stream stream, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        switch (format)
        {
            case ExportFormat.Csv:
                WriteCsv(table, stream);
                break;
            case ExportFormat.Json:
                WriteJson(table, stream);
                break;
            default:
                stream.SaveAs(table.Rows.Select(cells => Row(table.Columns, cells)).ToList(), printHeader: true);
                break;
        }
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

    /// <summary>A text a spreadsheet shows as text, never evaluates: one that starts like a formula gets a leading apostrophe.</summary>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static void WriteCsv(TidyTable table, Stream stream)
    {
        // A BOM so Excel opens the UTF-8 names (Súdwest-Fryslân) correctly.
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture));
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
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    string text => Inert(text),
                    _ => cell,
                });
            }

            csv.NextRecord();
        }
    }

    private static void WriteJson(TidyTable table, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                json.WritePropertyName(table.Columns[i]);
                switch (row[i])
                {
                    case null:
                        json.WriteNullValue();
                        break;
                    case double d:
                        json.WriteNumberValue(d);
                        break;
                    case int n:
                        json.WriteNumberValue(n);
                        break;
                    case var other:
                        json.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture));
                        break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
