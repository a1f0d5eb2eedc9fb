namespace Wijkmix.Data.Import;

/// <summary>The CBS file formats Wijkmix reads.</summary>
public enum ImportFormat
{
    /// <summary>StatLine "CSV met statistische symbolen": ';', quoted, padded, hierarchical label headers.</summary>
    StatLineCsv,
    /// <summary>OData TypedDataSet as CSV: keys such as AantalInwoners_5 as headers.</summary>
    ODataCsv,
    /// <summary>OData TypedDataSet as JSON ({"value": [...]}, or a dict keyed by region code).</summary>
    ODataJson,
    /// <summary>CBS kwb-YYYY.xlsx with short column names (a_inw, g_wozbag).</summary>
    KwbXlsx,
    /// <summary>The same kwb table as delimited text.</summary>
    KwbCsv,
    /// <summary>GeoJSON boundaries (WGS84 or RD New EPSG:28992), with attributes.</summary>
    GeoJson,
    /// <summary>TopoJSON topology (shared, quantized arcs) of area boundaries, as CBS's generalised maps for the web.</summary>
    TopoJson,
    /// <summary>CBS Wijk- en Buurtkaart as GeoPackage (.gpkg): layers gemeenten, wijken, buurten with KWB attributes.</summary>
    GeoPackage,
    /// <summary>CBS Wijk- en Buurtkaart as zipped shapefiles (.shp with .dbf, .shx, .prj).</summary>
    Shapefile,
    /// <summary>Leefbaarometer 3.0 scores per gemeente, wijk or buurt as downloaded (code, jaar, lbm and the dimension deviations).</summary>
    Leefbaarometer,
}
