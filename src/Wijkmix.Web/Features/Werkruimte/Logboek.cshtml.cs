using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>The audit log of the workspace (coordinators only): who viewed, changed, exported or was refused what.</summary>
public sealed class LogboekModel(WorkspaceDb db, WorkspaceAudit audit, AuditWriter writer) : WorkspacePage(db, audit)
{
    /// <summary>Lines shown, newest first.</summary>
    public const int Shown = 500;

    protected override string AuditTarget => "logboek";

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    [Needs(Right.ViewAudit)]
    public async Task OnGetAsync()
    {
        await writer.FlushAsync(HttpContext.RequestAborted).ConfigureAwait(false);
        Entries = await Db.AuditLog.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId).OrderByDescending(a => a.Id).Take(Shown)
            .ToListAsync().ConfigureAwait(false);
    }

    /// <summary>The action as the log shows it, in the member's language (Dutch by default).</summary>
    public static string Dutch(AuditAction action) => WorkspaceText.Get("Audit" + (Enum.IsDefined(action) ? action : AuditAction.Refused));
}
