namespace Wijkmix.Workspace.Model;

/// <summary>The domain an actor works in, as in the routekaart's actor analysis.</summary>
public enum ActorDomain
{
    Physical = 0,
    Social = 1,
    Resident = 2,
    Safety = 3,
    Education = 4,
}

/// <summary>One organisation or group in the actor analysis, placed on the actor map by influence and involvement.</summary>
public sealed class Actor : IVersioned
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Organisation { get; set; }

    public ActorDomain Domain { get; set; }

    public string Role { get; set; } = "";

    /// <summary>1 (little) to 5 (decisive).</summary>
    public int Influence { get; set; }

    /// <summary>1 (distant) to 5 (drives the approach).</summary>
    public int Involvement { get; set; }

    public string ContactPerson { get; set; } = "";

    public int Version { get; set; }
}
