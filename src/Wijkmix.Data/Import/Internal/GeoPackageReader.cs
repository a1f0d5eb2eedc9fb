using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads the CBS Wijk- en Buurtkaart as GeoPackage (.gpkg, a SQLite file): every feature layer
/// (gemeenten, wijken, buurten) through Microsoft.Data.Sqlite, geometries through NTS's
/// <see cref="GeoPackageGeoReader"/>, RD New (EPSG:28992) converted to WGS84.
/// </summary>
internal static class GeoPackageReader
{
    /// <summary>The first 16 bytes of every SQLite database file, so of every GeoPackage.</summary>
    public static ReadOnlySpan<byte> Magic => "SQLite format 3\0"u8;

    public static RawTable Read(byte[] bytes, ReadBudget budget)
    {
        var file = budget.File;
        // SQLite reads files, not byte arrays; a private copy also keeps the user's file untouched.
        var copy = Path.Combine(Path.GetTempPath(), "wijkmix-" + Guid.NewGuid().ToString("N") + ".gpkg");
        File.WriteAllBytes(copy, bytes);
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = copy, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
            }.ToString());
            connection.Open();
            var layers = Layers(connection, file);
            var features = new List<BoundaryFeature>();
            var isRd = false;
            foreach (var (table, geometryColumn, srs) in layers)
            {
                var read = ReadLayer(connection, table, geometryColumn, budget, features.Count);
                isRd |= srs == 28992 || (srs != 4326 && read.FirstOrDefault(f => f.Geometry is { IsEmpty: false })?.Geometry is { } g
                    && GeoJsonReader.LooksLikeRd(g.Coordinate.X, g.Coordinate.Y));
                features.AddRange(read);
            }

            return BoundaryTable.Build(ImportFormat.GeoPackage, budget, features, isRd);
        }
        catch (Exception e) when (e is SqliteException or InvalidCastException or InvalidOperationException or FormatException)
        {
            // A damaged file, or gpkg tables of the wrong shape (a NULL srs_id, a text where a number belongs).
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.InvalidGeoPackage, e.Message));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static List<(string Table, string GeometryColumn, int Srs)> Layers(SqliteConnection connection, string file)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.table_name, g.column_name, g.srs_id
            FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            WHERE c.data_type = 'features' ORDER BY c.table_name
            """;
        var layers = new List<(string, string, int)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                layers.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        return layers.Count > 0 ? layers : throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.InvalidGeoPackage, "gpkg_contents"));
    }

    private static List<BoundaryFeature> ReadLayer(SqliteConnection connection, string table, string geometryColumn, ReadBudget budget, int before)
    {
        var file = budget.File;
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        using var reader = command.ExecuteReader();
        var geometryReader = new GeoPackageGeoReader();
        var features = new List<BoundaryFeature>();
        budget.Columns(reader.FieldCount);
        while (reader.Read())
        {
            budget.Rows(before + features.Count + 1);
            byte[]? blob = null;
            var attributes = new List<KeyValuePair<string, object?>>(reader.FieldCount);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var name = reader.GetName(i);
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                if (name.Equals(geometryColumn, StringComparison.OrdinalIgnoreCase))
                {
                    blob = value as byte[];
                }
                else
                {
                    attributes.Add(new(name, value));
                }
            }

            features.Add(new BoundaryFeature(table, attributes, blob is null ? null : ReadGeometry(geometryReader, blob, table, file, attributes)));
        }

        return features;
    }

    private static Geometry ReadGeometry(GeoPackageGeoReader reader, byte[] blob, string table, string file, List<KeyValuePair<string, object?>> attributes)
    {
        try
        {
            return reader.Read(blob);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or FormatException or ParseException)
        {
            var code = attributes.FirstOrDefault(a => a.Value is string s && s.Length > 2 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1])).Value;
            throw new ImportFailedException(new ImportProblem(file, null, $"{table} → {code ?? "?"}",
                string.Format(Messages.Culture, Messages.InvalidGeometry, code ?? "?", e.Message)));
        }
    }
}
