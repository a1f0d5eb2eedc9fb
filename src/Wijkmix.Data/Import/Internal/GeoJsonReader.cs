using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads a GeoJSON FeatureCollection of CBS areas: properties become a table row, geometry is kept
/// as WGS84 GeoJSON. Coordinates in RD New (EPSG:28992) are converted.
/// </summary>
internal static class GeoJsonReader
{
    private static readonly Lazy<MathTransform> RdToWgs84 = new(() =>
    {
        var rd = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(DutchGrid.RdNewWkt);
        return new CoordinateTransformationFactory()
            .CreateFromCoordinateSystems(rd, GeographicCoordinateSystem.WGS84).MathTransform;
    });

    /// <summary>WGS84 (longitude, latitude) to RD New metres: for areas and distances (the crosswalk, spatial segregation).</summary>
    internal static readonly Lazy<MathTransform> Wgs84ToRd = new(() =>
    {
        var rd = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(DutchGrid.RdNewWkt);
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, rd).MathTransform;
    });

    internal static readonly JsonSerializerOptions GeometryJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static RawTable Read(JsonElement root, ReadBudget budget)
    {
        var file = budget.File;
        var features = root.GetProperty("features");
        budget.Rows(features.GetArrayLength());
        var isRd = IsRdNew(root, features);
        var header = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in features.EnumerateArray())
        {
            if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
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

        var rows = new List<RawRow>();
        var geometries = new List<string?>();
        foreach (var feature in features.EnumerateArray())
        {
            var cells = new string?[header.Count];
            if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in props.EnumerateObject())
                {
                    // In these files an absent property means "no data"; a JSON null is a suppressed cell.
                    cells[index[p.Name]] = ODataJsonReader.Cell(p.Value, budget, p.Name);
                }
            }

            rows.Add(new RawRow(0, cells));
            geometries.Add(feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object
                ? ToWgs84(g, isRd, budget, cells)
                : null);
        }

        int? year = root.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
                    && meta.TryGetProperty("year", out var y) && y.TryGetInt32(out var metaYear)
            ? metaYear
            : null;
        return new RawTable(ImportFormat.GeoJson, header, rows, year) { Geometries = geometries };
    }

    private static string AreaName(string?[] cells) =>
        cells.FirstOrDefault(c => c?.Length > 2 && (c.StartsWith("GM", StringComparison.Ordinal)
            || c.StartsWith("WK", StringComparison.Ordinal) || c.StartsWith("BU", StringComparison.Ordinal))) ?? "?";

    /// <summary>Converts an RD New point (metres) to WGS84 (longitude, latitude).</summary>
    public static (double Longitude, double Latitude) RdToLonLat(double x, double y)
    {
        var p = RdToWgs84.Value.Transform([x, y]);
        return (p[0], p[1]);
    }

    private static string ToWgs84(JsonElement element, bool isRd, ReadBudget budget, string?[] cells)
    {
        var file = budget.File;
        Geometry geometry;
        try
        {
            geometry = JsonSerializer.Deserialize<Geometry>(element.GetRawText(), GeometryJson)
                       ?? throw new JsonException("null");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.InvalidGeometry, AreaName(cells), e.Message));
        }

        budget.Vertices(geometry.NumPoints, AreaName(cells));
        return ToGeoJson(geometry, isRd, file, AreaName(cells));
    }

    /// <summary>
    /// A geometry as WGS84 GeoJSON text; RD New coordinates (metres) are converted first, rounded to 7 decimals (about 1 cm).
    /// A boundary with a coordinate outside the Netherlands and its coastal waters (or not a number at all) is refused.
    /// </summary>
    internal static string ToGeoJson(Geometry geometry, bool isRd, string file, string area)
    {
        if (isRd)
        {
            geometry.Apply(new RdFilter());
            geometry.GeometryChanged();
        }

        CheckInNetherlands(geometry, file, area);
        return JsonSerializer.Serialize(geometry, GeometryJson);
    }

    /// <summary>Longitude 2–8° E, latitude 50–54.5° N: every gemeente with its sea and Wadden water lies inside; NaN and ±∞ do not.</summary>
    internal static void CheckInNetherlands(Geometry geometry, string file, string area)
    {
        var box = geometry.EnvelopeInternal;
        if (geometry.IsEmpty || !(box.MinX >= 2.0 && box.MaxX <= 8.0 && box.MinY >= 50.0 && box.MaxY <= 54.5))
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.InvalidGeometry, area,
                string.Format(Messages.Culture, Messages.OutsideNetherlands, box.MinX, box.MinY, box.MaxX, box.MaxY)));
        }
    }

    /// <summary>RD New coordinates give themselves away by their size: metres (x 0–300 000, y 300 000–625 000), not degrees.</summary>
    internal static bool LooksLikeRd(double x, double y) => Math.Abs(x) > 180 && y > 90;

    private static bool IsRdNew(JsonElement root, JsonElement features)
    {
        if (root.TryGetProperty("crs", out var crs) && crs.GetRawText().Contains("28992", StringComparison.Ordinal))
        {
            return true;
        }

        // Without a crs member GeoJSON is WGS84; RD coordinates give themselves away by their size.
        foreach (var feature in features.EnumerateArray())
        {
            if (feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object
                && g.TryGetProperty("coordinates", out var c))
            {
                while (c.ValueKind == JsonValueKind.Array && c.GetArrayLength() > 0 && c[0].ValueKind == JsonValueKind.Array)
                {
                    c = c[0];
                }

                return c.ValueKind == JsonValueKind.Array && c.GetArrayLength() >= 2 && LooksLikeRd(c[0].GetDouble(), c[1].GetDouble());
            }
        }

        return false;
    }

    private sealed class RdFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (lon, lat) = RdToLonLat(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, Math.Round(lon, 7, MidpointRounding.AwayFromZero));
            seq.SetY(i, Math.Round(lat, 7, MidpointRounding.AwayFromZero));
        }
    }
}
