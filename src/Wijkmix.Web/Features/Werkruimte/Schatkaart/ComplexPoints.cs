using System.Globalization;
using Wijkmix.Web.Features.Werkruimte.ComplexLevel;
using Wijkmix.Web.Resources;
using Wijkmix.Workspace.Complexes;

namespace Wijkmix.Web.Features.Werkruimte.Schatkaart;

/// <summary>The complex level on a wijk map: the shown complexes (<see cref="ComplexLayer"/>) as points.</summary>
public static class ComplexPoints
{
    /// <summary>The CSS class of a complex's point, and the one added when it is flagged.</summary>
    public const string Css = "complex", FlaggedCss = "flagged";

    /// <summary>
    /// The shown complexes that have a location, as dots numbered as on the Complexen page. On a map with another layer
    /// (<paramref name="besideOthers"/>) they are squares labelled C1, C2, … so they differ from its points by shape and label.
    /// </summary>
    public static IReadOnlyList<MapPoint> Of(IEnumerable<(ComplexRow Row, int Number)> numbered, bool besideOthers)
    {
        ArgumentNullException.ThrowIfNull(numbered);
        return
        [
            .. numbered.Where(p => p.Row is { Latitude: not null, Longitude: not null }).Select(p => new MapPoint(
                p.Number, p.Row.Flag is null ? p.Row.Name : string.Format(CultureInfo.CurrentCulture, Text.ComplexMapFlagged, p.Row.Name),
                p.Row.Latitude!.Value, p.Row.Longitude!.Value, false, p.Row.Flag is null ? Css : string.Join(' ', Css, FlaggedCss),
                besideOthers ? ComplexLayer.Label(p.Number) : null, besideOthers)),
        ];
    }
}
