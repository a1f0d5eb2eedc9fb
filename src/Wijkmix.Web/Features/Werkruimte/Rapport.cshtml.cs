using Microsoft.EntityFrameworkCore;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Features.Werkruimte.Doelen;
using Wijkmix.Web.Features.Werkruimte.Partnerdata;
using Wijkmix.Web.Pdf;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>
/// The printable workspace report: routekaart answers, goals versus results, interventions and risks, on one HTML
/// page with print styles (the browser's print dialog makes the PDF). Partner data appears as published: the
/// stored tables, protected across all uploads, the same as on the partner data page and in its export.
/// </summary>
[PdfPage("rapport")]
public sealed class RapportModel(WorkspaceDb db, WorkspaceAudit audit, MonitorViews views, TimeProvider clock) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "rapport";

    public DateTimeOffset Made { get; private set; }

    public IReadOnlyDictionary<int, StepAnswer> Answers { get; private set; } = new Dictionary<int, StepAnswer>();

    public IReadOnlyList<GoalView> Goals { get; private set; } = [];

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public IReadOnlyList<Risk> Risks { get; private set; } = [];

    public IReadOnlyList<(PartnerUpload Upload, IReadOnlyList<PublishedPart>? Parts)> PartnerData { get; private set; } = [];

    public RapportFund Fund { get; private set; } = RapportFund.Empty;

    public IReadOnlyList<Actor> Actors { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Made = clock.GetUtcNow();
        var answers = await Db.StepAnswers.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        Answers = answers.GroupBy(a => a.Step).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Revision)!);
        (Goals, _) = await GoalBoard.LoadAsync(Db, views, Workspace).ConfigureAwait(false);
        Interventions = await Db.Interventions.AsNoTracking().Where(i => i.WorkspaceId == WorkspaceId).OrderBy(i => i.Kind).ThenBy(i => i.Name)
            .ToListAsync().ConfigureAwait(false);
        var risks = await Db.Risks.AsNoTracking().Where(r => r.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        Risks = [.. risks.OrderByDescending(r => r.Score).ThenBy(r => r.Description, StringComparer.Ordinal)];
        PartnerData = await PublishedPartnerData.LoadAsync(Db, WorkspaceId).ConfigureAwait(false);
        Fund = await RapportFund.LoadAsync(Db, WorkspaceId).ConfigureAwait(false);
        Actors = await RapportActors.LoadAsync(Db, WorkspaceId).ConfigureAwait(false);
    }

    public static string Kind(InterventionKind kind) => kind switch
    {
        InterventionKind.Physical => "fysiek",
        InterventionKind.Social => "sociaal",
        _ => "economisch",
    };

    public static string Status(InterventionStatus status) => status switch
    {
        InterventionStatus.Idea => "idee",
        InterventionStatus.Planned => "gepland",
        InterventionStatus.Running => "lopend",
        InterventionStatus.Done => "afgerond",
        _ => "gestopt",
    };
}
