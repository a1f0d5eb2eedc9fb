namespace Wijkmix.Workspace.Model;

/// <summary>A shared workspace for the partners of one wijk (or programme area) in a gemeente.</summary>
public sealed class Workspace : IVersioned
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>CBS code of the gemeente, e.g. GM0344.</summary>
    public required string MunicipalityCode { get; set; }

    /// <summary>CBS code of the wijk (WK…) or buurt the workspace is about.</summary>
    public required string AreaCode { get; set; }

    public required string AreaName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Partner-data cells below this count are suppressed; 10 or more, raised only by an administrator.</summary>
    public int SuppressionThreshold { get; set; } = 10;

    /// <summary>Flag rule for complexes: more than this percentage of lettings to vulnerable households …</summary>
    public int ComplexFlagPercent { get; set; } = 50;

    /// <summary>… over this many years (the latest years with lettings) …</summary>
    public int ComplexFlagYears { get; set; } = 3;

    /// <summary>… and more than this many times the share in the complex's buurt. Set by the coordinator.</summary>
    public double ComplexFlagBuurtFactor { get; set; } = 2;

    /// <summary>When true, a partner sees its own complexes unsuppressed; other members always see the protected figures.</summary>
    public bool PartnersSeeOwnDetail { get; set; }

    public int Version { get; set; }

    public List<Membership> Members { get; } = [];
}

/// <summary>The four roles a member can have in a workspace.</summary>
public enum WorkspaceRole
{
    /// <summary>Kijker: reads everything, changes nothing.</summary>
    Viewer = 0,

    /// <summary>Bewonersvertegenwoordiger: answers the routekaart, maps initiatives, proposes to the wijkfonds.</summary>
    ResidentRepresentative = 1,

    /// <summary>Partner: a professional organisation; plans, contributes and uploads partner data.</summary>
    Partner = 2,

    /// <summary>Coördinator: all of the above, plus members, wijkfonds decisions and the audit log.</summary>
    Coordinator = 3,
}

/// <summary>One account's membership of one workspace.</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string UserId { get; set; }

    public required string Organisation { get; set; }

    public WorkspaceRole Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public WorkspaceUser? User { get; set; }
}

/// <summary>An invitation to join a workspace, accepted once through a link holding <see cref="Token"/>.</summary>
public sealed class Invitation
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    /// <summary>Random, URL-safe, 32 bytes; shown once to the coordinator who sends it.</summary>
    public required string Token { get; set; }

    public required string Email { get; set; }

    public required string Organisation { get; set; }

    public WorkspaceRole Role { get; set; }

    public required string InvitedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Workspace? Workspace { get; set; }
}
