using System.Globalization;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Initiatives;

/// <summary>A point typed as latitude and longitude: both or neither, inside the Netherlands; otherwise a problem naming the field.</summary>
public sealed record Place(double? Latitude, double? Longitude, FieldProblem? Problem)
{
    private static readonly Place None = new(null, null, null);

    /// <summary>Reads degrees with a decimal comma or point, rounded to six decimals (about 10 cm).</summary>
    public static Place Parse(string? latitude, string? longitude)
    {
        var lat = (latitude ?? string.Empty).Trim();
        var lon = (longitude ?? string.Empty).Trim();
        if (lat.Length == 0 && lon.Length == 0)
        {
            return None;
        }

        if (lat.Length == 0 || lon.Length == 0)
        {
            var field = lat.Length == 0 ? "breedtegraad" : "lengtegraad";
            return Refused(field, WorkspaceText.Format("PlaceBoth", WorkspaceText.Get(lat.Length == 0 ? "FieldLatitude" : "FieldLongitude")));
        }

        if (!TryDegrees(lat, out var la))
        {
            return Refused("breedtegraad", WorkspaceText.Format("PlaceLatitudeNumber", lat));
        }

        if (!TryDegrees(lon, out var lo))
        {
            return Refused("lengtegraad", WorkspaceText.Format("PlaceLongitudeNumber", lon));
        }

        if (la is < InitiativeRules.MinLatitude or > InitiativeRules.MaxLatitude)
        {
            return Refused("breedtegraad", WorkspaceText.Format(
                "PlaceLatitudeOutside", InitiativeRules.Number(la), InitiativeRules.Number(InitiativeRules.MinLatitude), InitiativeRules.Number(InitiativeRules.MaxLatitude)));
        }

        return lo is < InitiativeRules.MinLongitude or > InitiativeRules.MaxLongitude
            ? Refused("lengtegraad", WorkspaceText.Format(
                "PlaceLongitudeOutside", InitiativeRules.Number(lo), InitiativeRules.Number(InitiativeRules.MinLongitude), InitiativeRules.Number(InitiativeRules.MaxLongitude)))
            : new Place(Math.Round(la, 6), Math.Round(lo, 6), null);
    }

    private static Place Refused(string field, string message) => new(null, null, new FieldProblem(field, message));

    private static bool TryDegrees(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);
}
