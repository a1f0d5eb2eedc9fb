using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Features.Werkruimte.ComplexLevel;
using Wijkmix.Web.Features.Werkruimte.Schatkaart;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Resources;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Complexen;

/// <summary>
/// The level below the buurt: the partners' complexes on the scale ladder (gemeente ⊃ wijk ⊃ buurt ⊃ complex), the
/// complexes that add most and why, vulnerable lettings per complex against buurt and workspace, the complexes the
/// workspace's rule flags, and their dots on the wijk map. Every figure that shows a complex is read from the
/// published (suppressed) tables (<see cref="ComplexBody"/>); indices use all cells.
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorData data, MonitorViews views) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "complexen";

    public ComplexOverviewResult? Overview { get; private set; }

    /// <summary>The CBS year of the buurt figures the ladder uses (null without buurt figures).</summary>
    public int? CbsYear { get; private set; }

    public string MapSvg { get; private set; } = string.Empty;

    public IReadOnlyDictionary<string, string> BuurtNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<FieldProblem> Problems { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "van")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public int? To { get; set; }

    public async Task OnGetAsync() => await ReloadAsync().ConfigureAwait(false);

    /// <summary>Sets the flag rule and whether partners see their own complexes in detail (coordinator).</summary>
    [Needs(Right.SetComplexRules)]
    public async Task<IActionResult> OnPostRuleAsync(int percentage, int jaren, string? factor, bool eigenDetail)
    {
        var parsed = double.TryParse((factor ?? string.Empty).Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var f) ? Math.Round(f, 2) : double.NaN;
        Problems = FlagRule.Check(percentage, jaren, parsed);
        if (Problems.Count > 0)
        {
            return await RefuseAsync(StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var workspace = await Db.Workspaces.FirstAsync(w => w.Id == WorkspaceId).ConfigureAwait(false);
        ChangeDescription = $"signaalregel complexen: {percentage} %, {jaren} jaar, {parsed.ToString(CultureInfo.InvariantCulture)}× buurt; eigen detail {(eigenDetail ? "aan" : "uit")}";
        (workspace.ComplexFlagPercent, workspace.ComplexFlagYears, workspace.ComplexFlagBuurtFactor, workspace.PartnersSeeOwnDetail) = (percentage, jaren, parsed, eigenDetail);
        await Db.SaveChangesAsync().ConfigureAwait(false);
        return SeeOther(Link("complexen"));
    }

    protected override async Task ReloadAsync()
    {
        var view = await ComplexLayer.LoadAsync(this, Db, views, From, To, ComplexLayer.LadderReplicates).ConfigureAwait(false);
        (Overview, CbsYear) = (view.Overview, view.CbsYear);
        var buurten = !AreaCode.TryParse(Workspace.AreaCode, out var area) ? []
            : area.Level == AreaLevel.Neighbourhood ? data.Find(area) is { } self ? [self] : []
            : data.Within(area, AreaLevel.Neighbourhood);
        BuurtNames = buurten.ToDictionary(b => b.Code.Value, b => b.DisplayName, StringComparer.Ordinal);
        if (Overview is not null && data.Read(s => s.Geometry(area)) is { } wijkJson)
        {
            var shapes = buurten.Select(b => data.Read(s => s.Geometry(b.Code)) is { } json ? new MapShape(b.Code.Value, b.DisplayName, json) : null).OfType<MapShape>().ToList();
            var points = ComplexPoints.Of(view.Numbered, besideOthers: false);
            MapSvg = SchatkaartMap.Svg(new MapShape(Workspace.AreaCode, Workspace.AreaName, wijkJson), shapes, points,
                WorkspaceText.Format("ComplexMapTitle", Workspace.AreaName), WorkspaceText.Format("ComplexMapDescription", Workspace.AreaName, points.Count));
        }
    }

    public string BuurtName(string code) => BuurtNames.TryGetValue(code, out var name) ? $"{name} ({code})" : code;
}
