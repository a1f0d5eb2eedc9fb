using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Wijkmix.Fuzz;

/// <summary>
/// The real files the inputs are generated from, cut to a few dozen records so one input takes
/// milliseconds: the repository's bundled CBS files (data/, see data/PROVENANCE.md) and the PDOK fixture
/// of the download tests. Nothing here is typed by hand; every seed is a prefix or subset of a real file.
/// </summary>
public static class Seeds
{
    public static string Root { get; } = FindRoot();

    public static string Data(string relative) => Path.Combine(Root, "data", relative);

    /// <summary>The header and the first <paramref name="records"/> lines of a (gzipped) text file, as it was.</summary>
    public static byte[] Lines(string path, int records)
    {
        var bytes = Read(path);
        var lines = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' && ++lines > records)
            {
                return bytes[..(i + 1)];
            }
        }

        return bytes;
    }

    /// <summary>The first <paramref name="count"/> areas of an OData JSON file keyed by region code.</summary>
    public static byte[] ODataJson(string path, int count)
    {
        var all = JsonNode.Parse(Read(path))!.AsObject();
        var cut = new JsonObject();
        foreach (var (key, value) in all.Take(count))
        {
            cut[key] = value!.DeepClone();
        }

        return Encoding.UTF8.GetBytes(cut.ToJsonString());
    }

    /// <summary>The first <paramref name="count"/> features of a GeoJSON FeatureCollection.</summary>
    public static byte[] GeoJson(string path, int count)
    {
        var all = JsonNode.Parse(Read(path))!.AsObject();
        var features = new JsonArray([.. all["features"]!.AsArray().Take(count).Select(f => f!.DeepClone())]);
        all["features"] = features;
        return Encoding.UTF8.GetBytes(all.ToJsonString());
    }

    /// <summary>
    /// The first <paramref name="count"/> geometries of a TopoJSON topology with only the arcs they use,
    /// renumbered (TopoJSON 1.0 §2.2: arc index i, or ~i for the reversed arc).
    /// </summary>
    public static byte[] TopoJson(string path, int count)
    {
        var topology = JsonNode.Parse(Read(path))!.AsObject();
        var arcs = topology["arcs"]!.AsArray();
        var used = new Dictionary<int, int>();
        var kept = new JsonArray();

        JsonNode Renumber(JsonNode node)
        {
            if (node is JsonArray array)
            {
                return new JsonArray([.. array.Select(n => Renumber(n!))]);
            }

            var index = node.GetValue<int>();
            var arc = index < 0 ? ~index : index;
            if (!used.TryGetValue(arc, out var renumbered))
            {
                renumbered = used[arc] = used.Count;
                kept.Add(arcs[arc]!.DeepClone());
            }

            return JsonValue.Create(index < 0 ? ~renumbered : renumbered);
        }

        foreach (var (_, value) in topology["objects"]!.AsObject())
        {
            var geometries = value!["geometries"]!.AsArray();
            var subset = geometries.Take(count).Select(g => g!.DeepClone().AsObject()).ToList();
            foreach (var geometry in subset)
            {
                geometry["arcs"] = Renumber(geometry["arcs"]!);
            }

            value["geometries"] = new JsonArray([.. subset]);
        }

        topology["arcs"] = kept;
        return Encoding.UTF8.GetBytes(topology.ToJsonString());
    }

    /// <summary>
    /// A partner file in the corporatie-complexen template, generated from real Utrecht buurten: per buurt
    /// two complexes that split its households (KWB 2019 HuishoudensTotaal_28) as dwellings, a tenth social, lettings a twentieth.
    /// </summary>
    public static (byte[] Csv, HashSet<string> Buurten) PartnerComplexes(int buurten)
    {
        var text = Encoding.UTF8.GetString(Read(Data("cbs/kwb_buurt_g4_2019_2021/kwb2019_84583NED_utrecht_selected.csv.gz")));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(';').Select(h => h.Trim().Trim('"').TrimStart('\uFEFF')).ToList();
        int code = header.IndexOf("Codering_3"), dwellings = header.IndexOf("HuishoudensTotaal_28");
        var csv = new StringBuilder("complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent\r\n");
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(';').Select(f => f.Trim().Trim('"').Trim()).ToArray();
            if (!fields[code].StartsWith("BU", StringComparison.Ordinal) || codes.Count == buurten ||
                !long.TryParse(fields[dwellings], CultureInfo.InvariantCulture, out var homes))
            {
                continue;
            }

            codes.Add(fields[code]);
            foreach (var (part, share) in new[] { ("a", 0.6), ("b", 0.4) })
            {
                var n = (long)(homes * share);
                csv.Append(CultureInfo.InvariantCulture, $"{fields[code]}:complex-{part};{fields[code]};{n};{n / 10};{n / 20};{n / 100}\r\n");
            }
        }

        return (Encoding.UTF8.GetBytes(csv.ToString()), codes);
    }

    /// <summary>A file's bytes, gunzipped when it is gzip.</summary>
    public static byte[] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return bytes;
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Wijkmix.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Wijkmix.slnx not found above " + AppContext.BaseDirectory + " or the current folder");
    }
}
