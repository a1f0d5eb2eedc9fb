using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Wijkmix.Data.Tests;

namespace Wijkmix.Monitor.Tests;

/// <summary>
/// The raw CBS files read here with nothing but string splitting, independently of the importers,
/// so tests compare the store's answers with the files themselves. A row is keyed by column name.
/// </summary>
internal static class RawKwb
{
    /// <summary>A kwb sheet of Utrecht (converted to ';'-CSV in ../shared/data/cbs), rows by gwb_code.</summary>
    public static Dictionary<string, Dictionary<string, string>> Utrecht(int year) =>
        Shared("kwb_utrecht_2023_2024", $"CBS-Utrecht-kwb-{year}.converted.csv", ';');

    /// <summary>The nationwide gemeente file of <paramref name="year"/> in ../shared/data/cbs (','-CSV), rows by gwb_code.</summary>
    public static Dictionary<string, Dictionary<string, string>> Gemeenten(int year) =>
        Shared("kwb_gemeente_2020_2025", $"kwb{year}_clean.csv", ',');

    /// <summary>An OData CSV of the bundled data (gzip), rows by WijkenEnBuurten.</summary>
    public static Dictionary<string, Dictionary<string, string>> OData(params string[] parts)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Scratch.Bundled(parts)), CompressionMode.Decompress));
        return Rows(reader, ';').ToDictionary(r => r["WijkenEnBuurten"]);
    }

    /// <summary>The properties of each feature of a bundled GeoJSON file (gzip).</summary>
    public static List<JsonElement> Features(params string[] parts)
    {
        using var gzip = new GZipStream(File.OpenRead(Scratch.Bundled(parts)), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        return json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Clone()).ToList();
    }

    /// <summary>A raw CSV staged in ../shared/data/cbs, rows by gwb_code.</summary>
    private static Dictionary<string, Dictionary<string, string>> Shared(string folder, string file, char separator)
    {
        var path = Path.Combine(Scratch.FindShared() ?? string.Empty, folder, file);
        Assert.True(File.Exists(path), $"{folder}/{file} is staged in ../shared/data/cbs");
        using var reader = new StreamReader(path);
        return Rows(reader, separator).ToDictionary(r => r["gwb_code"]);
    }

    /// <summary>A cell as a number; null for CBS's '.' (suppressed).</summary>
    public static double? Number(this Dictionary<string, string> row, string column) =>
        row[column] == "." ? null : double.Parse(row[column], CultureInfo.InvariantCulture);

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, both published.</summary>
    public static double Share(this Dictionary<string, string> row, string part, string whole) =>
        row.Number(part)!.Value / row.Number(whole)!.Value * 100;

    private static IEnumerable<Dictionary<string, string>> Rows(StreamReader reader, char separator)
    {
        var header = Cells(reader.ReadLine()!, separator);
        while (reader.ReadLine() is { } line)
        {
            yield return header.Zip(Cells(line, separator)).ToDictionary(p => p.First, p => p.Second);
        }
    }

    /// <summary>Splits on <paramref name="separator"/> outside double quotes ("Nuenen, Gerwen en Nederwetten"), then trims quotes and padding.</summary>
    private static List<string> Cells(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells.Add(cell.ToString().Trim('\uFEFF').Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim('\uFEFF').Trim());
        return cells;
    }
}
