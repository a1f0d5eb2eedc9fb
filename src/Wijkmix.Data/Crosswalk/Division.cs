using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using ProjNet.CoordinateSystems.Transformations;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Import.Internal;

namespace Wijkmix.Data.Crosswalk;

/// <summary>One area of a division with its boundary in RD New (EPSG:28992, metres), valid.</summary>
public sealed record DivisionArea(AreaCode Code, Geometry Shape)
{
    /// <summary>Surface in square metres.</summary>
    public double Area { get; } = Shape.Area;
}

/// <summary>The areas of one level in one year (a gemeente-, wijk- or buurtindeling).</summary>
public sealed record Division(AreaLevel Level, int Year, IReadOnlyList<DivisionArea> Areas)
{
    public DivisionKey Key => new(Level, Year);

    /// <summary>
    /// A division from WGS84 GeoJSON geometries as the store holds them: projected to RD New so areas are
    /// in square metres, and repaired when invalid (generalised boundaries sometimes self-intersect).
    /// </summary>
    public static Division FromGeoJson(AreaLevel level, int year, IEnumerable<(AreaCode Code, string GeoJson)> geometries)
    {
        ArgumentNullException.ThrowIfNull(geometries);
        var areas = geometries.Select(g => new DivisionArea(g.Code, ToRd(JsonSerializer.Deserialize<Geometry>(g.GeoJson, GeoJsonReader.GeometryJson)!)))
            .Where(a => a.Area > 0).ToList();
        return new Division(level, year, areas);
    }

    /// <summary>Projects a WGS84 geometry to RD New and makes it valid.</summary>
    public static Geometry ToRd(Geometry wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        var rd = wgs84.Copy();
        rd.Apply(new ProjectFilter(GeoJsonReader.Wgs84ToRd.Value));
        rd.GeometryChanged();
        return Repair(rd);
    }

    /// <summary>An invalid polygon (self-intersection after generalisation) made valid with the least change.</summary>
    public static Geometry Repair(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry.IsValid ? geometry : GeometryFixer.Fix(geometry);
    }

    private sealed class ProjectFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var p = transform.Transform([seq.GetX(i), seq.GetY(i)]);
            seq.SetX(i, p[0]);
            seq.SetY(i, p[1]);
        }
    }
}
