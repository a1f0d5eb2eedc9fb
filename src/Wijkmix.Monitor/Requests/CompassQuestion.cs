using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Resources;

namespace Wijkmix.Monitor.Requests;

/// <summary>The one check of a wijkkompas question: a gemeente, a level and a list of indicators.</summary>
public static class CompassQuestion
{
    /// <summary>The indicators the wijkkompas shows when none is chosen.</summary>
    public static IReadOnlyList<Indicator> Defaults { get; } =
        IndicatorSet.CompassDefaults.Select(id => IndicatorSet.All.First(i => i.Id == id)).ToList();

    /// <summary>
    /// A comma-separated list of indicator ids: the defaults when none is given; an unknown id is left out (lenient,
    /// the defaults when none is left) or refused with <see cref="ProblemKind.UnknownIndicator"/> (strict).
    /// </summary>
    public static Answer<IReadOnlyList<Indicator>> Indicators(string? ids, ChoicePolicy policy)
    {
        var chosen = new List<Indicator>();
        foreach (var id in (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Catalogue.StoreCatalogue.TryIndicator(id, out var indicator))
            {
                chosen.Add(indicator);
            }
            else if (policy == ChoicePolicy.Strict)
            {
                var known = string.Join(", ", Catalogue.StoreCatalogue.IndicatorIds);
                return Requests.Answer.Refused<IReadOnlyList<Indicator>>(RequestProblem.Of(ProblemKind.UnknownIndicator, "indicators", MonitorText.UnknownIndicator, [id, known], id, known));
            }
        }

        var strictList = policy == ChoicePolicy.Strict && ids is not null;
        return Requests.Answer.Of<IReadOnlyList<Indicator>>(chosen.Count > 0 || strictList ? chosen : Defaults);
    }

    /// <summary>The wijkkompas (cached) of the gemeente with code <paramref name="code"/>, at wijken unless <paramref name="level"/> says otherwise.</summary>
    public static Answer<CompassResult> Answer(MonitorViews views, string? code, string? level, IReadOnlyList<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(views);
        var city = AreaQuestion.Municipality(views.Data, code, "code");
        if (!city.IsAnswered)
        {
            return Requests.Answer.Refused<CompassResult>(city.Problem);
        }

        return views.Compass(city.Value.Code, Wording.ParseLevel(level) ?? AreaLevel.District, indicators) is { } result
            ? Requests.Answer.Of(result)
            : Requests.Answer.Refused<CompassResult>(AreaQuestion.Missing(code, "code"));
    }
}
