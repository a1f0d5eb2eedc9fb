using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Resources;
using Wijkmix.Web.Features.Api;

namespace Wijkmix.Web.Features.Shared;

/// <summary>The choices a page or API call may make, with the defaults used when a choice is missing or unknown.</summary>
public static class Choices
{
    public static Indicator Indicator(string? id) =>
        id is not null && IndicatorSet.TryGet(id, out var found) ? found : IndicatorSet.All[0];

    /// <summary>A comma-separated list of indicator ids; the wijkkompas defaults when none is known.</summary>
    public static IReadOnlyList<Indicator> Indicators(string? ids)
    {
        var chosen = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(id => IndicatorSet.TryGet(id, out var i) ? i : null).OfType<Indicator>().ToList();
        return chosen.Count > 0 ? chosen : IndicatorSet.CompassDefaults.Select(id => IndicatorSet.All.First(i => i.Id == id)).ToList();
    }

    public static Grouping Grouping(string? id) => (id is null ? null : Wijkmix.Monitor.Indicators.Grouping.Find(id)) ?? Wijkmix.Monitor.Indicators.Grouping.All[0];

    /// <summary>The segregation request for a gemeente; null with a message when the level or year cannot be used.</summary>
    public static SegregationRequest? Segregation(MonitorViews views, Area city, ViewQuery q, out string message)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(q);
        message = string.Empty;
        var grouping = Grouping(q.Grouping);
        var level = Wording.ParseLevel(q.Level) ?? AreaLevel.Neighbourhood;
        if (level == AreaLevel.Municipality)
        {
            level = AreaLevel.District;
        }

        var parent = Wording.ParseLevel(q.Within) ?? SegregationRequest.DefaultParent(level);
        if (parent >= level)
        {
            message = string.Format(CultureInfo.CurrentCulture, MonitorText.WithinNotCoarser, Wording.LevelPlural(level), Wording.Level(parent));
            return null;
        }

        var years = views.SegregationYears(city.Code, level, grouping);
        var year = q.Year ?? (years.Count > 0 ? years[^1] : 0);
        if (!years.Contains(year) || (q.CompareYear is { } other && !years.Contains(other)))
        {
            message = string.Format(CultureInfo.CurrentCulture, MonitorText.SegregationNoYear, grouping.Name, Wording.LevelPlural(level), city.DisplayName,
                years.Count > 0 ? Wording.Years(years) : MonitorText.NotAvailable);
            return null;
        }

        var replicates = MonitorViews.ReplicateChoices.Contains(q.Replicates ?? 200) ? q.Replicates ?? 200 : 200;
        return new SegregationRequest(city.Code, grouping, level, parent, year, replicates);
    }
}
