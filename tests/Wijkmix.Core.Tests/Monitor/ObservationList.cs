using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Core.Tests.Monitor;

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

    public static Observation O(string area, int year, string variable, double? value) => new(AreaCode.Parse(area), year, variable, value);

    public static Area A(string code, string name, params int[] years) => new(AreaCode.Parse(code), name, null, years);
}
