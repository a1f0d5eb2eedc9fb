using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Maps;
using Wijkmix.Monitor.Resources;

namespace Wijkmix.Monitor.Requests;

/// <summary>The one check of a map question: all gemeenten, or the wijken or buurten of one, for an indicator and year.</summary>
public static class MapQuestion
{
    /// <summary>The indicator or catalogue variable named <paramref name="id"/>; the first indicator when it is missing or unknown.</summary>
    public static Indicator Indicator(string? id) =>
        Catalogue.StoreCatalogue.TryIndicator(id, out var found) ? found : IndicatorSet.All[0];

    /// <summary>
    /// The map (cached): gemeenten unless <paramref name="level"/> names wijken or buurten, which need
    /// <paramref name="municipality"/>; <see cref="ProblemKind.AreaNotFound"/> or <see cref="ProblemKind.NoAreasAtLevel"/>.
    /// </summary>
    public static Answer<MapView> Answer(MonitorViews views, string? municipality, string? level, string? indicator, int? year)
    {
        ArgumentNullException.ThrowIfNull(views);
        var chosen = Wording.ParseLevel(level) ?? AreaLevel.Municipality;
        Area? city = null;
        if (chosen != AreaLevel.Municipality)
        {
            var found = AreaQuestion.Find(views.Data, municipality, "municipality");
            if (!found.IsAnswered)
            {
                return Requests.Answer.Refused<MapView>(found.Problem);
            }

            city = found.Value;
        }

        return views.Map(city?.Code, chosen, Indicator(indicator), year) is { } map
            ? Requests.Answer.Of(map)
            : Requests.Answer.Refused<MapView>(RequestProblem.Of(ProblemKind.NoAreasAtLevel, "level", MonitorText.NoAreasAtLevel, [chosen, city],
                Wording.LevelPlural(chosen), city?.DisplayName));
    }
}
