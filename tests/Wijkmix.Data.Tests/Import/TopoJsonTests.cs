using System.IO.Compression;
using System.Text.Json;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>The TopoJSON reader: a topology checked on paper, the CBS national buurt map, and broken topologies.</summary>
public class TopoJsonTests
{
    /// <summary>
    /// Two unit squares side by side sharing the arc x = 1, quantized (scale 0.5, translate 4, 50) and
    /// delta-encoded: arc 0 runs (1,0)→(1,1) in grid units ×2; the right square uses it reversed (~0 = -1).
    /// </summary>
    private const string TwoSquares = """
        {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[4,50]},
         "objects":{"buurten":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,1]],"properties":{"statcode":"BU00010001","statnaam":"West"}},
           {"type":"Polygon","arcs":[[-1,2]],"properties":{"statcode":"BU00010002","statnaam":"Oost"}}]}},
         "arcs":[[[2,0],[0,2]],
                 [[2,2],[-2,0],[0,-2],[2,0]],
                 [[2,0],[2,0],[0,2],[-2,0]]]}
        """;

    private static double[][] Ring(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        Assert.Equal("Polygon", doc.RootElement.GetProperty("type").GetString());
        return doc.RootElement.GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => new[] { p[0].GetDouble(), p[1].GetDouble() }).ToArray();
    }

    [Fact]
    public void Read_QuantizedTopology_RebuildsRingsFromSharedArcs()
    {
        using var scratch = new Scratch();
        var parsed = Importer.Read(scratch.File("buurten_2019.topojson", TwoSquares));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal(ImportFormat.TopoJson, parsed.Format);
        Assert.Equal(["BU00010001", "BU00010002"], parsed.Geometries.Select(g => g.Code.Value));
        Assert.Equal(["West", "Oost"], parsed.Areas.Select(a => a.Name));
        Assert.All(parsed.Areas, a => Assert.Equal(2019, a.Year));
        // West: (5,50) up to (5,51), then left and down back to (5,50) — positions worked out by hand.
        Assert.Equal(new[] { new[] { 5.0, 50 }, [5, 51], [4, 51], [4, 50], [5, 50] }, Ring(parsed.Geometries[0].GeoJson));
        // Oost: the shared arc reversed, (5,51) down to (5,50), then round the right square.
        Assert.Equal(new[] { new[] { 5.0, 51 }, [5, 50], [6, 50], [6, 51], [5, 51] }, Ring(parsed.Geometries[1].GeoJson));
    }

    [Fact]
    public void Read_CbsNationalBuurtMap2019_AllBuurtenWithTheirGeometryTypes()
    {
        var parsed = Importer.Read(Scratch.Bundled("geo_buurt_2019", "nl_buurt_2019_gegeneraliseerd.topojson.gz"));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        // The provenance note: 13,594 geometries, 13,392 Polygon and 202 MultiPolygon, in all 355 gemeenten of 2019.
        Assert.Equal(13_594, parsed.Geometries.Count);
        Assert.Equal(202, parsed.Geometries.Count(g => g.GeoJson.Contains("\"MultiPolygon\"", StringComparison.Ordinal)));
        Assert.Equal(355, parsed.Geometries.Select(g => g.Code.Value[2..6]).Distinct().Count());
        Assert.Empty(parsed.Observations);
    }

    /// <summary>
    /// The staged per-gemeente extracts were decoded from the same topology by other code (rounded to 7
    /// decimals, exterior rings clockwise as in TopoJSON); the reader writes RFC 7946 counter-clockwise
    /// rings, so positions are compared as sorted (x, y) pairs per buurt.
    /// </summary>
    [Theory]
    [InlineData("buurt_2019_GM0344_utrecht.geojson.gz", 111)]
    [InlineData("buurt_2019_GM0855_tilburg.geojson.gz", 251)]
    public void Read_CbsNationalBuurtMap2019_EqualsAnIndependentDecoding(string extract, int buurten)
    {
        var shared = Scratch.FindShared();
        Assert.True(shared is not null, "../shared/data/cbs is beside the repository");
        var expected = ExtractCoordinates(Path.Combine(shared, "geo_buurt_2019", extract));
        var parsed = Importer.Read(Scratch.Bundled("geo_buurt_2019", "nl_buurt_2019_gegeneraliseerd.topojson.gz"));
        var actual = parsed.Geometries.Where(g => expected.ContainsKey(g.Code.Value))
            .ToDictionary(g => g.Code.Value, g => Flatten(JsonDocument.Parse(g.GeoJson).RootElement));

        Assert.Equal(buurten, expected.Count);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key], (a, b) => Math.Abs(a - b) <= 1.5e-7));
    }

    [Theory]
    [InlineData("""{"type":"Topology","objects":{"b":{"type":"GeometryCollection","geometries":[]}}}""", "'arcs'")]
    [InlineData("""{"type":"Topology","arcs":[]}""", "'objects'")]
    [InlineData("""{"type":"Topology","transform":{"scale":[1],"translate":[0,0]},"arcs":[],"objects":{}}""", "'transform.scale/translate'")]
    [InlineData("""{"type":"Topology","arcs":[[[0,0],[1]]],"objects":{}}""", "boog 0")]
    [InlineData("""{"type":"Topology","arcs":[[[0,0],[1,0],[0,1],[0,0]]],"objects":{"b":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[[7]],"properties":{"statcode":"BU00010001"}}]}}}""", "BU00010001")]
    public void Read_BrokenTopology_NamesFileAndWhatIsWrong(string text, string expected)
    {
        using var scratch = new Scratch();
        var parsed = Importer.Read(scratch.File("kaart_2019.topojson", text));

        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Geometries);
        var problem = parsed.Problems[0].ToString();
        Assert.StartsWith("kaart_2019.topojson", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    private static Dictionary<string, List<double>> ExtractCoordinates(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        return doc.RootElement.GetProperty("features").EnumerateArray().ToDictionary(
            f => f.GetProperty("properties").GetProperty("statcode").GetString()!,
            f => Flatten(f.GetProperty("geometry")));
    }

    private static List<double> Flatten(JsonElement geometry)
    {
        var values = new List<double>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Number)
            {
                values.Add(e.GetDouble());
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in e.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }

        Walk(geometry.GetProperty("coordinates"));
        return values.Chunk(2).OrderBy(p => p[0]).ThenBy(p => p[1]).SelectMany(p => p).ToList();
    }
}
