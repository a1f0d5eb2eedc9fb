using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte.Schatkaart;

/// <summary>
/// Where the schatkaart draws each initiative: at its own point; without one, in the middle of its buurt, or else in
/// the middle of the wijk; without any boundary in the store, not at all. The reason is kept for the table.
/// </summary>
public static class Placement
{
    /// <summary>The initiatives, numbered as on the map, each with its place and (when estimated or missing) why.</summary>
    public static IReadOnlyList<PlacedInitiative> Place(
        IEnumerable<Initiative> shown, IReadOnlyDictionary<string, string> buurtNames, IReadOnlyList<MapShape> buurtShapes, MapShape? wijkShape, string areaName)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(buurtNames);
        ArgumentNullException.ThrowIfNull(buurtShapes);
        var centres = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        (double Lat, double Lon) Centre(MapShape shape) =>
            centres.TryGetValue(shape.Code, out var known) ? known : centres[shape.Code] = SchatkaartMap.Centroid(shape.GeoJson);

        var items = new List<PlacedInitiative>();
        foreach (var (item, index) in shown.Select((i, n) => (i, n + 1)))
        {
            var buurtName = buurtNames.GetValueOrDefault(item.BuurtCode) ?? item.BuurtCode;
            if (item is { Latitude: { } lat, Longitude: { } lon })
            {
                items.Add(new PlacedInitiative(index, item, buurtName, lat, lon, null));
            }
            else if (buurtShapes.FirstOrDefault(b => b.Code == item.BuurtCode) is { } shape)
            {
                var c = Centre(shape);
                items.Add(new PlacedInitiative(index, item, buurtName, c.Lat, c.Lon, WorkspaceText.Format("PlacementBuurtCentre", buurtName)));
            }
            else if (wijkShape is not null)
            {
                var c = Centre(wijkShape);
                var why = item.BuurtCode.Length == 0 ? WorkspaceText.Get("PlacementNoBuurt") : WorkspaceText.Format("PlacementNoBuurtBoundary", buurtName);
                items.Add(new PlacedInitiative(index, item, buurtName, c.Lat, c.Lon, WorkspaceText.Format("PlacementWijkCentre", why, areaName)));
            }
            else
            {
                items.Add(new PlacedInitiative(index, item, buurtName, null, null, WorkspaceText.Get("PlacementNone")));
            }
        }

        return items;
    }
}
