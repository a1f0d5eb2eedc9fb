using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Core.Monitor;

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

    /// <summary>
    /// The indicator's value. A share computed from published counts is exact, so it is preferred
    /// over a published (rounded) percentage; the percentage is used when the counts are missing or
    /// suppressed.
    /// </summary>
    public Figure Resolve(Indicator indicator, AreaCode area, int year)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var computed = Ratio(indicator, name => Get(area, year, name));
        if (computed.HasValue || indicator.DirectVariable is not { } direct)
        {
            return computed;
        }

        var published = Get(area, year, direct);
        return published.State == FigureState.Unavailable ? computed : published;
    }

    /// <summary>Computes numerator / Σ denominators × factor from figures supplied by <paramref name="lookup"/>.</summary>
    public static Figure Ratio(Indicator indicator, Func<string, Figure> lookup)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(lookup);
        if (indicator.Numerator is null)
        {
            return Figure.Unavailable;
        }

        var parts = indicator.Denominator.Prepend(indicator.Numerator).Select(lookup).ToArray();
        if (parts.Any(p => p.State == FigureState.Unavailable))
        {
            return Figure.Unavailable;
        }

        if (parts.Any(p => p.State == FigureState.Suppressed))
        {
            return Figure.Suppressed;
        }

        var denominator = parts.Skip(1).Sum(p => p.Value!.Value);
        if (denominator <= 0)
        {
            return Figure.Unavailable;
        }

        var ratio = parts[0].Value!.Value / denominator * indicator.Factor;
        // A share of estimated counts is itself an estimate, and says so.
        return parts.FirstOrDefault(p => p.State == FigureState.Estimated) is { Estimate: { } method }
            ? Figure.Estimated(ratio, method)
            : new Figure(ratio, FigureState.Computed);
    }
}
