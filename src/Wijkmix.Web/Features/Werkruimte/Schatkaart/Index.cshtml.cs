using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Schatkaart;

/// <summary>An initiative as the page shows it: where it is drawn, and why there.</summary>
public sealed record PlacedInitiative(int Number, Initiative Item, string BuurtName, double? Latitude, double? Longitude, string? Placement);

/// <summary>
/// The schatkaart (treasure map): initiatives and meeting places of the wijk on a map drawn on the server, with the
/// same list as a table, filtered by kind, energy and buurt through the query string. Edits check the version.
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorData data) : WorkspacePage(db, audit)
{
    /// <summary>The Netherlands' extent in WGS84, with a margin for the coast and the borders.</summary>
    public const double MinLatitude = 50.75, MaxLatitude = 53.56, MinLongitude = 3.35, MaxLongitude = 7.23;

    private const int MaxText = 200;
    private const int MaxWhat = 4_000;

    private static readonly CultureInfo NlNl = CultureInfo.GetCultureInfo("nl-NL");

    protected override string AuditTarget => "schatkaart";

    [FromQuery(Name = "soort")]
    public string? KindFilter { get; set; }

    [FromQuery(Name = "energie")]
    public string? EnergyFilter { get; set; }

    [FromQuery(Name = "buurt")]
    public string? BuurtFilter { get; set; }

    /// <summary>The buurten of the workspace's wijk (code → name).</summary>
    public IReadOnlyList<Area> Buurten { get; private set; } = [];

    /// <summary>The initiatives that pass the filter, numbered as on the map.</summary>
    public IReadOnlyList<PlacedInitiative> Items { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The map as SVG markup (empty when the wijk has no stored boundary).</summary>
    public string MapSvg { get; private set; } = string.Empty;

    /// <summary>Which buurten have a boundary on the map.</summary>
    public int BuurtenWithBoundary { get; private set; }

    /// <summary>The item being edited (null: the form adds a new one).</summary>
    public Initiative? Editing { get; private set; }

    /// <summary>The values in the form: the edited item's, or what the member sent when it was refused.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public string? Problem { get; private set; }

    /// <summary>On a conflict: the item as another member saved it.</summary>
    public Initiative? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? bewerk)
    {
        if (bewerk is { } id)
        {
            Editing = await Db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (Editing is null)
            {
                return NotFound();
            }

            Values = ValuesOf(Editing);
        }

        await Load().ConfigureAwait(false);
        return Page();
    }

    [Needs(Right.EditSchatkaart)]
    public async Task<IActionResult> OnPostAsync(int? initiatief, int versie, string? soort, string? naam, string? wie, string? wat, string? contact,
        string? energie, string? buurt, string? breedtegraad, string? lengtegraad)
    {
        Values = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        Buurten = BuurtenOf();
        InitiativeKind? kind = soort switch { "initiatief" => InitiativeKind.Initiative, "ontmoetingsplek" => InitiativeKind.MeetingPlace, _ => null };
        Energy? energy = ParseEnergy(energie);
        var name = (naam ?? string.Empty).Trim();
        var buurtCode = (buurt ?? string.Empty).Trim().ToUpperInvariant();
        var error = kind is null ? "Kies initiatief of ontmoetingsplek (veld 'Soort')."
            : name.Length is 0 or > MaxText ? $"Vul de naam in, 1 tot {MaxText} tekens (veld 'Naam')."
            : (wie?.Length ?? 0) > MaxText ? $"Ten hoogste {MaxText} tekens (veld 'Wie')."
            : (wat?.Length ?? 0) > MaxWhat ? $"Ten hoogste {MaxWhat:N0} tekens (veld 'Wat')."
            : (contact?.Length ?? 0) > MaxText ? $"Ten hoogste {MaxText} tekens (veld 'Contact')."
            : energy is null ? "Kies de energie: laag, gemiddeld of hoog (veld 'Energie')."
            : buurtCode.Length > 0 && Buurten.All(b => b.Code.Value != buurtCode)
                ? $"Buurt '{buurt}' hoort niet bij {Workspace.AreaName} ({Workspace.AreaCode}) (veld 'Buurt'); kies een buurt uit de lijst."
            : null;
        var (latitude, longitude, placeError) = ParsePlace(breedtegraad, lengtegraad);
        error ??= placeError;
        Initiative? item = null;
        if (error is null && initiatief is { } id)
        {
            item = await Db.Initiatives.FirstOrDefaultAsync(i => i.Id == id && i.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            error = item is null ? $"Initiatief {id} bestaat niet (meer) in deze werkruimte." : null;
        }

        if (error is not null)
        {
            return await Refuse(error, StatusCodes.Status400BadRequest, initiatief).ConfigureAwait(false);
        }

        item ??= Db.Initiatives.Add(new Initiative { WorkspaceId = WorkspaceId, Name = name }).Entity;
        item.Kind = kind!.Value;
        item.Name = name;
        item.Who = (wie ?? string.Empty).Trim();
        item.What = (wat ?? string.Empty).Trim();
        item.Contact = (contact ?? string.Empty).Trim();
        item.Energy = energy!.Value;
        item.BuurtCode = buurtCode;
        item.Latitude = latitude;
        item.Longitude = longitude;
        if (initiatief is not null)
        {
            Db.Entry(item).Property(x => x.Version).OriginalValue = versie;
        }

        try
        {
            await Db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            Current = await Db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == initiatief).ConfigureAwait(false);
            return await Refuse(
                $"'{Current?.Name ?? name}' is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen. Hieronder staan de huidige gegevens " +
                "en in het formulier uw eigen invoer. Neem over wat u wilt houden en sla opnieuw op.", StatusCodes.Status409Conflict, initiatief).ConfigureAwait(false);
        }

        ChangeDescription = $"schatkaart {(initiatief is null ? "toegevoegd" : "gewijzigd")}: {name}";
        return SeeOther(Link("schatkaart") + $"#initiatief-{item.Id}");
    }

    public static string Dutch(InitiativeKind kind) => kind == InitiativeKind.Initiative ? "initiatief" : "ontmoetingsplek";

    public static string Dutch(Energy energy) => energy switch
    {
        Energy.Low => "laag",
        Energy.Medium => "gemiddeld",
        _ => "hoog",
    };

    public static string Number(double? value) => value?.ToString("0.#####", NlNl) ?? string.Empty;

    /// <summary>A form value: the edited item's or the member's own input.</summary>
    public string Value(string field) => Values.GetValueOrDefault(field) ?? string.Empty;

    private static Energy? ParseEnergy(string? text) => text switch
    {
        "laag" => Energy.Low,
        "gemiddeld" => Energy.Medium,
        "hoog" => Energy.High,
        _ => null,
    };

    /// <summary>Latitude and longitude, both or neither, inside the Netherlands; a message naming the field otherwise.</summary>
    public static (double? Lat, double? Lon, string? Error) ParsePlace(string? latitude, string? longitude)
    {
        var lat = (latitude ?? string.Empty).Trim();
        var lon = (longitude ?? string.Empty).Trim();
        if (lat.Length == 0 && lon.Length == 0)
        {
            return (null, null, null);
        }

        if (lat.Length == 0 || lon.Length == 0)
        {
            return (null, null, $"Vul breedtegraad en lengtegraad allebei in, of allebei niet (veld '{(lat.Length == 0 ? "Breedtegraad" : "Lengtegraad")}').");
        }

        if (!TryDegrees(lat, out var la))
        {
            return (null, null, $"'{lat}' is geen getal (veld 'Breedtegraad'); schrijf bijvoorbeeld 52,1054.");
        }

        if (!TryDegrees(lon, out var lo))
        {
            return (null, null, $"'{lon}' is geen getal (veld 'Lengtegraad'); schrijf bijvoorbeeld 5,1157.");
        }

        if (la is < MinLatitude or > MaxLatitude)
        {
            return (null, null, $"Breedtegraad {Number(la)} ligt buiten Nederland (veld 'Breedtegraad'; tussen {Number(MinLatitude)} en {Number(MaxLatitude)}).");
        }

        return lo is < MinLongitude or > MaxLongitude
            ? (null, null, $"Lengtegraad {Number(lo)} ligt buiten Nederland (veld 'Lengtegraad'; tussen {Number(MinLongitude)} en {Number(MaxLongitude)}).")
            : (Math.Round(la, 6), Math.Round(lo, 6), null);
    }

    private static bool TryDegrees(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);

    private static Dictionary<string, string> ValuesOf(Initiative item) => new(StringComparer.Ordinal)
    {
        ["soort"] = Dutch(item.Kind),
        ["naam"] = item.Name,
        ["wie"] = item.Who,
        ["wat"] = item.What,
        ["contact"] = item.Contact,
        ["energie"] = Dutch(item.Energy),
        ["buurt"] = item.BuurtCode,
        ["breedtegraad"] = Number(item.Latitude),
        ["lengtegraad"] = Number(item.Longitude),
        ["versie"] = item.Version.ToString(CultureInfo.InvariantCulture),
        ["initiatief"] = item.Id.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<IActionResult> Refuse(string message, int status, int? initiatief)
    {
        ChangeSucceeded = false;
        Problem = message;
        Db.ChangeTracker.Clear();
        if (initiatief is { } id)
        {
            Editing = Current ?? await Db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (Current is not null)
            {
                // The member's input stays; a new save is checked against the version now stored.
                Values = new Dictionary<string, string>(Values, StringComparer.Ordinal) { ["versie"] = Current.Version.ToString(CultureInfo.InvariantCulture) };
            }
        }

        await Load().ConfigureAwait(false);
        Response.StatusCode = status;
        return Page();
    }

    private IReadOnlyList<Area> BuurtenOf()
    {
        if (!AreaCode.TryParse(Workspace.AreaCode, out var code))
        {
            return [];
        }

        return code.Level == AreaLevel.Neighbourhood
            ? [data.Find(code) ?? new Area(code, Workspace.AreaName, null, [])]
            : data.Within(code, AreaLevel.Neighbourhood);
    }

    private async Task Load()
    {
        Buurten = BuurtenOf();
        var kind = KindFilter switch { "initiatief" => InitiativeKind.Initiative, "ontmoetingsplek" => (InitiativeKind?)InitiativeKind.MeetingPlace, _ => null };
        var energy = ParseEnergy(EnergyFilter);
        var buurt = string.IsNullOrWhiteSpace(BuurtFilter) ? null : BuurtFilter.Trim().ToUpperInvariant();
        var all = await Db.Initiatives.AsNoTracking().Where(i => i.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        Total = all.Count;
        var shown = all.Where(i => (kind is null || i.Kind == kind) && (energy is null || i.Energy == energy) && (buurt is null || i.BuurtCode == buurt))
            .OrderBy(i => i.Name, StringComparer.CurrentCulture).ThenBy(i => i.Id).ToList();

        var wijkShape = AreaCode.TryParse(Workspace.AreaCode, out var wijkCode) && data.Read(s => s.Geometry(wijkCode)) is { } wijkJson
            ? new MapShape(Workspace.AreaCode, Workspace.AreaName, wijkJson)
            : null;
        var buurtShapes = Buurten.Count > 1
            ? Buurten.Select(b => data.Read(s => s.Geometry(b.Code)) is { } json ? new MapShape(b.Code.Value, b.DisplayName, json) : null).OfType<MapShape>().ToList()
            : [];
        BuurtenWithBoundary = buurtShapes.Count;
        var names = Buurten.ToDictionary(b => b.Code.Value, b => b.DisplayName, StringComparer.Ordinal);
        var centres = new Dictionary<string, (double Lat, double Lon)>(StringComparer.Ordinal);
        var items = new List<PlacedInitiative>();
        foreach (var (item, index) in shown.Select((i, n) => (i, n + 1)))
        {
            var buurtName = names.GetValueOrDefault(item.BuurtCode) ?? item.BuurtCode;
            if (item is { Latitude: { } lat, Longitude: { } lon })
            {
                items.Add(new PlacedInitiative(index, item, buurtName, lat, lon, null));
                continue;
            }

            var shape = buurtShapes.FirstOrDefault(b => b.Code == item.BuurtCode);
            if (shape is not null)
            {
                var c = centres.TryGetValue(shape.Code, out var known) ? known : centres[shape.Code] = SchatkaartMap.Centroid(shape.GeoJson);
                items.Add(new PlacedInitiative(index, item, buurtName, c.Lat, c.Lon, $"geen coördinaten: getekend in het midden van buurt {buurtName}"));
            }
            else if (wijkShape is not null)
            {
                var c = centres.TryGetValue(wijkShape.Code, out var known) ? known : centres[wijkShape.Code] = SchatkaartMap.Centroid(wijkShape.GeoJson);
                var why = item.BuurtCode.Length == 0 ? "geen coördinaten en geen buurt" : $"geen coördinaten en geen buurtgrens van {buurtName} in de opslag";
                items.Add(new PlacedInitiative(index, item, buurtName, c.Lat, c.Lon, $"{why}: getekend in het midden van {Workspace.AreaName}"));
            }
            else
            {
                items.Add(new PlacedInitiative(index, item, buurtName, null, null, "geen coördinaten en geen grens in de opslag: niet op de kaart"));
            }
        }

        Items = items;
        if (wijkShape is not null)
        {
            var points = items.Where(p => p.Latitude is not null)
                .Select(p => new MapPoint(p.Number, p.Item.Name, p.Latitude!.Value, p.Longitude!.Value, p.Placement is not null,
                    $"kind-{p.Item.Kind.ToString().ToLowerInvariant()} energy-{p.Item.Energy.ToString().ToLowerInvariant()}"))
                .ToList();
            MapSvg = SchatkaartMap.Svg(wijkShape, buurtShapes, points, $"Schatkaart van {Workspace.AreaName}",
                $"Grens van {Workspace.AreaName} met {points.Count} genummerde punten; de nummers staan ook in de tabel onder de kaart.");
        }
    }
}
