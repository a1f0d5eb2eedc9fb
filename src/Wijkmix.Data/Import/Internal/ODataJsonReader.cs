using System.Text.Json;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads OData TypedDataSet JSON: <c>{"value": [ {...}, ... ]}</c>, a bare array of records, or a
/// dict keyed by region code. A JSON null is CBS's suppressed cell. The year comes from the
/// DataProperties.json / TableInfos.json beside the file when present.
/// </summary>
internal static class ODataJsonReader
{
    public const string CodeColumn = "WijkenEnBuurten";

    public static RawTable Read(JsonElement root, ReadBudget budget, string? directory)
    {
        var file = budget.File;
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

        budget.Rows(records.Count);
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
                    budget.Columns(header.Count);
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
                cells[index[property.Name]] = Cell(property.Value, budget, property.Name);
            }

            rows.Add(new RawRow(0, cells));
        }

        return new RawTable(ImportFormat.ODataJson, header, rows) { SiblingYear = CbsMetadata.Year(directory) };
    }

    /// <summary>A JSON value as the text CBS would have written in a CSV cell (null becomes '.'), no longer than the limit.</summary>
    internal static string? Cell(JsonElement value, ReadBudget budget, string field)
    {
        var text = Cell(value);
        budget.Cell(text, null, field);
        return text;
    }

    private static string? Cell(JsonElement value) => value.ValueKind switch
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
}
