namespace Wijkmix.Workspace.Model;

/// <summary>One entry of the risk register (routekaart step 9).</summary>
public sealed class Risk : IVersioned
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Description { get; set; }

    /// <summary>1 (rare) to 5 (almost certain).</summary>
    public int Likelihood { get; set; }

    /// <summary>1 (small) to 5 (severe).</summary>
    public int Impact { get; set; }

    public string Owner { get; set; } = "";

    public string Measure { get; set; } = "";

    public DateOnly ReviewDate { get; set; }

    public int Version { get; set; }

    public int Score => Likelihood * Impact;
}
