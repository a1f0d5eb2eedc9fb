using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Monitor.Tests;

/// <summary>Observations held in a list: test data for the pure monitor functions (the SQLite store is tested in Data.Tests).</summary>
internal sealed class ObservationList(IEnumerable<Observation> observations, IEnumerable<Area> areas) : IObservationSource
{
    private readonly List<Observation> _observations = observations.ToList();
    private readonly List<Area> _areas = areas.ToList();

    public IReadOnlyList<Observation> Get(IReadOnlyCollection<AreaCode> areas, IReadOnlyCollection<string> variableIds) =>
        _observations.Where(o => areas.Contains(o.Area) && variableIds.Contains(o.VariableId)).ToList();

    public IReadOnlyList<Observation> GetAtLevel(AreaLevel level, IReadOnlyCollection<string> variableIds) =>
        _observations.Where(o => o.Area.Level == level && variableIds.Contains(o.VariableId)).ToList();

    public IReadOnlyList<Area> AreasWithin(AreaCode parent, AreaLevel level) =>
        _areas.Where(a => a.Level == level && parent.Contains(a.Code)).ToList();

    public Area? FindArea(AreaCode code) => _areas.FirstOrDefault(a => a.Code == code);

    public IReadOnlyList<StoredObservation> GetWithin(AreaCode within, AreaLevel level, IReadOnlyCollection<string>? variableIds = null) =>
        _observations.Where(o => o.Area.Level == level && within.Contains(o.Area) && (variableIds is null || variableIds.Contains(o.VariableId)))
            .Select(o => new StoredObservation(o, "list")).ToList();

    public IReadOnlyList<Area> AllAreas() => _areas;

    // The list holds no boundaries.
    public string? Geometry(AreaCode code, int? year = null) => null;

    public IReadOnlySet<AreaCode> CodesWithGeometry(IReadOnlyCollection<AreaCode> codes) => new HashSet<AreaCode>();

    public static Observation O(string area, int year, string variable, double? value) => new(AreaCode.Parse(area), year, variable, value);

    public static Area A(string code, string name, params int[] years) => new(AreaCode.Parse(code), name, null, years);
}
