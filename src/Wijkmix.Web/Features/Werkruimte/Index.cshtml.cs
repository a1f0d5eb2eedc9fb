using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>The signed-in account's workspaces, and a form to start one for a wijk (its creator becomes coordinator).</summary>
public sealed class IndexModel(WorkspaceDb db, MonitorData data, WorkspaceAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(Workspace.Model.Workspace Workspace, WorkspaceRole Role)> Mine { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Area { get; set; } = "";

    [BindProperty]
    public string Organisation { get; set; } = "";

    /// <summary>Wijken (and gemeenten) a workspace can be for, as "code — name (gemeente)" for the list of choices.</summary>
    public IEnumerable<Area> Districts => data.Areas.Where(a => a.Level == AreaLevel.District).OrderBy(a => a.MunicipalityName).ThenBy(a => a.DisplayName);

    public async Task OnGetAsync() => await Load().ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 200)
        {
            problems.Add(WorkspaceText.Format("WorkspaceName", 200));
        }

        if (string.IsNullOrWhiteSpace(Organisation) || Organisation.Length > 200)
        {
            problems.Add(WorkspaceText.Format("WorkspaceOrganisation", 200));
        }

        var area = AreaCode.TryParse(Area?.Trim(), out var code) && code.Level is AreaLevel.District or AreaLevel.Neighbourhood or AreaLevel.Municipality
            ? data.Find(code) : null;
        if (area is null)
        {
            problems.Add(WorkspaceText.Format("WorkspaceArea", Area));
        }

        if (problems.Count > 0)
        {
            Problem = string.Join(" ", problems);
            await Load().ConfigureAwait(false);
            return Page();
        }

        var now = clock.GetUtcNow();
        var workspace = new Workspace.Model.Workspace
        {
            Name = Name.Trim(),
            MunicipalityCode = area!.Code.Municipality!.Value.Value,
            AreaCode = area.Code.Value,
            AreaName = area.DisplayName,
            CreatedAt = now,
        };
        workspace.Members.Add(new Membership { UserId = UserId, Organisation = Organisation.Trim(), Role = WorkspaceRole.Coordinator, JoinedAt = now });
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync().ConfigureAwait(false);
        audit.Record(User, workspace.Id, AuditAction.Changed, "werkruimte aangemaakt");
        Response.Headers.Location = $"/werkruimte/{workspace.Id}";
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task Load()
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.UserId == UserId)
            .Join(db.Workspaces, m => m.WorkspaceId, w => w.Id, (m, w) => new { Workspace = w, m.Role })
            .OrderBy(r => r.Workspace.Name).ToListAsync().ConfigureAwait(false);
        Mine = [.. rows.Select(r => (r.Workspace, r.Role))];
    }
}
