using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>The signed-in account's workspaces, and a form to start one for a wijk (its creator becomes coordinator).</summary>
public sealed class IndexModel(WorkspaceDb db, MonitorViews views, WorkspaceAudit audit, TimeProvider clock) : PageModel
{
    private MonitorData Data => views.Data;

    public IReadOnlyList<(Workspace.Model.Workspace Workspace, WorkspaceRole Role)> Mine { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Area { get; set; } = "";

    [BindProperty]
    public string Organisation { get; set; } = "";

    /// <summary>The gemeente chosen first (by code or by a search); its wijken and buurten are the choices.</summary>
    public Area? Municipality { get; private set; }

    /// <summary>The gemeente search shown until a gemeente is chosen.</summary>
    public SearchBox Search { get; private set; } = new("/werkruimte", null, [], false);

    /// <summary>What a workspace in <see cref="Municipality"/> can be for: the gemeente, its wijken, its buurten (each group by name).</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<Area> Areas)> Choices
    {
        get
        {
            if (Municipality is not { } city)
            {
                return [];
            }

            List<Area> Within(AreaLevel level) => [.. Data.Areas.Where(a => a.Level == level && a.Code.Municipality == city.Code).OrderBy(a => a.DisplayName, StringComparer.CurrentCulture)];
            return [(Text.WsChoiceMunicipality, [city]), (Text.WsChoiceDistricts, Within(AreaLevel.District)), (Text.WsChoiceNeighbourhoods, Within(AreaLevel.Neighbourhood))];
        }
    }

    public async Task OnGetAsync(string? gemeente, string? zoek)
    {
        Choose(gemeente, zoek);
        await Load().ConfigureAwait(false);
    }

    /// <summary>The gemeente by code (<c>gemeente=</c>) or by name (<c>zoek=</c>, typos forgiven); else the search with its matches.</summary>
    private void Choose(string? gemeente, string? zoek)
    {
        var (matches, chosen) = MunicipalitySearch.Find(views, zoek?.Trim());
        Municipality = chosen ?? (AreaCode.TryParse(gemeente?.Trim(), out var code) && code.Level == AreaLevel.Municipality ? Data.Find(code) : null);
        Search = new SearchBox("/werkruimte", zoek?.Trim(), matches, zoek is { Length: > 0 }) { Label = Text.WsSearchMunicipality };
    }

    public async Task<IActionResult> OnPostAsync(string? gemeente)
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
            ? Data.Find(code) : null;
        if (area is null)
        {
            problems.Add(WorkspaceText.Format("WorkspaceArea", Area));
        }

        if (problems.Count > 0)
        {
            Problem = string.Join(" ", problems);
            Choose(gemeente ?? area?.Code.Municipality?.Value, null);
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
