using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Routekaart;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Routekaart;

/// <summary>Every version of the answer to one step, newest first.</summary>
public sealed class GeschiedenisModel(WorkspaceDb db, WorkspaceAudit audit) : WorkspacePage(db, audit)
{
    [FromRoute(Name = "stap")]
    public int StepNumber { get; set; }

    protected override string AuditTarget => $"routekaart stap {StepNumber}, geschiedenis";

    public RoutekaartStep Step { get; private set; } = null!;

    public IReadOnlyList<StepAnswer> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (RoutekaartSteps.Find(StepNumber) is not { } step)
        {
            return NotFound();
        }

        Step = step;
        Versions = await Db.StepAnswers.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId && a.Step == StepNumber)
            .OrderByDescending(a => a.Revision).ToListAsync().ConfigureAwait(false);
        return Page();
    }
}
