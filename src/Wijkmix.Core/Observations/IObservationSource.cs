using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Observations;

/// <summary>An observation with the source (dataset) it is stored under.</summary>
public sealed record StoredObservation(Observation Observation, string Dataset);

/// <summary>Read access to stored figures and boundaries, as the monitor needs it.</summary>
public interface IObservationSource
{
    /// <summary>All observations of the given areas (any year, any variable in <paramref name="variableIds"/>).</summary>
    IReadOnlyList<Observation> Get(IReadOnlyCollection<AreaCode> areas, IReadOnlyCollection<string> variableIds);

    /// <summary>The areas directly below <paramref name="parent"/> at <paramref name="level"/>, over all years.</summary>
    IReadOnlyList<Area> AreasWithin(AreaCode parent, AreaLevel level);

    /// <summary>All observations of every area at <paramref name="level"/> for the given variables.</summary>
    IReadOnlyList<Observation> GetAtLevel(AreaLevel level, IReadOnlyCollection<string> variableIds);

    Area? FindArea(AreaCode code);

    /// <summary>Every stored observation of the areas at <paramref name="level"/> within <paramref name="within"/>, with its source, every source.</summary>
    IReadOnlyList<StoredObservation> GetWithin(AreaCode within, AreaLevel level, IReadOnlyCollection<string>? variableIds = null);

    /// <summary>Every area in the store, for searching by name.</summary>
    IReadOnlyList<Area> AllAreas();

    /// <summary>The WGS84 GeoJSON geometry of an area in a year, or its latest one when <paramref name="year"/> is null.</summary>
    string? Geometry(AreaCode code, int? year = null);

    /// <summary>Which of <paramref name="codes"/> have a stored boundary (in any year).</summary>
    IReadOnlySet<AreaCode> CodesWithGeometry(IReadOnlyCollection<AreaCode> codes);
}
