namespace Wijkmix.Core.Areas;

/// <summary>The Dutch national grid (Amersfoort / RD New, EPSG:28992) in which areas and distances are measured.</summary>
public static class DutchGrid
{
    /// <summary>Well-known text of EPSG:28992 with the seven-parameter datum shift to WGS84.</summary>
    public const string RdNewWkt =
        "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\",SPHEROID[\"Bessel 1841\",6377397.155,299.1528128]," +
        "TOWGS84[565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]," +
        "PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],PARAMETER[\"central_meridian\",5.38763888888889]," +
        "PARAMETER[\"scale_factor\",0.9999079],PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],UNIT[\"metre\",1]," +
        "AUTHORITY[\"EPSG\",\"28992\"]]";
}
