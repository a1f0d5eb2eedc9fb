using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;
using Wijkmix.Core.Areas;

namespace Wijkmix.Data.Tests.Import;

/// <summary>One real wijk: code, name, inhabitants and its WGS84 boundary as CBS publishes it.</summary>
internal sealed record RealWijk(string Code, string Name, int Inhabitants, Geometry Wgs84)
{
    public Geometry Rd => BoundaryFiles.ToRd(Wgs84);
}

/// <summary>
/// Builds small Wijk- en Buurtkaart files the way CBS ships them (RD New, EPSG:28992) from real
/// geometry: the first five Utrecht wijken of the bundled wijken_2024_kwb.geojson.gz, written with
/// the same libraries' writers the readers use.
/// </summary>
internal static class BoundaryFiles
{
    public static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private static readonly Lazy<MathTransform> Wgs84ToRd = new(() =>
    {
        var rd = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(DutchGrid.RdNewWkt);
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, rd).MathTransform;
    });

    public static IReadOnlyList<RealWijk> UtrechtWijken()
    {
        using var gzip = new GZipStream(File.OpenRead(Scratch.Bundled("geo_geoinzicht", "wijken_2024_kwb.geojson.gz")), CompressionMode.Decompress);
        using var doc = JsonDocument.Parse(gzip);
        return doc.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("gemeentecode").GetString() == "GM0344")
            .Select(f => new RealWijk(
                f.GetProperty("properties").GetProperty("wijkcode").GetString()!,
                f.GetProperty("properties").GetProperty("wijknaam").GetString()!,
                f.GetProperty("properties").GetProperty("aantal_inwoners").GetInt32(),
                JsonSerializer.Deserialize<Geometry>(f.GetProperty("geometry").GetRawText(), GeoJson)!))
            .OrderBy(w => w.Code, StringComparer.Ordinal)
            .Take(5)
            .ToList();
    }

    public static Geometry ToRd(Geometry wgs84)
    {
        var rd = wgs84.Copy();
        rd.Apply(new Transform(Wgs84ToRd.Value));
        rd.GeometryChanged();
        rd.SRID = 28992;
        return rd;
    }

    /// <summary>Adds a feature layer to a GeoPackage (created when absent), as GDAL writes the CBS file (gpkg_contents, gpkg_geometry_columns, srs 28992).</summary>
    public static void WriteGeoPackage(string path, string layer, IEnumerable<(Geometry Geometry, IReadOnlyDictionary<string, object?> Attributes)> rows)
    {
        var list = rows.ToList();
        var columns = list.SelectMany(r => r.Attributes.Keys).Distinct(StringComparer.Ordinal).ToList();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT, description TEXT DEFAULT '',
              last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
            CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
            """);
        Execute(connection, "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES ('Amersfoort / RD New', 28992, 'EPSG', 28992, $wkt, NULL)", ("$wkt", DutchGrid.RdNewWkt));
        Execute(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ($t, 'features', $t, 28992)", ("$t", layer));
        Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', 'MULTIPOLYGON', 28992, 0, 0)", ("$t", layer));
        Execute(connection, $"CREATE TABLE \"{layer}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, {string.Join(", ", columns.Select(c => $"\"{c}\""))})");
        var writer = new GeoPackageGeoWriter();
        foreach (var (geometry, attributes) in list)
        {
            var parameters = new List<(string, object?)> { ("$geom", writer.Write(geometry)) };
            parameters.AddRange(columns.Select((c, i) => ($"$p{i}", attributes.GetValueOrDefault(c))));
            Execute(connection, $"INSERT INTO \"{layer}\" (geom, {string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ($geom, {string.Join(", ", columns.Select((_, i) => $"$p{i}"))})",
                [.. parameters]);
        }
    }

    /// <summary>A zip of .shp, .shx, .dbf, .prj and .cpg for one layer, as in CBS's WijkBuurtkaart_YYYY zip; <paramref name="leaveOut"/> drops parts.</summary>
    public static byte[] ShapefileZip(Scratch scratch, string layer, IEnumerable<(Geometry Geometry, IReadOnlyDictionary<string, object?> Attributes)> rows, params string[] leaveOut)
    {
        var folder = Path.Combine(scratch.Directory, "shp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var features = rows.Select(r => (IFeature)new Feature(r.Geometry, new AttributesTable(r.Attributes.ToDictionary(a => a.Key, a => a.Value))));
        Shapefile.WriteAllFeatures(features, Path.Combine(folder, layer + ".shp"), DutchGrid.RdNewWkt, System.Text.Encoding.UTF8);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(f => !leaveOut.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                zip.CreateEntryFromFile(file, "WijkBuurtkaart_2024_v1/" + Path.GetFileName(file));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The parts of a zip by name, so a test can damage one and zip them again.</summary>
    public static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var buffer = new MemoryStream();
            using (var stream = e.Open())
            {
                stream.CopyTo(buffer);
            }

            return buffer.ToArray();
        }, StringComparer.Ordinal);
    }

    public static byte[] Zip(IReadOnlyDictionary<string, byte[]> parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }

    private sealed class Transform(MathTransform transform) : ICoordinateSequenceFilter
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
