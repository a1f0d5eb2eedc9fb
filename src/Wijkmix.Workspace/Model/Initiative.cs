namespace Wijkmix.Workspace.Model;

/// <summary>What a point on the schatkaart is.</summary>
public enum InitiativeKind
{
    Initiative = 0,
    MeetingPlace = 1,
}

/// <summary>How much energy there is behind an initiative (the schatkaart's "energie").</summary>
public enum Energy
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>An initiative or meeting place on the schatkaart (treasure map) of the wijk.</summary>
public sealed class Initiative : IVersioned
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public InitiativeKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>Who runs it.</summary>
    public string Who { get; set; } = "";

    /// <summary>What it does.</summary>
    public string What { get; set; } = "";

    public string Contact { get; set; } = "";

    public Energy Energy { get; set; }

    /// <summary>The buurt it is in (CBS code), for filtering and for placing it when there is no point.</summary>
    public string BuurtCode { get; set; } = "";

    /// <summary>WGS84 latitude, if known.</summary>
    public double? Latitude { get; set; }

    /// <summary>WGS84 longitude, if known.</summary>
    public double? Longitude { get; set; }

    public int Version { get; set; }
}
