using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Point = Wijkmix.Segregation.Point;

namespace Wijkmix.Monitor.Mix;

/// <summary>Where units lie and which share a boundary, from the stored WGS84 boundaries, in RD New metres.</summary>
public sealed record UnitGeography(IReadOnlyList<Point> Centroids, IReadOnlyList<(int A, int B)> Adjacent);

public static class Geography
{
    // Simplified boundaries of neighbours rarely meet exactly; within about a metre counts as shared.
    private const double TouchDegrees = 0.00001;

    private static readonly Lazy<MathTransform> Wgs84ToRd = new(() =>
        new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84,
            (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(DutchGrid.RdNewWkt)).MathTransform);

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>The centroid of an area's boundary in <paramref name="year"/> (or its latest), in RD New; null without a boundary.</summary>
    public static Point? Centre(IObservationSource store, AreaCode area, int year)
    {
        ArgumentNullException.ThrowIfNull(store);
        if ((store.Geometry(area, year) ?? store.Geometry(area)) is not { } json
            || JsonSerializer.Deserialize<Geometry>(json, GeoJson) is not { IsEmpty: false } shape)
        {
            return null;
        }

        var xy = Wgs84ToRd.Value.Transform([shape.Centroid.X, shape.Centroid.Y]);
        return new Point(xy[0], xy[1]);
    }

    /// <summary>The geography of <paramref name="units"/> in <paramref name="year"/> (or their latest boundary); null when any unit has none.</summary>
    public static UnitGeography? Of(IObservationSource store, IReadOnlyList<AreaCode> units, int year)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(units);
        var shapes = new List<Geometry>(units.Count);
        foreach (var unit in units)
        {
            if ((store.Geometry(unit, year) ?? store.Geometry(unit)) is not { } json
                || JsonSerializer.Deserialize<Geometry>(json, GeoJson) is not { IsEmpty: false } shape)
            {
                return null;
            }

            shapes.Add(shape);
        }

        var centroids = shapes.Select(s =>
        {
            var c = s.Centroid;
            var xy = Wgs84ToRd.Value.Transform([c.X, c.Y]);
            return new Point(xy[0], xy[1]);
        }).ToList();

        var adjacent = new List<(int, int)>();
        var grown = shapes.Select(s => s.Envelope.EnvelopeInternal).ToArray();
        for (var a = 0; a < shapes.Count; a++)
        {
            for (var b = a + 1; b < shapes.Count; b++)
            {
                if (grown[a].Distance(grown[b]) <= TouchDegrees && shapes[a].IsWithinDistance(shapes[b], TouchDegrees))
                {
                    adjacent.Add((a, b));
                }
            }
        }

        return new UnitGeography(centroids, adjacent);
    }
}
