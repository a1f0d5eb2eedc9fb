using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Storage;

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
        StepsAnswered = await Db.StepAnswers.Where(a => a.WorkspaceId == id).Select(a => a.Step).Distinct().CountAsync().ConfigureAwait(false);
        Sections =
        [
            ("Doelen", "doelen", await Db.Goals.CountAsync(g => g.WorkspaceId == id).ConfigureAwait(false)),
            ("Actoren", "actoren", await Db.Actors.CountAsync(a => a.WorkspaceId == id).ConfigureAwait(false)),
            ("Interventies", "interventies", await Db.Interventions.CountAsync(i => i.WorkspaceId == id).ConfigureAwait(false)),
            ("Initiatieven en plekken op de schatkaart", "schatkaart", await Db.Initiatives.CountAsync(i => i.WorkspaceId == id).ConfigureAwait(false)),
            ("Voorstellen aan het wijkfonds", "wijkfonds", await Db.FundProposals.CountAsync(p => p.WorkspaceId == id).ConfigureAwait(false)),
            ("Risico's", "risicos", await Db.Risks.CountAsync(r => r.WorkspaceId == id).ConfigureAwait(false)),
            ("Leveringen partnerdata", "partnerdata", await Db.PartnerUploads.CountAsync(u => u.WorkspaceId == id).ConfigureAwait(false)),
            ("Leden", "leden", await Db.Memberships.CountAsync(m => m.WorkspaceId == id).ConfigureAwait(false)),
        ];
    }
}
