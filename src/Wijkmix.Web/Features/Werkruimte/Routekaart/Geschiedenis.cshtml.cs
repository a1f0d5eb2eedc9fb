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

    /// <summary>Versions per page.</summary>
    public const int PageSize = 50;

    public IReadOnlyList<StepAnswer> Versions { get; private set; } = [];

    /// <summary>How many versions the step has in all.</summary>
    public int Total { get; private set; }

    [FromQuery(Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync()
    {
        if (RoutekaartSteps.Find(StepNumber) is not { } step)
        {
            return NotFound();
        }

        Step = step;
        var all = Db.StepAnswers.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId && a.Step == StepNumber);
        Total = await all.CountAsync().ConfigureAwait(false);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Versions = await all.OrderByDescending(a => a.Revision).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync().ConfigureAwait(false);
        return Page();
    }
}
