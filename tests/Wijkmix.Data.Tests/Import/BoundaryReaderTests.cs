using System.Text.Json;
using NetTopologySuite.Geometries;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>
/// The CBS Wijk- en Buurtkaart as users download it: GeoPackage and zipped shapefiles in RD New,
/// read into the same table as GeoJSON, converted to WGS84 and compared with the real boundaries
/// they were made from.
/// </summary>
public class BoundaryReaderTests
{
    /// <summary>RD → WGS84 is rounded to 7 decimals (about 1 cm); the areas agree far within this.</summary>
    private const double AreaTolerance = 1e-5;

    private static readonly IReadOnlyList<RealWijk> Wijken = BoundaryFiles.UtrechtWijken();

    private static IEnumerable<(Geometry, IReadOnlyDictionary<string, object?>)> GeoPackageRows() =>
        Wijken.Select((w, i) => (w.Rd, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["wijkcode"] = w.Code, ["wijknaam"] = w.Name, ["gemeentecode"] = "GM0344", ["gemeentenaam"] = "Utrecht",
            ["water"] = "NEE", ["aantalInwoners"] = i == 4 ? -99997 : w.Inhabitants, ["jaar"] = 2024,
        }));

    private static IEnumerable<(Geometry, IReadOnlyDictionary<string, object?>)> ShapefileRows() =>
        Wijken.Select((w, i) => (w.Rd, (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["WK_CODE"] = w.Code, ["WK_NAAM"] = w.Name, ["GM_CODE"] = "GM0344", ["GM_NAAM"] = "Utrecht",
            ["AANT_INW"] = i == 4 ? -99999999 : w.Inhabitants,
        }));

    private static void AssertSameWijken(ParsedFile parsed)
    {
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        Assert.Equal("kwb-geo", parsed.Dataset);
        Assert.Equal([2024], parsed.Years);
        Assert.Equal(Wijken.Select(w => (w.Code, w.Name)), parsed.Areas.Select(a => (a.Code.Value, a.Name!)));
        Assert.All(parsed.Areas, a => Assert.Equal("Utrecht", a.MunicipalityName));

        var inhabitants = parsed.Observations.Where(o => o.VariableId == "inhabitants").ToDictionary(o => o.Area.Value, o => o.Value);
        Assert.Equal(Wijken.Take(4).Select(w => (double?)w.Inhabitants), Wijken.Take(4).Select(w => inhabitants[w.Code]));
        Assert.Null(inhabitants[Wijken[4].Code]); // the "geheim"/"onbekend" sentinel is a suppressed cell

        foreach (var wijk in Wijken)
        {
            var read = JsonSerializer.Deserialize<Geometry>(parsed.Geometries.Single(g => g.Code.Value == wijk.Code).GeoJson, BoundaryFiles.GeoJson)!;
            Assert.Equal(wijk.Wgs84.Area, read.Area, wijk.Wgs84.Area * AreaTolerance);
            Assert.True(read.Centroid.Distance(wijk.Wgs84.Centroid) < 1e-6, $"{wijk.Code}: centroid moved {read.Centroid.Distance(wijk.Wgs84.Centroid)}°");
            Assert.InRange(read.Centroid.X, 4.9, 5.3); // back in degrees: Utrecht lies near 5.1° E, 52.1° N
            Assert.InRange(read.Centroid.Y, 51.9, 52.3);
        }
    }

    [Fact]
    public void Read_GeoPackageInRdNew_GivesCodesNamesFiguresAndWgs84Boundaries()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "wijkenbuurten_2024_v1.gpkg");
        BoundaryFiles.WriteGeoPackage(path, "wijken", GeoPackageRows());
        var parsed = Importer.Read(path);
        Assert.Equal(ImportFormat.GeoPackage, parsed.Format);
        AssertSameWijken(parsed);
        var water = Assert.Single(parsed.SkippedDetails, s => s.Key == "water");
        Assert.NotNull(water.NotUsedReason);
    }

    /// <summary>The CBS GeoPackage holds gemeenten, wijken and buurten as layers; each row keeps its own level's code and name.</summary>
    [Fact]
    public void Read_GeoPackageWithGemeenteAndWijkLayers_ReadsBothLevels()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "wijkenbuurten_2024_v1.gpkg");
        BoundaryFiles.WriteGeoPackage(path, "wijken", GeoPackageRows());
        var utrecht = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(Wijken.Select(w => w.Rd).ToList());
        utrecht.SRID = 28992;
        BoundaryFiles.WriteGeoPackage(path, "gemeenten", [(utrecht, new Dictionary<string, object?>
        {
            ["gemeentecode"] = "GM0344", ["gemeentenaam"] = "Utrecht", ["aantalInwoners"] = 374_238, ["jaar"] = 2024,
        })]);
        var parsed = Importer.Read(path);
        Assert.True(parsed.IsValid, string.Join(Environment.NewLine, parsed.Problems));
        Assert.Equal(6, parsed.Areas.Count);
        var gemeente = parsed.Areas.Single(a => a.Code.Value == "GM0344");
        Assert.Equal(("Utrecht", "Utrecht"), (gemeente.Name, gemeente.MunicipalityName));
        Assert.Equal(Wijken.Select(w => w.Name), parsed.Areas.Where(a => a.Code.Value.StartsWith("WK", StringComparison.Ordinal)).Select(a => a.Name));
        Assert.Equal(374_238, parsed.Observations.Single(o => o.Area.Value == "GM0344" && o.VariableId == "inhabitants").Value);
        var read = JsonSerializer.Deserialize<Geometry>(parsed.Geometries.Single(g => g.Code.Value == "GM0344").GeoJson, BoundaryFiles.GeoJson)!;
        var union = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(Wijken.Select(w => w.Wgs84).ToList());
        Assert.Equal(union.Area, read.Area, union.Area * 1e-5); // simplified boundaries overlap a little: the union, not the sum
    }

    [Fact]
    public void Read_ShapefileZipInRdNew_GivesCodesNamesFiguresAndWgs84Boundaries()
    {
        using var scratch = new Scratch();
        var path = scratch.File("WijkBuurtkaart_2024_v1.zip", BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", ShapefileRows()));
        var parsed = Importer.Read(path);
        Assert.Equal(ImportFormat.Shapefile, parsed.Format);
        AssertSameWijken(parsed);
    }

    [Fact]
    public void Read_ShapefileZipWithoutPrj_RecognisesRdByTheCoordinates()
    {
        using var scratch = new Scratch();
        var path = scratch.File("wijk_2024.zip", BoundaryFiles.ShapefileZip(scratch, "wijk_2024_v1", ShapefileRows(), ".prj"));
        AssertSameWijken(Importer.Read(path));
    }

    [Fact]
    public void Detect_XlsxZipStaysKwbXlsx()
    {
        var parsed = Importer.Read(Scratch.Bundled("kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2024.xlsx"));
        Assert.Equal(ImportFormat.KwbXlsx, parsed.Format);
    }
}
