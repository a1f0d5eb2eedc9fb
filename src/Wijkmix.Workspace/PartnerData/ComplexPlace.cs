using System.Globalization;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>A complex's area code and optional location as read from a partner file.</summary>
public static class ComplexPlace
{
    /// <summary>The latitude column (WGS84 degrees).</summary>
    public const string LatitudeColumn = "breedtegraad";

    /// <summary>The longitude column (WGS84 degrees).</summary>
    public const string LongitudeColumn = "lengtegraad";

    /// <summary>The complex's area code: its buurt and the partner's own code, <c>BU03440301:complex-12</c>.</summary>
    public static string Code(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts[PartnerTemplate.BuurtCodeColumn] + ":" + texts[PartnerTemplate.ComplexCodeColumn];
    }

    /// <summary>The location of a row, when both coordinates are given.</summary>
    public static (double Latitude, double Longitude)? Location(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.GetValueOrDefault(LatitudeColumn) is { Length: > 0 } lat && texts.GetValueOrDefault(LongitudeColumn) is { Length: > 0 } lon
            ? (double.Parse(lat, CultureInfo.InvariantCulture), double.Parse(lon, CultureInfo.InvariantCulture))
            : null;
    }

    internal static bool IsCoordinateColumn(string column) => column is LatitudeColumn or LongitudeColumn;

    /// <summary>
    /// The problem with a coordinate (null when fine): a number in degrees with a decimal point or comma, inside the
    /// Netherlands (latitude 50.7–53.6, longitude 3.3–7.3). Normalises the value to a decimal point.
    /// </summary>
    internal static string? CheckCoordinate(string column, ref string value)
    {
        var normal = value.Replace(',', '.');
        if (!double.TryParse(normal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var degrees))
        {
            return PartnerDataText.Get("InvalidCoordinate");
        }

        var (low, high) = column == LatitudeColumn ? (50.7, 53.6) : (3.3, 7.3);
        if (degrees < low || degrees > high)
        {
            return PartnerDataText.Format("CoordinateOutsideNetherlands", low, high);
        }

        value = normal;
        return null;
    }
}
