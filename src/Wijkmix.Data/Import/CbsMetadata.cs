using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Wijkmix.Data.Import;

/// <summary>A column as the table's own DataProperties.json describes it.</summary>
/// <param name="Unit">CBS's unit text ("aantal", "%", "x 1 000 euro"); null when not stated.</param>
/// <param name="Decimals">The decimals CBS publishes; null when not stated.</param>
public sealed record CbsColumn(string Key, string Title, string? Unit, int? Decimals);

/// <summary>
/// The metadata CBS ships beside an OData table: DataProperties.json (the columns: key, title, unit,
/// decimals) and TableInfos.json (the period). Read from the data file's folder, plain or gzip'ed.
/// A missing or broken metadata file only means the information must come from elsewhere.
/// </summary>
internal static class CbsMetadata
{
    /// <summary>The Topic columns of the sibling DataProperties.json by key; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, CbsColumn> Columns(string? directory)
    {
        var columns = new Dictionary<string, CbsColumn>(StringComparer.Ordinal);
        foreach (var item in Items(directory, "DataProperties.json"))
        {
            if (item.TryGetProperty("Type", out var type) && type.ValueEquals("Topic")
                && item.TryGetProperty("Key", out var key) && key.GetString() is { Length: > 0 } k)
            {
                columns[k] = new CbsColumn(
                    k,
                    item.TryGetProperty("Title", out var title) ? title.GetString()?.Trim() ?? k : k,
                    item.TryGetProperty("Unit", out var unit) && unit.ValueKind == JsonValueKind.String ? unit.GetString() : null,
                    item.TryGetProperty("Decimals", out var decimals) && decimals.TryGetInt32(out var d) ? d : null);
            }
        }

        return columns;
    }

    /// <summary>The year of the table: TableInfos' Period, else DataProperties' MapYear.</summary>
    public static int? Year(string? directory)
    {
        foreach (var (name, property) in new[] { ("TableInfos.json", "Period"), ("DataProperties.json", "MapYear") })
        {
            foreach (var item in Items(directory, name))
            {
                if (item.TryGetProperty(property, out var p) && p.ToString() is { Length: >= 4 } text
                    && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    return year;
                }
            }
        }

        return null;
    }

    private static List<JsonElement> Items(string? directory, string name)
    {
        if (directory is null)
        {
            return [];
        }

        var path = Path.Combine(directory, name);
        var gz = path + ".gz";
        try
        {
            byte[] bytes;
            if (File.Exists(path))
            {
                bytes = File.ReadAllBytes(path);
            }
            else if (File.Exists(gz))
            {
                using var gzip = new GZipStream(File.OpenRead(gz), CompressionMode.Decompress);
                using var buffer = new MemoryStream();
                gzip.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                return [];
            }

            using var doc = JsonDocument.Parse(bytes);
            var items = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("value", out var v) ? v : doc.RootElement;
            return items.ValueKind == JsonValueKind.Array
                ? items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => i.Clone()).ToList()
                : [];
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
        {
            return [];
        }
    }
}
