using System.Security.Claims;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Workspaces;

/// <summary>Records audit lines: who viewed, changed, exported or was refused what, in which workspace (written by <see cref="AuditWriter"/>).</summary>
public sealed class WorkspaceAudit(AuditWriter writer, TimeProvider clock)
{
    /// <summary>Queues one line; <see cref="AuditWriter"/> writes it within moments.</summary>
    public void Record(ClaimsPrincipal user, int? workspaceId, AuditAction action, string target)
    {
        writer.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anoniem",
            UserName = user.FindFirstValue(WorkspaceClaims.DisplayName) is { Length: > 0 } name ? $"{name} ({user.Identity?.Name})" : user.Identity?.Name ?? "anoniem",
            WorkspaceId = workspaceId,
            Action = action,
            Target = target,
        });
    }
}
