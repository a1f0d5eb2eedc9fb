using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Factsheet;

/// <summary>One year of a trend: the area beside its gemeente and Nederland.</summary>
public sealed record TrendPoint(int Year, Figure Area, Figure Municipality, Figure Country);

/// <summary>An indicator over the available years.</summary>
public sealed record Trend(Indicator Indicator, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>A trend needs at least two years with a value for the area to be drawn as a line.</summary>
    public bool IsDrawable => Points.Count(p => p.Area.HasValue) >= 2;
}

/// <summary>The factsheet of an area in a year with the trends of every indicator over all its years.</summary>
public sealed record ProfileView(AreaProfile Profile, IReadOnlyList<Trend> Trends)
{
    public static ProfileView? Build(IObservationSource store, AreaCode code, int? year)
    {
        if (Profiles.Build(store, code, year) is not { } profile)
        {
            return null;
        }

        var byYear = profile.AvailableYears
            .Select(y => y == profile.Year ? profile : Profiles.Build(store, code, y))
            .OfType<AreaProfile>()
            .ToList();
        var trends = IndicatorSet.All
            .Select(indicator => new Trend(indicator, byYear
                .Select(p => (p.Year, Row: p.Rows.FirstOrDefault(r => r.Indicator.Id == indicator.Id)))
                .Where(x => x.Row is not null)
                .Select(x => new TrendPoint(x.Year, x.Row!.Value, x.Row.Municipality, x.Row.Country))
                .ToList()))
            .Where(t => t.Points.Count > 0)
            .ToList();
        return new ProfileView(profile, trends);
    }
}
