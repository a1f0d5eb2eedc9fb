using System.IO.Compression;
using System.Text;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads the CBS Wijk- en Buurtkaart as zipped shapefiles: every .shp in the zip with its .dbf
/// (attributes), .prj (RD New or WGS84; without it the coordinates' size decides) and optional
/// .cpg (the attribute encoding), through NetTopologySuite.IO.Esri.Shapefile.
/// </summary>
internal static class ShapefileReader
{
    /// <summary>True for a zip holding at least one .shp (an xlsx is a zip too, but holds none).</summary>
    public static bool IsShapefileZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            // A cut-off zip has no central directory, but its local headers still name the parts.
            return bytes.AsSpan().IndexOf(".shp"u8) >= 0 && bytes.AsSpan().IndexOf(".dbf"u8) >= 0;
        }
    }

    public static RawTable Read(byte[] bytes, ReadBudget budget)
    {
        var file = budget.File;
        ZipGuard.Check(bytes, budget);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw InputFile.Fail(file, string.Format(Messages.Culture, Messages.Corrupt, e.Message));
        }

        using (zip)
        {
            var features = new List<BoundaryFeature>();
            var isRd = false;
            foreach (var shp in zip.Entries.Where(e => e.FullName.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var stem = shp.FullName[..^4];
                var layer = Path.GetFileName(stem);
                var dbf = Sibling(zip, stem, ".dbf")
                    ?? throw new ImportFailedException(new ImportProblem(file, null, layer + ".dbf",
                        string.Format(Messages.Culture, Messages.ShapefilePartMissing, shp.FullName, ".dbf")));
                var projection = Sibling(zip, stem, ".prj") is { } prj ? Text(prj, Encoding.UTF8) : null;
                var encoding = Sibling(zip, stem, ".cpg") is { } cpg ? EncodingOf(Text(cpg, Encoding.ASCII)) : null;
                var read = ReadLayer(shp, dbf, layer, file, encoding);
                isRd |= projection is not null
                    ? projection.Contains("Amersfoort", StringComparison.OrdinalIgnoreCase) || projection.Contains("28992", StringComparison.Ordinal)
                    : read.FirstOrDefault(f => f.Geometry is { IsEmpty: false })?.Geometry is { } g && GeoJsonReader.LooksLikeRd(g.Coordinate.X, g.Coordinate.Y);
                features.AddRange(read);
            }

            return BoundaryTable.Build(ImportFormat.Shapefile, budget, features, isRd);
        }
    }

    private static List<BoundaryFeature> ReadLayer(ZipArchiveEntry shp, ZipArchiveEntry dbf, string layer, string file, Encoding? encoding)
    {
        try
        {
            using var shpStream = Copy(shp);
            using var dbfStream = Copy(dbf);
            return Shapefile.ReadAllFeatures(shpStream, dbfStream, new ShapefileReaderOptions { Encoding = encoding })
                .Select(f => new BoundaryFeature(layer,
                    f.Attributes.GetNames().Select(n => new KeyValuePair<string, object?>(n, f.Attributes[n])).ToList(),
                    f.Geometry))
                .ToList();
        }
        catch (Exception e) when (e is ShapefileException or IOException or InvalidDataException or ArgumentException
                                      or InvalidOperationException or FormatException or NotSupportedException or IndexOutOfRangeException)
        {
            throw new ImportFailedException(new ImportProblem(file, null, shp.FullName,
                string.Format(Messages.Culture, Messages.InvalidShapefile, e.Message)));
        }
    }

    private static ZipArchiveEntry? Sibling(ZipArchive zip, string stem, string extension) =>
        zip.Entries.FirstOrDefault(e => e.FullName.Equals(stem + extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The shapefile reader seeks; zip entries do not.</summary>
    private static MemoryStream Copy(ZipArchiveEntry entry)
    {
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return buffer;
    }

    private static string Text(ZipArchiveEntry entry, Encoding encoding)
    {
        using var reader = new StreamReader(entry.Open(), encoding);
        return reader.ReadToEnd();
    }

    /// <summary>The .cpg names the attribute code page ("UTF-8", "1252"); unknown names leave the choice to the reader.</summary>
    private static Encoding? EncodingOf(string cpg)
    {
        var name = cpg.Trim();
        if (name.Length == 0)
        {
            return null;
        }

        if (name.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) || name.Equals("UTF8", StringComparison.OrdinalIgnoreCase))
        {
            return new UTF8Encoding(false);
        }

        // Windows-1252 is not built into .NET; Latin-1 agrees with it on every letter Dutch names use.
        return name is "1252" or "ANSI 1252" or "ISO-8859-1" or "88591" ? Encoding.Latin1 : null;
    }
}
