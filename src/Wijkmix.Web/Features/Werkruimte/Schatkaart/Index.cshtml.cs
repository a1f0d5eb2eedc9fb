using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Features.Werkruimte.ComplexLevel;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Initiatives;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Schatkaart;

/// <summary>An initiative as the page shows it: where it is drawn, and why there.</summary>
public sealed record PlacedInitiative(int Number, Initiative Item, string BuurtName, double? Latitude, double? Longitude, string? Placement);

/// <summary>
/// The schatkaart (treasure map): initiatives and meeting places of the wijk on a map drawn on the server, with the
/// same list as a table, filtered by kind, energy and buurt through the query string. Edits check the version.
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorData data, MonitorViews views)
    : WorkspaceFormPage<InitiativeForm, InitiativeValues, Initiative>(db, audit, new InitiativeForm(null, null, null, null, null, null, null, null, null))
{
    private int? posted;

    protected override string AuditTarget => "schatkaart";

    [FromQuery(Name = "soort")]
    public string? KindFilter { get; set; }

    [FromQuery(Name = "energie")]
    public string? EnergyFilter { get; set; }

    [FromQuery(Name = "buurt")]
    public string? BuurtFilter { get; set; }

    /// <summary>Which levels the map shows: both (default), <c>initiatieven</c> or <c>complexen</c>.</summary>
    [FromQuery(Name = "laag")]
    public string? LayerFilter { get; set; }

    public bool ShowsInitiatives => !string.Equals(LayerFilter, "complexen", StringComparison.Ordinal);

    public bool ShowsComplexes => !string.Equals(LayerFilter, "initiatieven", StringComparison.Ordinal);

    /// <summary>The partners' complexes the member may see (same rows as the Complexen page), in the buurt filter.</summary>
    public IReadOnlyList<(ComplexRow Row, int Number)> Complexes { get; private set; } = [];

    /// <summary>Complexes the member may see in the whole wijk, before the filters (0: the level has nothing to show).</summary>
    public int ComplexesVisible { get; private set; }

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

    protected override int MissingStatus => StatusCodes.Status400BadRequest;

    protected override ItemRules<InitiativeForm, InitiativeValues, Initiative> Rules =>
        new InitiativeRules([.. Buurten.Select(b => b.Code.Value)], Workspace.AreaName, Workspace.AreaCode);

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
        posted = initiatief;
        var input = new InitiativeForm(soort, naam, wie, wat, contact, energie, buurt, breedtegraad, lengtegraad);
        return await SaveAsync(input, initiatief ?? 0, versie).ConfigureAwait(false);
    }

    protected override (string Change, string Next) Saved(Initiative item, bool added) =>
        ($"schatkaart {(added ? "toegevoegd" : "gewijzigd")}: {item.Name}", Link("schatkaart") + $"#initiatief-{item.Id}");

    public static string Dutch(InitiativeKind kind) => InitiativeRules.KindKey(kind);

    public static string Dutch(Energy energy) => InitiativeRules.EnergyKey(energy);

    public static string Number(double? value) => InitiativeRules.Number(value);

    /// <summary>A form value: the edited item's or the member's own input.</summary>
    public string Value(string field) => Values.GetValueOrDefault(field) ?? string.Empty;

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

    /// <summary>After a refused edit: the item as stored beside the member's input, which a new save checks against.</summary>
    protected override async Task ReloadAsync()
    {
        if (posted is { } id)
        {
            Editing = Current ?? await Db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (Current is not null)
            {
                Values = new Dictionary<string, string>(Values, StringComparer.Ordinal) { ["versie"] = Current.Version.ToString(CultureInfo.InvariantCulture) };
            }
        }

        await Load().ConfigureAwait(false);
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
        var kind = InitiativeRules.ParseKind(KindFilter);
        var energy = InitiativeRules.ParseEnergy(EnergyFilter);
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
        Items = ShowsInitiatives ? Placement.Place(shown, names, buurtShapes, wijkShape, Workspace.AreaName) : [];
        var complexView = await ComplexLayer.LoadAsync(this, Db, views).ConfigureAwait(false);
        ComplexesVisible = complexView.Overview?.Rows.Count ?? 0;
        Complexes = ShowsComplexes ? [.. complexView.Numbered.Where(p => buurt is null || p.Row.BuurtCode == buurt)] : [];
        if (wijkShape is not null)
        {
            var points = Items.Where(p => p.Latitude is not null)
                .Select(p => new MapPoint(p.Number, p.Item.Name, p.Latitude!.Value, p.Longitude!.Value, p.Placement is not null,
                    $"kind-{p.Item.Kind.ToString().ToLowerInvariant()} energy-{p.Item.Energy.ToString().ToLowerInvariant()}"))
                .Concat(ComplexPoints.Of(Complexes, besideOthers: true))
                .ToList();
            MapSvg = SchatkaartMap.Svg(wijkShape, buurtShapes, points, WorkspaceText.Format("MapTitle", Workspace.AreaName),
                WorkspaceText.Format("MapDescription", Workspace.AreaName, points.Count));
        }
    }
}
