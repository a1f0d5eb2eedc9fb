using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Wijkmix.Data.Tests.Download;

/// <summary>The real CBS files the server serves, shaped as CBS OData and PDOK serve them.</summary>
public sealed partial class StatServer
{
    /// <summary>The real OData CSV of Den Haag 2019 (84583NED, all columns) as typed records; DataProperties built from its keys.</summary>
    private static (JsonArray, string, string) DenHaag2019()
    {
        var lines = ReadGz(Path.Combine(AppContext.BaseDirectory, "data", "cbs", "kwb_buurt_g4_2019_2021", "kwb2019_84583NED_denhaag_allcolumns.csv.gz"))
            .TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Fields(lines[0]);
        var rows = new JsonArray();
        foreach (var line in lines.Skip(1))
        {
            var cells = Fields(line);
            var record = new JsonObject();
            for (var i = 0; i < header.Length; i++)
            {
                var text = cells[i];
                var trimmed = text.Trim();
                record[header[i]] = header[i] == "ID" ? int.Parse(trimmed, CultureInfo.InvariantCulture)
                    : trimmed is "." or "" ? null // OData JSON has null where the CSV export has '.' or nothing
                    : header[i] is "WijkenEnBuurten" or "Gemeentenaam_1" or "SoortRegio_2" or "Codering_3" or "IndelingswijzigingWijkenEnBuurten_4"
                        ? JsonValue.Create(text)
                        : double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
            }

            rows.Add(record);
        }

        var properties = new JsonArray(new JsonObject { ["ID"] = 0, ["Type"] = "GeoDetail", ["Key"] = "WijkenEnBuurten", ["Title"] = "Wijken en buurten", ["MapYear"] = 2019 });
        properties.Add(new JsonObject { ["ID"] = 1, ["Type"] = "TopicGroup", ["Key"] = "", ["Title"] = "Regioaanduiding" });
        var id = 2;
        foreach (var key in header.Where(h => h is not "ID" and not "WijkenEnBuurten"))
        {
            properties.Add(new JsonObject { ["ID"] = id++, ["Type"] = "Topic", ["Key"] = key, ["Title"] = key });
        }

        var dataProperties = new JsonObject { ["odata.metadata"] = "DataProperties", ["value"] = properties }.ToJsonString();
        var tableInfos = """{"odata.metadata":"TableInfos","value":[{"ID":0,"Title":"Kerncijfers wijken en buurten 2019","Identifier":"84583NED","Period":"2019"}]}""";
        return (rows, dataProperties, tableInfos);
    }

    /// <summary>
    /// The real buurt boundaries of Den Haag 2019, with the properties PDOK's buurten collection names
    /// them by, and two of the buurt's KWB figures as the Wijk- en Buurtkaart carries them (-99997 where
    /// OData has null).
    /// </summary>
    private static JsonArray Buurten2019(JsonArray kwb)
    {
        var byCode = kwb.ToDictionary(r => r!["WijkenEnBuurten"]!.GetValue<string>().Trim());
        double Figure(string code, string key) => byCode[code]![key]?.GetValue<double>() ?? -99997;
        var path = Path.Combine(AppContext.BaseDirectory, "Download", "Fixtures", "buurt_2019_GM0518_denhaag.geojson.gz");
        var features = JsonNode.Parse(ReadGz(path))!["features"]!.AsArray();
        var result = new JsonArray();
        foreach (var feature in features)
        {
            var code = feature!["properties"]!["statcode"]!.GetValue<string>();
            result.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = code,
                ["geometry"] = feature["geometry"]!.DeepClone(),
                ["properties"] = new JsonObject
                {
                    ["buurtcode"] = code, ["wijkcode"] = "WK" + code[2..8], ["gemeentecode"] = "GM" + code[2..6], ["aantal_inwoners"] = Figure(code, "AantalInwoners_5"),
                    ["gem_woz_waarde"] = Figure(code, "GemiddeldeWoningwaarde_35"),
                },
            });
        }

        return result;
    }

    private static (JsonArray, string, string) WithRegionKey((JsonArray Rows, string DataProperties, string TableInfos) table, string key)
    {
        var rows = new JsonArray();
        foreach (var row in table.Rows)
        {
            var copy = row!.DeepClone().AsObject();
            var code = copy["WijkenEnBuurten"]!.DeepClone();
            copy.Remove("WijkenEnBuurten");
            copy[key] = code;
            rows.Add(copy);
        }

        return (rows, table.DataProperties.Replace("\"Key\":\"WijkenEnBuurten\"", $"\"Key\":\"{key}\"", StringComparison.Ordinal),
            table.TableInfos.Replace("2019", "2013", StringComparison.Ordinal));
    }

    private static string ReadGz(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string[] Fields(string line) => line.TrimEnd('\r').Trim('"').Split("\";\"");
}
