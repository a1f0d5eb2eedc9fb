using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Resources;

namespace Wijkmix.Monitor.Requests;

/// <summary>The one check of a wijkprofiel question: an area and optionally a year.</summary>
public static class ProfileQuestion
{
    /// <summary>The profile (cached); <see cref="ProblemKind.AreaNotFound"/>, or <see cref="ProblemKind.NoFiguresForYear"/> naming the years with figures.</summary>
    public static Answer<ProfileView> Answer(MonitorViews views, string? code, int? year)
    {
        ArgumentNullException.ThrowIfNull(views);
        var found = AreaQuestion.Find(views.Data, code);
        return found.IsAnswered ? Answer(views, found.Value, year) : Requests.Answer.Refused<ProfileView>(found.Problem);
    }

    public static Answer<ProfileView> Answer(MonitorViews views, Area area, int? year)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(area);
        return views.Profile(area.Code, year) is { } profile ? Requests.Answer.Of(profile) : Requests.Answer.Refused<ProfileView>(NoFigures(area, year));
    }

    /// <summary>The problem of a year without figures for <paramref name="area"/>; its arguments are the area, the year and the years with figures.</summary>
    public static RequestProblem NoFigures(Area area, int? year)
    {
        ArgumentNullException.ThrowIfNull(area);
        return RequestProblem.Of(ProblemKind.NoFiguresForYear, "year", MonitorText.NoFiguresForYear, [area, year, area.Years],
            area.DisplayName, year, Wording.Years(area.Years));
    }
}
