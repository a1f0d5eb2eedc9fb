using System.Security.Claims;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Workspaces;

/// <summary>Writes the audit log: who viewed, changed, exported or was refused what, in which workspace.</summary>
public sealed class WorkspaceAudit(WorkspaceDb db, TimeProvider clock)
{
    public async Task RecordAsync(ClaimsPrincipal user, int? workspaceId, AuditAction action, string target, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anoniem",
            UserName = user.FindFirstValue(WorkspaceClaims.DisplayName) is { Length: > 0 } name ? $"{name} ({user.Identity?.Name})" : user.Identity?.Name ?? "anoniem",
            WorkspaceId = workspaceId,
            Action = action,
            Target = target,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
