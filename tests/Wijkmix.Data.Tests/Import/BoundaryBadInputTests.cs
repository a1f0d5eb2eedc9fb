using NetTopologySuite.Geometries;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>Broken Wijk- en Buurtkaart files: a Dutch message naming file and field, and nothing read to store.</summary>
public class BoundaryBadInputTests
{
    private static readonly IReadOnlyList<RealWijk> Wijken = BoundaryFiles.UtrechtWijken();

    private static IEnumerable<(Geometry, IReadOnlyDictionary<string, object?>)> Rows(Func<RealWijk, Geometry> geometry) =>
        Wijken.Select(w => (geometry(w), (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["WK_CODE"] = w.Code, ["WK_NAAM"] = w.Name, ["GM_CODE"] = "GM0344", ["AANT_INW"] = w.Inhabitants,
        }));

    private static ImportProblem Refused(ParsedFile parsed, string file)
    {
        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Areas);
        Assert.Empty(parsed.Observations);
        Assert.Empty(parsed.Geometries);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(file, problem.File);
        return problem;
    }

    private static string GeoPackage(Scratch scratch, string name, Func<RealWijk, Geometry> geometry)
    {
        var path = Path.Combine(scratch.Directory, name);
        BoundaryFiles.WriteGeoPackage(path, "wijken", Rows(geometry));
        return path;
    }

    [Fact]
    public void GeoPackage_Truncated_SaysItIsNoGeoPackage()
    {
        using var scratch = new Scratch();
        var whole = File.ReadAllBytes(GeoPackage(scratch, "heel.gpkg", w => w.Rd));
        var path = scratch.File("wijken_2024.gpkg", whole[..(whole.Length / 3)]);
        var problem = Refused(Importer.Read(path), "wijken_2024.gpkg");
        Assert.StartsWith("geen geldige GeoPackage", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)] // found by the fuzzing harness (1e309 in GeoJSON): ∞ crashed the GeoJSON writer
    [InlineData(12.0)] // east of the Netherlands
    public void GeoPackage_CoordinateOutsideTheNetherlands_IsRefusedNamingTheArea(double longitude)
    {
        using var scratch = new Scratch();
        var path = GeoPackage(scratch, "wijken_2024.gpkg", w => w.Code == Wijken[0].Code
            ? new GeometryFactory().CreatePolygon([new(longitude, 52.0), new(5.1, 52.0), new(5.1, 52.1), new(longitude, 52.0)])
            : w.Wgs84);
        var problem = Refused(Importer.Read(path), "wijken_2024.gpkg");
        Assert.Contains("ligt niet (geheel) in Nederland", problem.Message, StringComparison.Ordinal);
        Assert.Contains(Wijken[0].Code, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoPackage_Empty_SaysTheFileIsEmpty()
    {
        using var scratch = new Scratch();
        var problem = Refused(Importer.Read(scratch.File("wijken_2024.gpkg", [])), "wijken_2024.gpkg");
        Assert.Contains("leeg", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoPackage_WithoutGpkgTables_SaysItIsNoGeoPackage()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "wijken_2024.gpkg");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE wijken (wijkcode TEXT)";
            command.ExecuteNonQuery();
        }

        var problem = Refused(Importer.Read(path), "wijken_2024.gpkg");
        Assert.Contains("gpkg_contents", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoPackage_PointsInsteadOfAreas_NamesLayerAndArea()
    {
        using var scratch = new Scratch();
        var path = GeoPackage(scratch, "wijken_2024.gpkg", w => w.Rd.Centroid);
        var problem = Refused(Importer.Read(path), "wijken_2024.gpkg");
        Assert.Equal($"wijken → {Wijken[0].Code}", problem.Field);
        Assert.Equal("een grens moet een vlak zijn (Polygon of MultiPolygon), maar dit is een Point", problem.Message);
    }

    [Fact]
    public void Shapefile_WithoutDbf_NamesTheMissingPart()
    {
        using var scratch = new Scratch();
        var path = scratch.File("WijkBuurtkaart_2024_v1.zip", BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", Rows(w => w.Rd), ".dbf"));
        var problem = Refused(Importer.Read(path), "WijkBuurtkaart_2024_v1.zip");
        Assert.Equal("wijk_2024_v1.dbf", problem.Field);
        Assert.StartsWith("bij WijkBuurtkaart_2024_v1/wijk_2024_v1.shp ontbreekt het bestand .dbf", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_LinesInsteadOfAreas_NamesLayerAndArea()
    {
        using var scratch = new Scratch();
        var path = scratch.File("wijk_2024.zip", BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", Rows(w => w.Rd.Boundary)));
        var problem = Refused(Importer.Read(path), "wijk_2024.zip");
        Assert.Equal($"wijk_2024_v1 → {Wijken[0].Code}", problem.Field);
        Assert.Contains("Polygon of MultiPolygon", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_ZipCutOff_SaysItIsDamaged()
    {
        using var scratch = new Scratch();
        var whole = BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", Rows(w => w.Rd));
        var path = scratch.File("wijk_2024.zip", whole[..(whole.Length / 2)]);
        var problem = Refused(Importer.Read(path), "wijk_2024.zip");
        Assert.Contains("beschadigd", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_ShpCutOff_NamesTheShp()
    {
        using var scratch = new Scratch();
        var parts = BoundaryFiles.Unzip(BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", Rows(w => w.Rd)));
        var shp = parts.Keys.Single(k => k.EndsWith(".shp", StringComparison.Ordinal));
        parts[shp] = parts[shp][..(parts[shp].Length / 2)];
        var problem = Refused(Importer.Read(scratch.File("wijk_2024.zip", BoundaryFiles.Zip(parts))), "wijk_2024.zip");
        Assert.Equal("WijkBuurtkaart_2024_v1/wijk_2024_v1.shp", problem.Field);
        Assert.StartsWith("shapefile niet te lezen", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_BareShpWithoutZip_AsksForTheZip()
    {
        using var scratch = new Scratch();
        var shp = BoundaryFiles.Unzip(BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", Rows(w => w.Rd))).Single(p => p.Key.EndsWith(".shp", StringComparison.Ordinal)).Value;
        var problem = Refused(Importer.Read(scratch.File("wijk_2024_v1.shp", shp)), "wijk_2024_v1.shp");
        Assert.Contains("ontbreekt het bestand .dbf", problem.Message, StringComparison.Ordinal);
    }
}
