using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Factsheet;

/// <summary>Builds factsheets from stored observations.</summary>
public static class Profiles
{
    /// <summary>
    /// The factsheet of <paramref name="code"/> for <paramref name="year"/> (the latest year with data when null).
    /// Returns null when the store holds no figures for the area (or none for that year).
    /// </summary>
    public static AreaProfile? Build(IObservationSource source, AreaCode code, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.FindArea(code) is not { } area)
        {
            return null;
        }

        var indicators = IndicatorSet.All;
        var variables = indicators.SelectMany(i => i.Variables).Distinct(StringComparer.Ordinal).ToArray();
        var municipalityCode = code.Municipality;
        var codes = new[] { code, AreaCode.Country }.Concat(municipalityCode is { } m ? [m] : []).Distinct().ToArray();
        var table = new ObservationTable(source.Get(codes, variables));
        var years = table.YearsOf(code).ToArray();
        var chosen = year ?? (years.Length > 0 ? years[^1] : 0);
        if (!years.Contains(chosen))
        {
            return null;
        }

        var national = new NationalAggregate(source.GetAtLevel(AreaLevel.Municipality, variables), chosen);
        var rows = new List<ProfileRow>();
        foreach (var indicator in indicators)
        {
            var value = table.Resolve(indicator, code, chosen);
            if (value.State == FigureState.Unavailable)
            {
                continue;
            }

            var previousYear = years.Where(y => y < chosen && table.Resolve(indicator, code, y).HasValue)
                .Select(y => (int?)y).LastOrDefault();
            var previous = previousYear is { } p ? table.Resolve(indicator, code, p) : Figure.Unavailable;
            var municipality = municipalityCode is { } gm ? table.Resolve(indicator, gm, chosen) : Figure.Unavailable;
            var country = table.Resolve(indicator, AreaCode.Country, chosen);
            var countryCount = 0;
            if (country.State == FigureState.Unavailable)
            {
                (country, countryCount) = national.Resolve(indicator);
            }

            rows.Add(new ProfileRow(indicator, value, previousYear, previous, municipality, country, countryCount));
        }

        var municipalityArea = municipalityCode is { } g && g != code ? source.FindArea(g) : null;
        return new AreaProfile(area, chosen, municipalityArea, years, rows);
    }

    /// <summary>
    /// The national figure when no NL00 row was imported: counts summed over the gemeenten in the
    /// store for that year, and shares computed from those sums. Percentages CBS publishes only as
    /// rounded shares are not averaged.
    /// </summary>
    private sealed class NationalAggregate
    {
        private readonly Dictionary<string, (double Sum, int Count, bool Suppressed)> _sums = new(StringComparer.Ordinal);
        private readonly int _municipalities;

        public NationalAggregate(IEnumerable<Observation> municipalityObservations, int year)
        {
            var areas = new HashSet<AreaCode>();
            var seen = new HashSet<(AreaCode, string)>();
            // Estimates of a later division would count their predecessors twice.
            foreach (var o in municipalityObservations.Where(o => o.Year == year && o.Estimate is null))
            {
                areas.Add(o.Area);
                if (!seen.Add((o.Area, o.VariableId)))
                {
                    continue; // the preferred source came first
                }

                _sums.TryGetValue(o.VariableId, out var s);
                _sums[o.VariableId] = (s.Sum + (o.Value ?? 0), s.Count + 1, s.Suppressed || o.Value is null);
            }

            _municipalities = areas.Count;
        }

        public (Figure Figure, int Municipalities) Resolve(Indicator indicator)
        {
            if (_municipalities == 0)
            {
                return (Figure.Unavailable, 0);
            }

            if (indicator.IsAdditive)
            {
                return (Sum(indicator.DirectVariable!), _municipalities);
            }

            var ratio = IndicatorFigures.Ratio(indicator, Sum);
            return (ratio, ratio.HasValue ? _municipalities : 0);
        }

        // A national sum is only honest when every gemeente in the store has the figure.
        private Figure Sum(string variable) =>
            _sums.TryGetValue(variable, out var s) && s.Count == _municipalities && !s.Suppressed
                ? new Figure(s.Sum, FigureState.Computed)
                : Figure.Unavailable;
    }
}
