namespace Wijkmix.Workspace.Model;

/// <summary>What was done, for the audit log.</summary>
public enum AuditAction
{
    Viewed = 0,
    Changed = 1,
    Exported = 2,
    Refused = 3,
}

/// <summary>One line of the audit log: who viewed, changed or exported what, and when.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public int? WorkspaceId { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>What it was done to, e.g. "routekaart stap 3" or "partnerdata export".</summary>
    public required string Target { get; set; }
}
