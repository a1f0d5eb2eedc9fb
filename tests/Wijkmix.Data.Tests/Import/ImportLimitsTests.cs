using System.IO.Compression;
using System.Text;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>One input over each <see cref="ImportLimits"/> limit: refused, the Dutch message names the limit, nothing can be stored.</summary>
public class ImportLimitsTests
{
    private const string Header = "gwb_code;regio;a_inw;a_man";

    private static readonly ImportLimits Small = new()
    {
        MaxDecompressedBytes = 64 * 1024,
        MaxRows = 10,
        MaxColumns = 5,
        MaxCellLength = 100,
        MaxLineLength = 200,
        MaxJsonDepth = 5,
        MaxVerticesPerFeature = 10,
        MaxVerticesTotal = 15,
    };

    /// <summary>Refused, the message names the setting, and a store given the result refuses it and stays as it was.</summary>
    private static ImportProblem AssertRefused(Scratch scratch, ParsedFile parsed, string setting)
    {
        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Observations);
        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("het bestand gaat over de grens voor", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ImportLimits." + setting, problem.Message, StringComparison.Ordinal);
        using var store = scratch.Store();
        var before = store.Fingerprint();
        Assert.Throws<ArgumentException>(() => store.Store(parsed));
        Assert.Equal(before, store.Fingerprint());
        return problem;
    }

    /// <summary>GeoJSON polygons nest 7 deep (collection, features, feature, geometry, rings, ring, position).</summary>
    private static readonly ImportLimits Deep = Small with { MaxJsonDepth = 16 };

    private static ParsedFile Read(Scratch scratch, string name, string text, ImportLimits? limits = null) =>
        Importer.Read(scratch.File(name, text), new ImportOptions { Limits = limits ?? Small });

    private static ParsedFile Read(Scratch scratch, string name, byte[] bytes, ImportLimits? limits = null) =>
        Importer.Read(scratch.File(name, bytes), new ImportOptions { Limits = limits ?? Small });

    private static string Rows(int count) =>
        Header + "\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"BU0344{i:D4};Buurt {i};100;50\n"));

    [Fact]
    public void Csv_RowsOverLimit_NamesMaxRowsAndTheLine()
    {
        using var scratch = new Scratch();
        var problem = AssertRefused(scratch, Read(scratch, "kwb-2024.csv", Rows(11)), "MaxRows");
        Assert.Equal(12, problem.Line);
        Assert.Contains("het aantal rijen: meer dan 10", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_RowsAtLimit_AreRead()
    {
        using var scratch = new Scratch();
        Assert.True(Read(scratch, "kwb-2024.csv", Rows(10)).IsValid);
    }

    [Fact]
    public void Csv_ColumnsOverLimit_NamesMaxColumns()
    {
        using var scratch = new Scratch();
        AssertRefused(scratch, Read(scratch, "kwb-2024.csv", Header + ";a;b\nGM0344;Utrecht;1;1;1;1\n"), "MaxColumns");
    }

    [Fact]
    public void Csv_CellOverLimit_NamesMaxCellLength()
    {
        using var scratch = new Scratch();
        var problem = AssertRefused(scratch, Read(scratch, "kwb-2024.csv", $"{Header}\nGM0344;\"{new string('U', 150)}\";1;1\n"), "MaxCellLength");
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Csv_LineOverLimit_NamesMaxLineLengthAndTheLine()
    {
        using var scratch = new Scratch();
        var problem = AssertRefused(scratch, Read(scratch, "kwb-2024.csv", $"{Header}\nGM0344;Utrecht;1;1\nGM0345;{new string(' ', 90)}x{new string(' ', 90)}x{new string(' ', 90)};1;1\n"), "MaxLineLength");
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Gzip_UnpackedOverLimit_NamesMaxDecompressedBytes()
    {
        using var scratch = new Scratch();
        AssertRefused(scratch, Read(scratch, "kwb-2024.csv.gz", Gzip(Encoding.UTF8.GetBytes(Header + "\n" + new string(' ', 100_000) + "\n"))), "MaxDecompressedBytes");
    }

    [Fact]
    public void Json_NestedDeeperThanLimit_NamesMaxJsonDepthAndTheLine()
    {
        using var scratch = new Scratch();
        var problem = AssertRefused(scratch, Read(scratch, "data_2024.json", "{\"GM0344\":\n{\"a\":[[[[[1]]]]]}}"), "MaxJsonDepth");
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Json_BracketsInsideStrings_DoNotCount()
    {
        using var scratch = new Scratch();
        var parsed = Read(scratch, "data_2024.json", "{\"GM0344\": {\"Gemeentenaam_1\": \"[[[[[[[[\\\"{{{{{{\", \"AantalInwoners_5\": 359370}}");
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
    }

    [Fact]
    public void Json_RecordsOverLimit_NamesMaxRows()
    {
        using var scratch = new Scratch();
        var records = string.Join(',', Enumerable.Range(1, 11).Select(i => $"\"BU0344{i:D4}\":{{\"AantalInwoners_5\":1}}"));
        AssertRefused(scratch, Read(scratch, "data_2024.json", "{" + records + "}"), "MaxRows");
    }

    [Fact]
    public void GeoJson_AreaWithTooManyVertices_NamesMaxVerticesPerFeatureAndTheArea()
    {
        using var scratch = new Scratch();
        var problem = AssertRefused(scratch, Read(scratch, "buurten_2024.geojson", FeatureCollection(("BU03440001", 12)), Deep), "MaxVerticesPerFeature");
        Assert.Equal("BU03440001", problem.Field);
    }

    [Fact]
    public void GeoJson_AllAreasTogetherOverLimit_NamesMaxVerticesTotal()
    {
        using var scratch = new Scratch();
        AssertRefused(scratch, Read(scratch, "buurten_2024.geojson", FeatureCollection(("BU03440001", 8), ("BU03440002", 8)), Deep), "MaxVerticesTotal");
    }

    private static IEnumerable<(NetTopologySuite.Geometries.Geometry, IReadOnlyDictionary<string, object?>)> UtrechtWijken() =>
        BoundaryFiles.UtrechtWijken().Select(w => (BoundaryFiles.ToRd(w.Wgs84),
            (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["wijkcode"] = w.Code, ["wijknaam"] = w.Name, ["jaar"] = 2024 }));

    [Fact]
    public void GeoPackage_FeaturesOverLimit_NamesMaxRows()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "wijkenbuurten_2024.gpkg");
        BoundaryFiles.WriteGeoPackage(path, "wijken", UtrechtWijken());
        AssertRefused(scratch, Importer.Read(path, new ImportOptions { Limits = ImportLimits.Default with { MaxRows = 4 } }), "MaxRows");
        Assert.True(Importer.Read(path, new ImportOptions { Limits = ImportLimits.Default with { MaxRows = 5 } }).IsValid);
    }

    [Fact]
    public void Shapefile_RealWijkWithMoreVerticesThanTheLimit_NamesMaxVerticesPerFeatureAndTheArea()
    {
        using var scratch = new Scratch();
        var zip = BoundaryFiles.ShapefileZip(scratch, "wijk_2024", UtrechtWijken());
        var problem = AssertRefused(scratch, Read(scratch, "WijkBuurtkaart_2024.zip", zip, ImportLimits.Default with { MaxVerticesPerFeature = 10 }), "MaxVerticesPerFeature");
        Assert.Equal("wijk_2024 → WK034401", problem.Field);
    }

    [Fact]
    public void Xlsx_RowsOverLimit_NamesMaxRowsAndTheSheetRow()
    {
        using var scratch = new Scratch();
        var rows = new List<object[]> { new object[] { "gwb_code", "a_inw" } };
        rows.AddRange(Enumerable.Range(1, 11).Select(i => new object[] { $"BU0344{i:D4}", 100 }));
        var problem = AssertRefused(scratch, Read(scratch, "kwb-2024.xlsx", XlsxFiles.Table([.. rows])), "MaxRows");
        Assert.Equal(12, problem.Line);
        Assert.True(Read(scratch, "kwb-2024.xlsx", XlsxFiles.Table([.. rows.Take(11)])).IsValid);
    }

    [Fact]
    public void Xlsx_RowNumberFarBeyondLimit_IsRefusedWithoutFillingTheGap()
    {
        using var scratch = new Scratch();
        var xlsx = XlsxFiles.Build([(1, [new("A1", "gwb_code"), new("B1", "a_inw")]), (1_000_000, [new("A1000000", "GM0344"), new("B1000000", 1)])]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        AssertRefused(scratch, Read(scratch, "kwb-2024.xlsx", xlsx), "MaxRows");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 << 20);
    }

    [Fact]
    public void Xlsx_ColumnsOverLimit_NamesMaxColumns()
    {
        using var scratch = new Scratch();
        var xlsx = XlsxFiles.Build([(1, [new("A1", "gwb_code"), new("B1", "a_inw"), new("Z1", "a_man")]), (2, [new("A2", "GM0344"), new("B2", 1)])]);
        AssertRefused(scratch, Read(scratch, "kwb-2024.xlsx", xlsx), "MaxColumns");
    }

    [Fact]
    public void Xlsx_ReferenceBeyondTheLastColumn_IsRefusedWithBoundedMemory()
    {
        using var scratch = new Scratch();
        var xlsx = XlsxFiles.Build([(1, [new("A1", "gwb_code"), new("B1", "a_inw")]), (2, [new("A2", "GM0344"), new("ZZZZZ2", 1)])]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var parsed = Read(scratch, "kwb-2024.xlsx", xlsx, ImportLimits.Default);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 << 20);
        Assert.Contains("het werkblad is beschadigd bij cel r=\"ZZZZZ2\"", Assert.Single(parsed.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_CellOverLimit_NamesMaxCellLengthAndTheSheetRow()
    {
        using var scratch = new Scratch();
        var problem = AssertRefused(scratch, Read(scratch, "kwb-2024.xlsx", XlsxFiles.Table(["gwb_code", "regio"], ["GM0344", new string('U', 101)])), "MaxCellLength");
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Xlsx_ZipBomb_IsRefusedQuicklyWithBoundedMemory()
    {
        using var scratch = new Scratch();
        var bomb = ZipBomb(512 << 20); // half a GiB of zeros: about 0.5 MB zipped
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problem = AssertRefused(scratch, Read(scratch, "kwb-2024.xlsx", bomb, ImportLimits.Default), "MaxDecompressedBytes");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 32 << 20, "the bomb was unpacked into memory");
        Assert.Contains("uitgepakte bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shapefile_ZipBomb_IsRefusedBeforeTheShapefileReaderUnpacksIt()
    {
        using var scratch = new Scratch();
        var bomb = ZipBomb(8 << 20, "buurten.shp");
        var problem = AssertRefused(scratch, Read(scratch, "wijkenbuurten_2024.zip", bomb, Small with { MaxDecompressedBytes = 1 << 20 }), "MaxDecompressedBytes");
        Assert.Null(problem.Line);
    }

    [Fact]
    public void Xlsx_ZipWhoseDirectoryUnderstatesSizes_IsStillRefused()
    {
        using var scratch = new Scratch();
        var bomb = ZipBomb(4 << 20);
        LieAboutSizes(bomb, 1000);
        var parsed = Read(scratch, "kwb-2024.xlsx", bomb, Small with { MaxDecompressedBytes = 1 << 20 });
        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Observations);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return memory.ToArray();
    }

    /// <summary>A zip whose one part (an xlsx sheet unless named otherwise) is <paramref name="bytes"/> zeros.</summary>
    private static byte[] ZipBomb(long bytes, string part = "xl/worksheets/sheet1.xml")
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var sheet = zip.CreateEntry(part, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.Length)
            {
                sheet.Write(zeros);
            }
        }

        return memory.ToArray();
    }

    /// <summary>Writes a small uncompressed size into every central directory record (signature PK\1\2, size at offset 24).</summary>
    private static void LieAboutSizes(byte[] zip, uint size)
    {
        for (var i = zip.AsSpan().IndexOf("PK\u0001\u0002"u8); i >= 0 && i + 28 < zip.Length;)
        {
            BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            var next = zip.AsSpan(i + 4).IndexOf("PK\u0001\u0002"u8);
            i = next < 0 ? -1 : i + 4 + next;
        }
    }

    /// <summary>A FeatureCollection of square-ish polygons in WGS84 with the given vertex counts (ring closed).</summary>
    private static string FeatureCollection(params (string Code, int Vertices)[] areas)
    {
        var features = areas.Select(a =>
        {
            var ring = Enumerable.Range(0, a.Vertices - 1)
                .Select(i => FormattableString.Invariant($"[{5 + (0.01 * Math.Cos(2 * Math.PI * i / (a.Vertices - 1)))},{52 + (0.01 * Math.Sin(2 * Math.PI * i / (a.Vertices - 1)))}]"))
                .ToList();
            ring.Add(ring[0]);
            return $"{{\"type\":\"Feature\",\"properties\":{{\"buurtcode\":\"{a.Code}\",\"aantal_inwoners\":100}},\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[{string.Join(',', ring)}]]}}}}";
        });
        return $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(',', features)}]}}";
    }
}
