using System.Globalization;
using System.Text.Json;
using Wijkmix.Core.Tables;

namespace Wijkmix.Data.Export;

/// <summary>A tidy table as a JSON array of objects, one per row, with the stable code names as keys.</summary>
internal static class TidyJson
{
    public static void Write(TidyTable table, Stream stream)
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
