using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;
using Wijkmix.Workspace.Resources;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Partnerdata;

/// <summary>
/// Aggregated figures from partners (per complex or buurt) through CSV templates. Files with person-level data are
/// refused. Storing an upload or changing the threshold protects all of the workspace's partner figures together
/// (<see cref="PartnerProtection"/>) and stores the published tables; the page and the export only read those.
/// </summary>
public sealed class IndexModel(
    WorkspaceDb db, WorkspaceAudit audit, MonitorData data, MonitorViews views, UserManager<WorkspaceUser> users, TimeProvider clock, UploadLimits limits)
    : WorkspacePage(db, audit)
{
    /// <summary>
    /// Largest partner file accepted: 2 MB (aggregates are small), or half the site's upload limit when that is lower,
    /// so a file just above it still reaches the reader and gets its message.
    /// </summary>
    public long MaxBytes => Math.Min(2 * 1024 * 1024, limits.MaxBytes / 2);

    /// <summary>Highest suppression threshold accepted.</summary>
    public const int MaxThreshold = 1000;

    protected override string AuditTarget => "partnerdata";

    /// <summary>Each upload with its stored published table (null when not yet protected).</summary>
    public IReadOnlyList<(PartnerUpload Upload, IReadOnlyList<PublishedPart>? Parts)> Uploads { get; private set; } = [];

    public IReadOnlyList<PartnerDataProblem> Problems { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => await ReloadAsync().ConfigureAwait(false);

    /// <summary>The empty CSV template (header only) to fill in.</summary>
    public IActionResult OnGetTemplate(string sjabloon) => PartnerTemplates.Find(sjabloon) is { } template
        ? File(Encoding.UTF8.GetBytes(template.HeaderLine()), "text/csv", $"{template.Id}.csv")
        : NotFound();

    /// <summary>One upload's table, suppressed as on the page, as CSV ("." for a suppressed cell, as CBS writes it).</summary>
    [Needs(Right.ExportData)]
    public async Task<IActionResult> OnGetExportAsync(int levering, int deel = 0)
    {
        var published = await Db.PartnerUploads.AsNoTracking().Where(u => u.Id == levering && u.WorkspaceId == WorkspaceId)
            .Select(u => u.Published).FirstOrDefaultAsync().ConfigureAwait(false);
        var parts = published is null ? [] : PartnerTables.DeserializeParts(published);
        return deel < 0 || deel >= parts.Count
            ? NotFound()
            : File(PartnerCsv.Write(parts[deel]), "text/csv", deel == 0 ? $"partnerdata-{levering}.csv" : $"partnerdata-{levering}-{deel}.csv");
    }

    [Needs(Right.UploadData)]
    public async Task<IActionResult> OnPostAsync(string? sjabloon, IFormFile? bestand)
    {
        var template = PartnerTemplates.Find(sjabloon ?? string.Empty);
        if (template is null || bestand is null || bestand.Length == 0)
        {
            return await Refuse([new PartnerDataProblem(bestand?.FileName ?? WorkspaceText.Get("PartnerNoFile"), 0, null,
                WorkspaceText.Get(template is null ? "PartnerChooseTemplate" : "PartnerChooseFile"))]).ConfigureAwait(false);
        }

        PartnerDataReadResult result;
        using (var stream = bestand.OpenReadStream())
        {
            result = PartnerDataReader.Read(stream, Path.GetFileName(bestand.FileName), template, ReadContext(), MaxBytes);
        }

        if (!result.Succeeded)
        {
            return await Refuse(result.Problems).ConfigureAwait(false);
        }

        var upload = new PartnerUpload
        {
            WorkspaceId = WorkspaceId, Organisation = Member.Organisation, Template = template.Id, FileName = Path.GetFileName(bestand.FileName),
            UploadedBy = MemberName, At = clock.GetUtcNow(),
        };
        upload.Figures.AddRange(PartnerTables.Figures(template, result.Rows));
        upload.Complexes.AddRange(PartnerTables.Complexes(template, result.Rows));
        Db.PartnerUploads.Add(upload);
        await ProtectAll(Workspace.SuppressionThreshold, upload).ConfigureAwait(false);
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"partnerdata {template.Id} geleverd ({result.Rows.Count} regels)";
        return SeeOther(Link("partnerdata"));
    }

    /// <summary>Raises (or sets, never below 10) the suppression threshold: site administrators only.</summary>
    [Needs(Right.View)]
    public async Task<IActionResult> OnPostThresholdAsync(int drempel)
    {
        var user = await users.GetUserAsync(User).ConfigureAwait(false);
        if (user?.IsAdministrator != true)
        {
            ChangeSucceeded = false;
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (drempel < SuppressionThreshold.Minimum || drempel > MaxThreshold)
        {
            Message = WorkspaceText.Format("PartnerThreshold", SuppressionThreshold.Minimum, MaxThreshold);
            return await RefuseAsync(StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var workspace = await Db.Workspaces.FirstAsync(w => w.Id == WorkspaceId).ConfigureAwait(false);
        ChangeDescription = $"afschermdrempel {workspace.SuppressionThreshold} → {drempel}";
        workspace.SuppressionThreshold = drempel;
        await ProtectAll(drempel).ConfigureAwait(false);
        await Db.SaveChangesAsync().ConfigureAwait(false);
        return SeeOther(Link("partnerdata"));
    }

    public bool IsAdministrator { get; private set; }

    /// <summary>How an upload's table is shown here: with its export link when the member may export.</summary>
    public PartnerTableView View(PartnerUpload upload, IReadOnlyList<PublishedPart>? parts) =>
        new(upload, parts, Can(Right.ExportData) ? $"{Link("partnerdata")}?handler=Export&levering={upload.Id}" : null);

    /// <summary>The workspace's buurten, the gemeente's others (named as outside the area) and CBS's counts per buurt.</summary>
    private PartnerReadContext ReadContext()
    {
        var municipality = AreaCode.TryParse(Workspace.MunicipalityCode, out var m) ? m : (AreaCode?)null;
        var buurten = data.Areas.Where(a => a.Level == AreaLevel.Neighbourhood && (municipality is null || a.Code.Municipality == municipality)).ToList();
        return new PartnerReadContext(buurten.Where(a => Contains(a.Code)).Select(a => a.Code.Value).ToHashSet(StringComparer.Ordinal))
        {
            OtherBuurten = buurten.Where(a => !Contains(a.Code)).Select(a => a.Code.Value).ToHashSet(StringComparer.Ordinal),
            WorkspaceArea = $"{Workspace.AreaName} ({Workspace.AreaCode})",
            BuurtCeilings = municipality is { } code && views.BuurtCounts(code) is { } cbs ? cbs.Ceilings : new Dictionary<string, IReadOnlyDictionary<string, double>>(),
        };
    }

    private bool Contains(AreaCode code) =>
        AreaCode.TryParse(Workspace.AreaCode, out var area) && (area.Contains(code) || (area.Level == AreaLevel.Neighbourhood && area == code));

    private Task<IActionResult> Refuse(IReadOnlyList<PartnerDataProblem> problems)
    {
        Problems = problems;
        return RefuseAsync(StatusCodes.Status400BadRequest);
    }

    /// <summary>Protects the workspace's partner figures as one body and stores the published tables (saved by the caller).</summary>
    private async Task ProtectAll(int threshold, PartnerUpload? added = null)
    {
        var uploads = await Db.PartnerUploads.Include(u => u.Figures).Where(u => u.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        PartnerProtection.Protect(added is null ? uploads : [.. uploads, added], new SuppressionThreshold(threshold));
    }

    protected override async Task ReloadAsync()
    {
        IsAdministrator = (await users.GetUserAsync(User).ConfigureAwait(false))?.IsAdministrator == true;
        Uploads = await PublishedPartnerData.LoadAsync(Db, WorkspaceId).ConfigureAwait(false);
    }
}
