using System.Globalization;
using NetTopologySuite.Geometries;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>One feature of a boundary layer: its attributes in file order and its geometry as read.</summary>
internal sealed record BoundaryFeature(string Layer, IReadOnlyList<KeyValuePair<string, object?>> Attributes, Geometry? Geometry);

/// <summary>
/// Turns the features of the CBS Wijk- en Buurtkaart (GeoPackage or shapefile; layers gemeenten,
/// wijken and buurten, possibly together) into one table: each feature's own code and name go into
/// <c>gwb_code</c> and <c>regio</c> (a buurt row also carries its wijkcode and gemeentecode), the
/// KWB attributes keep their names for the catalogue, CBS's sentinels for "geheim" and "onbekend"
/// become suppressed cells, and the geometry becomes WGS84 GeoJSON.
/// </summary>
internal static class BoundaryTable
{
    public const string CodeColumn = "gwb_code";
    public const string NameColumn = "regio";

    /// <summary>-99999999: onbekend / niet van toepassing; -99997: geheim (too few to publish).</summary>
    private static readonly double[] Sentinels = [-99_999_999, -99_997];

    private static readonly string[] CodeFields = ["buurtcode", "bu_code", "wijkcode", "wk_code", "gemeentecode", "gm_code", "statcode"];

    public static RawTable Build(ImportFormat format, ReadBudget budget, IReadOnlyList<BoundaryFeature> features, bool isRd)
    {
        budget.Rows(features.Count);
        var header = new List<string> { CodeColumn, NameColumn };
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var attribute in features.SelectMany(f => f.Attributes))
        {
            if (!attribute.Key.Equals(CodeColumn, StringComparison.OrdinalIgnoreCase) && !attribute.Key.Equals(NameColumn, StringComparison.OrdinalIgnoreCase)
                && index.TryAdd(attribute.Key, header.Count))
            {
                header.Add(attribute.Key);
                budget.Columns(header.Count);
            }
        }

        var rows = new List<RawRow>(features.Count);
        var geometries = new List<string?>(features.Count);
        foreach (var feature in features)
        {
            var cells = new string?[header.Count];
            var byName = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in feature.Attributes)
            {
                var text = Cell(value);
                budget.Cell(text, null, $"{feature.Layer} → {name}");
                byName[name] = text;
                if (index.TryGetValue(name, out var i))
                {
                    cells[i] = text;
                }
            }

            var code = CodeFields.Select(f => byName.GetValueOrDefault(f)?.Trim()).FirstOrDefault(c => !string.IsNullOrEmpty(c));
            cells[0] = code;
            cells[1] = code is null ? null : NameOf(code, byName);
            rows.Add(new RawRow(0, cells));
            geometries.Add(feature.Geometry is null ? null : Polygonal(feature, code, budget, isRd));
        }

        return new RawTable(format, header, rows) { Geometries = geometries };
    }

    /// <summary>A boundary is an area: anything but a (multi)polygon is refused, naming layer and area.</summary>
    private static string Polygonal(BoundaryFeature feature, string? code, ReadBudget budget, bool isRd)
    {
        if (feature.Geometry is not (Polygon or MultiPolygon))
        {
            throw new ImportFailedException(new ImportProblem(budget.File, null, $"{feature.Layer} → {code ?? "?"}",
                string.Format(Messages.Culture, Messages.NotAnArea, feature.Geometry!.GeometryType)));
        }

        budget.Vertices(feature.Geometry.NumPoints, $"{feature.Layer} → {code ?? "?"}");

        return GeoJsonReader.ToGeoJson(feature.Geometry, isRd, budget.File, $"{feature.Layer} → {code ?? "?"}");
    }

    private static string? NameOf(string code, Dictionary<string, string?> byName)
    {
        string[] fields = AreaCode.TryParse(code, out var area)
            ? area.Level switch
            {
                AreaLevel.Neighbourhood => ["buurtnaam", "bu_naam"],
                AreaLevel.District => ["wijknaam", "wk_naam"],
                _ => ["gemeentenaam", "gm_naam"],
            }
            : [];
        return fields.Select(f => byName.GetValueOrDefault(f)?.Trim()).FirstOrDefault(n => !string.IsNullOrEmpty(n));
    }

    /// <summary>An attribute as the text a CBS cell would hold; the sentinels become '.', CBS's suppressed cell.</summary>
    private static string? Cell(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        byte[] => null,
        IConvertible c when value is not (char or bool or DateTime) => Number(c.ToDouble(CultureInfo.InvariantCulture)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string Number(double value) =>
        Array.IndexOf(Sentinels, value) >= 0 ? "." : value.ToString("R", CultureInfo.InvariantCulture);
}
