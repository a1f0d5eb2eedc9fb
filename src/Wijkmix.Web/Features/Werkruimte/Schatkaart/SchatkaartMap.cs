using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte.Schatkaart;

/// <summary>A point on the schatkaart: its number in the table, where it is, and whether that place is estimated.</summary>
/// <param name="Label">What the mark shows (default: the number), e.g. <c>C3</c> for a complex beside numbered initiatives.</param>
/// <param name="Square">Drawn as a square instead of a circle, so a second layer differs by shape and not by colour alone.</param>
public sealed record MapPoint(int Number, string Name, double Latitude, double Longitude, bool Estimated, string CssClass, string? Label = null, bool Square = false);

/// <summary>A boundary to draw: an area code, its name and its GeoJSON geometry (WGS84).</summary>
public sealed record MapShape(string Code, string Name, string GeoJson);

/// <summary>
/// Draws the schatkaart as inline SVG on the server: the wijk's boundary (and its buurten's, where stored), and the
/// initiatives as numbered points. No script is needed, so it works under the strict CSP and prints.
/// </summary>
public static class SchatkaartMap
{
    private const double Width = 640;
    private const double Margin = 16;

    /// <summary>The rings of a GeoJSON Polygon or MultiPolygon as (longitude, latitude) lists; empty for anything else.</summary>
    public static IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>> Rings(string geoJson)
    {
        ArgumentNullException.ThrowIfNull(geoJson);
        using var doc = JsonDocument.Parse(geoJson);
        var root = doc.RootElement;
        if (root.TryGetProperty("geometry", out var geometry))
        {
            root = geometry;
        }

        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (!root.TryGetProperty("coordinates", out var coordinates))
        {
            return [];
        }

        var polygons = type switch
        {
            "Polygon" => [coordinates],
            "MultiPolygon" => coordinates.EnumerateArray().ToList(),
            _ => new List<JsonElement>(),
        };
        return polygons.SelectMany(p => p.EnumerateArray())
            .Select(ring => (IReadOnlyList<(double, double)>)ring.EnumerateArray().Select(c => (c[0].GetDouble(), c[1].GetDouble())).ToList())
            .ToList();
    }

    /// <summary>The area-weighted centre of the outer rings (the middle of the bounding box when they have no area).</summary>
    public static (double Lat, double Lon) Centroid(string geoJson)
    {
        var rings = Rings(geoJson);
        double area = 0, cx = 0, cy = 0;
        foreach (var ring in rings)
        {
            for (var i = 0; i < ring.Count - 1; i++)
            {
                var (x0, y0) = ring[i];
                var (x1, y1) = ring[i + 1];
                var cross = (x0 * y1) - (x1 * y0);
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
        }

        if (Math.Abs(area) < 1e-12)
        {
            var all = rings.SelectMany(r => r).ToList();
            return all.Count == 0 ? (0, 0) : ((all.Min(p => p.Lat) + all.Max(p => p.Lat)) / 2, (all.Min(p => p.Lon) + all.Max(p => p.Lon)) / 2);
        }

        // Holes run the other way round, so their (negative) area is subtracted.
        return (cy / (3 * area), cx / (3 * area));
    }

    /// <summary>The SVG: boundaries, then points (estimated places drawn open, spread a little so they do not hide each other).</summary>
    public static string Svg(MapShape wijk, IReadOnlyList<MapShape> buurten, IReadOnlyList<MapPoint> points, string title, string description)
    {
        ArgumentNullException.ThrowIfNull(wijk);
        ArgumentNullException.ThrowIfNull(buurten);
        ArgumentNullException.ThrowIfNull(points);
        var wijkRings = Rings(wijk.GeoJson);
        var buurtRings = buurten.Select(b => (b, Rings(b.GeoJson))).ToList();
        var all = wijkRings.SelectMany(r => r).Concat(points.Select(p => (Lon: p.Longitude, Lat: p.Latitude))).ToList();
        if (all.Count == 0)
        {
            return string.Empty;
        }

        double minLon = all.Min(p => p.Lon), maxLon = all.Max(p => p.Lon), minLat = all.Min(p => p.Lat), maxLat = all.Max(p => p.Lat);
        var squeeze = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max((maxLon - minLon) * squeeze, 1e-6);
        var spanY = Math.Max(maxLat - minLat, 1e-6);
        var scale = (Width - (2 * Margin)) / spanX;
        var height = Math.Min((spanY * scale) + (2 * Margin), 900);
        scale = Math.Min(scale, (height - (2 * Margin)) / spanY);
        (double X, double Y) Project(double lon, double lat) => (Margin + ((lon - minLon) * squeeze * scale), Margin + ((maxLat - lat) * scale));

        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"schatkaart-map\" viewBox=\"0 0 {Width:0} {height:0}\" role=\"img\" {Projection(minLon, maxLat, squeeze, scale)} aria-labelledby=\"kaart-titel kaart-uitleg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"kaart-titel\">{html.Encode(title)}</title><desc id=\"kaart-uitleg\">{html.Encode(description)}</desc>");
        foreach (var (buurt, rings) in buurtRings)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"buurt\" d=\"{Path(rings, Project)}\"><title>{html.Encode($"{buurt.Name} ({buurt.Code})")}</title></path>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"wijk\" d=\"{Path(wijkRings, Project)}\"><title>{html.Encode($"{wijk.Name} ({wijk.Code})")}</title></path>");
        var stacked = new Dictionary<(double, double), int>();
        foreach (var point in points)
        {
            var (x, y) = Project(point.Longitude, point.Latitude);
            if (point.Estimated)
            {
                // Several points placed on the same centre are laid out on a small spiral around it.
                var k = stacked[(x, y)] = stacked.GetValueOrDefault((x, y)) + 1;
                var angle = k * 2.4;
                x += Math.Cos(angle) * 9 * Math.Sqrt(k - 1);
                y += Math.Sin(angle) * 9 * Math.Sqrt(k - 1);
            }

            var mark = point.Label ?? point.Number.ToString(CultureInfo.InvariantCulture);
            var label = point.Estimated ? WorkspaceText.Format("MapPointEstimated", mark, point.Name) : $"{mark}. {point.Name}";
            var shape = point.Square
                ? FormattableString.Invariant($"<rect x=\"{x - 10:0.0}\" y=\"{y - 8:0.0}\" width=\"20\" height=\"16\"></rect>")
                : FormattableString.Invariant($"<circle cx=\"{x:0.0}\" cy=\"{y:0.0}\" r=\"8\"></circle>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"point {point.CssClass}{(point.Estimated ? " estimated" : string.Empty)}\" data-nummer=\"{html.Encode(mark)}\"><title>{html.Encode(label)}</title>" +
                $"{shape}<text x=\"{x:0.0}\" y=\"{y + 3.5:0.0}\">{html.Encode(mark)}</text></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The projection as data attributes, so schatkaart.js can turn a click back into degrees:
    /// longitude = west + (x − margin) / (squeeze × scale), latitude = north − (y − margin) / scale.
    /// </summary>
    private static string Projection(double west, double north, double squeeze, double scale) => FormattableString.Invariant(
        $"data-west=\"{west:R}\" data-north=\"{north:R}\" data-squeeze=\"{squeeze:R}\" data-scale=\"{scale:R}\" data-margin=\"{Margin:R}\"");

    private static string Path(IEnumerable<IReadOnlyList<(double Lon, double Lat)>> rings, Func<double, double, (double X, double Y)> project)
    {
        var d = new StringBuilder();
        foreach (var ring in rings.Where(r => r.Count > 2))
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var (x, y) = project(ring[i].Lon, ring[i].Lat);
                d.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "M" : "L")}{x:0.0} {y:0.0}");
            }

            d.Append('Z');
        }

        return d.ToString();
    }
}
