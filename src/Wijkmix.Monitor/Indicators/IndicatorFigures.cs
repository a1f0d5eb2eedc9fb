using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Monitor.Indicators;

/// <summary>An indicator's figure from the stored observations: a share computed from counts, or the published percentage.</summary>
public static class IndicatorFigures
{
    /// <summary>
    /// The indicator's value. A share computed from published counts is exact, so it is preferred
    /// over a published (rounded) percentage; the percentage is used when the counts are missing or
    /// suppressed.
    /// </summary>
    public static Figure Resolve(this ObservationTable table, Indicator indicator, AreaCode area, int year)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(indicator);
        var computed = Ratio(indicator, name => table.Get(area, year, name));
        if (computed.HasValue || indicator.DirectVariable is not { } direct)
        {
            return computed;
        }

        var published = table.Get(area, year, direct);
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
