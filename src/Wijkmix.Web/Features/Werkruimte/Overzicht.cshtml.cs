using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>The workspace's front page: how far the routekaart is, and what there is in each section.</summary>
public sealed class OverzichtModel(WorkspaceDb db, WorkspaceAudit audit) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "overzicht";

    public int StepsAnswered { get; private set; }

    public IReadOnlyList<(string Label, string Page, int Count)> Sections { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var id = WorkspaceId;
        // One query with a sub-select per section, so the front page costs one round trip.
        var counts = await Db.Workspaces.AsNoTracking().Where(w => w.Id == id).Select(w => new
        {
            Steps = Db.StepAnswers.Where(a => a.WorkspaceId == id).Select(a => a.Step).Distinct().Count(),
            Goals = Db.Goals.Count(g => g.WorkspaceId == id),
            Actors = Db.Actors.Count(a => a.WorkspaceId == id),
            Interventions = Db.Interventions.Count(i => i.WorkspaceId == id),
            Initiatives = Db.Initiatives.Count(i => i.WorkspaceId == id),
            Proposals = Db.FundProposals.Count(p => p.WorkspaceId == id),
            Risks = Db.Risks.Count(r => r.WorkspaceId == id),
            Uploads = Db.PartnerUploads.Count(u => u.WorkspaceId == id),
            Members = Db.Memberships.Count(m => m.WorkspaceId == id),
        }).SingleAsync().ConfigureAwait(false);
        StepsAnswered = counts.Steps;
        Sections =
        [
            (WorkspaceText.Get("SectionGoals"), "doelen", counts.Goals),
            (WorkspaceText.Get("SectionActors"), "actoren", counts.Actors),
            (WorkspaceText.Get("SectionInterventions"), "interventies", counts.Interventions),
            (WorkspaceText.Get("SectionInitiatives"), "schatkaart", counts.Initiatives),
            (WorkspaceText.Get("SectionProposals"), "wijkfonds", counts.Proposals),
            (WorkspaceText.Get("SectionRisks"), "risicos", counts.Risks),
            (WorkspaceText.Get("SectionUploads"), "partnerdata", counts.Uploads),
            (WorkspaceText.Get("SectionMembers"), "leden", counts.Members),
        ];
    }
}
