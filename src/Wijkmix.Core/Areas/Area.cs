namespace Wijkmix.Core.Areas;

/// <summary>An area as the store knows it: its code, its latest known name, and the years it appears in.</summary>
/// <param name="Code">CBS code; the level and parent follow from it.</param>
/// <param name="Name">Name as CBS publishes it; null when no imported file named it (OData CSV carries codes only).</param>
/// <param name="MunicipalityName">Name of the enclosing gemeente, when known.</param>
/// <param name="Years">Years of the area division (KWB year) in which this code occurs in imported data.</param>
public sealed record Area(AreaCode Code, string? Name, string? MunicipalityName, IReadOnlyList<int> Years)
{
    public AreaLevel Level => Code.Level;

    /// <summary>The name when known, the code otherwise.</summary>
    public string DisplayName => Name ?? Code.Value;
}
