using System.Globalization;
using System.Text.Json;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import;

/// <summary>
/// Reads OData TypedDataSet JSON: <c>{"value": [ {...}, ... ]}</c>, a bare array of records, or a
/// dict keyed by region code. A JSON null is CBS's suppressed cell. The year comes from the
/// DataProperties.json / TableInfos.json beside the file when present.
/// </summary>
internal static class ODataJsonReader
{
    public const string CodeColumn = "WijkenEnBuurten";

    public static RawTable Read(JsonElement root, string file, string? directory)
    {
        var records = new List<(string? Key, JsonElement Record)>();
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
        {
            records.AddRange(value.EnumerateArray().Select(r => ((string?)null, r)));
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            records.AddRange(root.EnumerateArray().Select(r => ((string?)null, r)));
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            records.AddRange(root.EnumerateObject().Select(p => ((string?)p.Name, p.Value)));
        }

        var header = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        if (records.Any(r => r.Key is not null))
        {
            index[CodeColumn] = 0;
            header.Add(CodeColumn);
        }

        foreach (var (_, record) in records)
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.InvalidJson, record.ValueKind));
            }

            foreach (var property in record.EnumerateObject())
            {
                if (index.TryAdd(property.Name, header.Count))
                {
                    header.Add(property.Name);
                }
            }
        }

        var rows = new List<RawRow>(records.Count);
        foreach (var (key, record) in records)
        {
            var cells = new string?[header.Count];
            if (key is not null)
            {
                cells[0] = key;
            }

            foreach (var property in record.EnumerateObject())
            {
                cells[index[property.Name]] = Cell(property.Value);
            }

            rows.Add(new RawRow(0, cells));
        }

        return new RawTable(ImportFormat.ODataJson, header, rows) { SiblingYear = MetadataYear(directory) };
    }

    /// <summary>A JSON value as the text CBS would have written in a CSV cell; null becomes '.'.</summary>
    internal static string? Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => ".",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "1",
        JsonValueKind.False => "0",
        _ => value.GetRawText(),
    };

    /// <summary>True for DataProperties.json (column metadata) and TableInfos.json: metadata, no figures.</summary>
    public static bool IsMetadata(JsonElement root)
    {
        var items = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var v) ? v : root;
        if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0 || items[0].ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var first = items[0];
        return (first.TryGetProperty("Key", out _) && first.TryGetProperty("Type", out _))
               || (first.TryGetProperty("Identifier", out _) && first.TryGetProperty("Period", out _));
    }

    private static int? MetadataYear(string? directory)
    {
        if (directory is null)
        {
            return null;
        }

        foreach (var (name, find) in new (string, Func<JsonElement, string?>)[]
                 {
                     ("TableInfos.json", e => e.TryGetProperty("Period", out var p) ? p.ToString() : null),
                     ("DataProperties.json", e => e.TryGetProperty("MapYear", out var y) ? y.ToString() : null),
                 })
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
                var items = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("value", out var v) ? v : doc.RootElement;
                if (items.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    if (find(item) is { Length: >= 4 } text && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                    {
                        return year;
                    }
                }
            }
            catch (JsonException)
            {
                // A broken metadata file only means the year must come from elsewhere.
            }
        }

        return null;
    }
}
