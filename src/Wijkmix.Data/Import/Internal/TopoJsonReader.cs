using System.Text.Json;
using NetTopologySuite.Geometries;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads a TopoJSON topology of CBS areas (as the generalised Wijk- en Buurtkaart is published for
/// web maps): every Polygon or MultiPolygon of every object becomes a table row with its properties,
/// and its rings are rebuilt from the shared arcs as WGS84 GeoJSON.
/// </summary>
/// <remarks>
/// Follows the TopoJSON Format Specification 1.0 (github.com/topojson/topojson-specification):
/// §2.1.2 a topology's <c>transform</c> (scale, translate) makes arcs quantized, and then each arc
/// position after the first is a delta of the previous one (§2.2); §2.1.4 arc index i &lt; 0 means
/// arc ~i reversed; §2.2.6–2.2.7 a ring is the concatenation of its arcs, where each arc's first
/// position repeats the previous arc's last one.
/// </remarks>
internal static class TopoJsonReader
{
    private static readonly GeometryFactory Factory = new();

    public static bool IsTopology(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var type)
        && type.ValueKind == JsonValueKind.String && type.ValueEquals("Topology");

    public static RawTable Read(JsonElement root, ReadBudget budget)
    {
        var file = budget.File;
        var arcs = DecodeArcs(root, file);
        var header = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = new List<JsonElement>();
        if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Object)
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.TopoJsonMissing, "objects"));
        }

        foreach (var obj in objects.EnumerateObject())
        {
            Collect(obj.Value, items);
            budget.Rows(items.Count);
        }

        foreach (var item in items)
        {
            if (item.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in props.EnumerateObject())
                {
                    if (index.TryAdd(p.Name, header.Count))
                    {
                        header.Add(p.Name);
                        budget.Columns(header.Count);
                    }
                }
            }
        }

        var rows = new List<RawRow>(items.Count);
        var geometries = new List<string?>(items.Count);
        foreach (var item in items)
        {
            var cells = new string?[header.Count];
            if (item.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in props.EnumerateObject())
                {
                    cells[index[p.Name]] = ODataJsonReader.Cell(p.Value, budget, p.Name);
                }
            }

            rows.Add(new RawRow(0, cells));
            geometries.Add(Build(item, arcs, budget, cells));
        }

        return new RawTable(ImportFormat.TopoJson, header, rows) { Geometries = geometries };
    }

    /// <summary>Polygons and multipolygons, also inside (nested) geometry collections; other types carry no area.</summary>
    private static void Collect(JsonElement geometry, List<JsonElement> into)
    {
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var type))
        {
            return;
        }

        if (type.ValueEquals("GeometryCollection") && geometry.TryGetProperty("geometries", out var children)
            && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, into);
            }
        }
        else if (type.ValueEquals("Polygon") || type.ValueEquals("MultiPolygon"))
        {
            into.Add(geometry);
        }
    }

    /// <summary>Every arc as absolute WGS84 positions, rounded to 7 decimals (about 1 cm).</summary>
    private static Coordinate[][] DecodeArcs(JsonElement root, string file)
    {
        if (!root.TryGetProperty("arcs", out var arcs) || arcs.ValueKind != JsonValueKind.Array)
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.TopoJsonMissing, "arcs"));
        }

        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform) && transform.ValueKind == JsonValueKind.Object;
        if (quantized)
        {
            if (!transform.TryGetProperty("scale", out var scale) || !transform.TryGetProperty("translate", out var translate)
                || scale.ValueKind != JsonValueKind.Array || scale.GetArrayLength() < 2
                || translate.ValueKind != JsonValueKind.Array || translate.GetArrayLength() < 2)
            {
                throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.TopoJsonMissing, "transform.scale/translate"));
            }

            (sx, sy, tx, ty) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }

        var result = new Coordinate[arcs.GetArrayLength()][];
        var a = 0;
        foreach (var arc in arcs.EnumerateArray())
        {
            var positions = new Coordinate[arc.GetArrayLength()];
            double x = 0, y = 0;
            var i = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
                {
                    throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.TopoJsonBadArc, a));
                }

                var (px, py) = (position[0].GetDouble(), position[1].GetDouble());
                (x, y) = quantized ? (x + px, y + py) : (px, py);
                positions[i++] = quantized
                    ? new Coordinate(Math.Round((x * sx) + tx, 7), Math.Round((y * sy) + ty, 7))
                    : new Coordinate(x, y);
            }

            result[a++] = positions;
        }

        return result;
    }

    private static string Build(JsonElement item, Coordinate[][] arcs, ReadBudget budget, string?[] cells)
    {
        var name = cells.FirstOrDefault(c => c?.Length > 2 && char.IsLetter(c[0])) ?? "?";
        Geometry geometry;
        try
        {
            var rings = item.GetProperty("arcs");
            geometry = item.GetProperty("type").ValueEquals("Polygon")
                ? Polygon(rings, arcs)
                : Factory.CreateMultiPolygon(rings.EnumerateArray().Select(p => Polygon(p, arcs)).ToArray());
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentException)
        {
            throw InputFile.Fail(budget.File, string.Format(Messages.Culture, Messages.InvalidGeometry, name, e.Message));
        }

        budget.Vertices(geometry.NumPoints, name);
        GeoJsonReader.CheckInNetherlands(geometry, budget.File, name);
        return JsonSerializer.Serialize(geometry, GeoJsonReader.GeometryJson);
    }

    private static Polygon Polygon(JsonElement rings, Coordinate[][] arcs)
    {
        var built = rings.EnumerateArray().Select(r => Factory.CreateLinearRing(Ring(r, arcs))).ToArray();
        if (built.Length == 0)
        {
            throw new ArgumentException(Messages.TopoJsonEmptyPolygon);
        }

        return Factory.CreatePolygon(built[0], built[1..]);
    }

    private static Coordinate[] Ring(JsonElement ring, Coordinate[][] arcs)
    {
        var coordinates = new List<Coordinate>();
        foreach (var reference in ring.EnumerateArray())
        {
            var i = reference.GetInt32();
            var arc = arcs[i >= 0 ? i : ~i];
            var start = coordinates.Count == 0 ? 0 : 1;
            for (var k = start; k < arc.Length; k++)
            {
                coordinates.Add(arc[i >= 0 ? k : arc.Length - 1 - k].Copy());
            }
        }

        return coordinates.ToArray();
    }
}
