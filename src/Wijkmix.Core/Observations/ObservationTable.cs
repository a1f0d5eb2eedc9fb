using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Core.Observations;

/// <summary>An in-memory index of observations by (area, year, variable) that resolves indicators.</summary>
public sealed class ObservationTable
{
    private readonly Dictionary<(AreaCode Area, int Year, string Variable), (double? Value, string? Estimate)> _cells = [];
    private readonly Dictionary<AreaCode, SortedSet<int>> _years = [];

    public ObservationTable(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var o in observations)
        {
            // First one wins: the store returns the preferred dataset first, and estimates last.
            if (_cells.TryAdd((o.Area, o.Year, o.VariableId), (o.Value, o.Estimate)))
            {
                if (!_years.TryGetValue(o.Area, out var years))
                {
                    _years[o.Area] = years = [];
                }

                years.Add(o.Year);
            }
        }
    }

    /// <summary>Years in which the area has at least one observation, ascending.</summary>
    public IReadOnlyCollection<int> YearsOf(AreaCode area) =>
        _years.TryGetValue(area, out var years) ? years : (IReadOnlyCollection<int>)[];

    public Figure Get(AreaCode area, int year, string variableId) =>
        _cells.TryGetValue((area, year, variableId), out var cell)
            ? cell switch
            {
                { Value: { } v, Estimate: { } method } => Figure.Estimated(v, method),
                { Value: { } v } => new Figure(v, FigureState.Published),
                _ => Figure.Suppressed,
            }
            : Figure.Unavailable;
}
