using System.Text.Json;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Monitor.Maps;

/// <summary>What a map shows of one area: its name, its figure as text, and its colour class.</summary>
public sealed record FeatureValue(AreaCode Code, string Name, double? Value, string Text, int? Class);

/// <summary>Writes stored boundaries as a GeoJSON FeatureCollection with the values of a view as properties.</summary>
public static class GeoFeatures
{
    /// <summary>
    /// The boundaries of <paramref name="values"/> in <paramref name="year"/> (or the latest stored one);
    /// areas without a boundary are left out of the map (the page's table still lists them).
    /// </summary>
    public static byte[] Write(IObservationSource store, IReadOnlyList<FeatureValue> values, int year)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(values);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var v in values)
            {
                if ((store.Geometry(v.Code, year) ?? store.Geometry(v.Code)) is not { } geometry)
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WritePropertyName("geometry");
                json.WriteRawValue(geometry, skipInputValidation: true);
                json.WriteStartObject("properties");
                json.WriteString("code", v.Code.Value);
                json.WriteString("name", v.Name);
                if (v.Value is { } number)
                {
                    json.WriteNumber("value", number);
                }
                else
                {
                    json.WriteNull("value");
                }

                json.WriteString("text", v.Text);
                if (v.Class is { } c)
                {
                    json.WriteNumber("class", c);
                }
                else
                {
                    json.WriteNull("class");
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
