using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Observations;

/// <summary>Read access to stored figures, as the monitor needs it.</summary>
public interface IObservationSource
{
    /// <summary>All observations of the given areas (any year, any variable in <paramref name="variableIds"/>).</summary>
    IReadOnlyList<Observation> Get(IReadOnlyCollection<AreaCode> areas, IReadOnlyCollection<string> variableIds);

    /// <summary>The areas directly below <paramref name="parent"/> at <paramref name="level"/>, over all years.</summary>
    IReadOnlyList<Area> AreasWithin(AreaCode parent, AreaLevel level);

    /// <summary>All observations of every area at <paramref name="level"/> for the given variables.</summary>
    IReadOnlyList<Observation> GetAtLevel(AreaLevel level, IReadOnlyCollection<string> variableIds);

    Area? FindArea(AreaCode code);
}
