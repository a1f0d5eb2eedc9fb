namespace Wijkmix.Workspace.Model;

/// <summary>The three kinds of intervention the sources distinguish.</summary>
public enum InterventionKind
{
    Physical = 0,
    Social = 1,
    Economic = 2,
}

/// <summary>Where a planned intervention stands.</summary>
public enum InterventionStatus
{
    Idea = 0,
    Planned = 1,
    Running = 2,
    Done = 3,
    Stopped = 4,
}

/// <summary>A planned intervention: from the catalogue (<see cref="CatalogueKey"/>) or the workspace's own.</summary>
public sealed class Intervention : IVersioned
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    /// <summary>Key in <see cref="Interventions.InterventionCatalogue"/>, or null for a custom intervention.</summary>
    public string? CatalogueKey { get; set; }

    public required string Name { get; set; }

    public InterventionKind Kind { get; set; }

    public string Description { get; set; } = "";

    public string Owner { get; set; } = "";

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public InterventionStatus Status { get; set; }

    /// <summary>Cost in euros.</summary>
    public decimal Cost { get; set; }

    /// <summary>CBS codes of the buurten or wijken it acts on, separated by commas (the workspace's area when empty).</summary>
    public string AreaCodes { get; set; } = "";

    public int Version { get; set; }

    public List<Goal> Goals { get; } = [];
}
