using System.Diagnostics.CodeAnalysis;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Resources;
using Wijkmix.Segregation;

namespace Wijkmix.Monitor.Requests;

/// <summary>
/// A checked segregation question: the grouping and level understood, the years with figures (shown even when the
/// question is refused, so the analyst can choose another), and the request or the problem.
/// </summary>
public sealed record SegregationChoice(
    Area City,
    Grouping Grouping,
    AreaLevel Level,
    IReadOnlyList<int> Years,
    SegregationRequest? Request,
    int? CompareYear,
    RequestProblem? Problem)
{
    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsValid => Problem is null && Request is not null;
}

/// <summary>The one check of a segregation question, for the page, the API and the command line.</summary>
public static class SegregationQuestion
{
    public const int DefaultReplicates = 200;

    /// <summary>The grouping named <paramref name="id"/>; the first when none is named, or (lenient) when the name is unknown.</summary>
    public static Answer<Grouping> Grouping(string? id, ChoicePolicy policy)
    {
        var found = id is null ? null : Indicators.Grouping.Find(id);
        if (found is not null || id is null || policy == ChoicePolicy.Lenient)
        {
            return Requests.Answer.Of(found ?? Indicators.Grouping.All[0]);
        }

        var known = string.Join(", ", Indicators.Grouping.All.Select(g => g.Id));
        return Requests.Answer.Refused<Grouping>(RequestProblem.Of(ProblemKind.UnknownGrouping, "grouping", MonitorText.UnknownGrouping, [id, known], id, known));
    }

    /// <summary>
    /// Checks the choices for <paramref name="city"/>: the level (buurten unless named; lenient turns a gemeente into
    /// wijken), the parent level (must be coarser), the year and comparison year (must have figures) and the replicates
    /// (lenient keeps them to <see cref="MonitorViews.ReplicateChoices"/>).
    /// </summary>
    public static SegregationChoice Check(MonitorViews views, Area city, Grouping grouping, string? level, string? within, int? year,
        int? compareYear, int? replicates, ChoicePolicy policy, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(grouping);
        var unit = Wording.ParseLevel(level) ?? AreaLevel.Neighbourhood;
        if (unit == AreaLevel.Municipality && policy == ChoicePolicy.Lenient)
        {
            unit = AreaLevel.District;
        }

        var years = views.SegregationYears(city.Code, unit, grouping);
        var choice = new SegregationChoice(city, grouping, unit, years, null, compareYear, null);
        var parent = Wording.ParseLevel(within) ?? SegregationRequest.DefaultParent(unit);
        if (parent >= unit)
        {
            return choice with
            {
                Problem = RequestProblem.Of(ProblemKind.WithinNotCoarser, "within", MonitorText.WithinNotCoarser, [unit, parent],
                    Wording.LevelPlural(unit), Wording.Level(parent)),
            };
        }

        var first = year ?? (years.Count > 0 ? years[^1] : 0);
        if (!years.Contains(first) || (compareYear is { } other && !years.Contains(other)))
        {
            return choice with
            {
                Problem = RequestProblem.Of(ProblemKind.NoYearWithFigures, years.Contains(first) ? "compareYear" : "year", MonitorText.SegregationNoYear,
                    [grouping, unit, city, years], grouping.Name, Wording.LevelPlural(unit), city.DisplayName,
                    years.Count > 0 ? Wording.Years(years) : MonitorText.NotAvailable),
            };
        }

        var chosen = replicates ?? DefaultReplicates;
        if (policy == ChoicePolicy.Lenient && !MonitorViews.ReplicateChoices.Contains(chosen))
        {
            chosen = DefaultReplicates;
        }

        return choice with { Request = new SegregationRequest(city.Code, grouping, unit, parent, first, chosen, seed) };
    }

    /// <summary>The view asked for by the choices as typed, checked leniently (pages and API).</summary>
    public static Answer<SegregationView> Answer(MonitorViews views, string? municipality, string? grouping, string? level, string? within,
        int? year, int? compareYear, int? replicates)
    {
        ArgumentNullException.ThrowIfNull(views);
        var city = AreaQuestion.Municipality(views.Data, municipality, "code");
        if (!city.IsAnswered)
        {
            return Requests.Answer.Refused<SegregationView>(city.Problem);
        }

        var chosen = Grouping(grouping, ChoicePolicy.Lenient).Value!;
        return Answer(views, Check(views, city.Value, chosen, level, within, year, compareYear, replicates, ChoicePolicy.Lenient));
    }

    /// <summary>The view a checked question asks for (cached), or the problem that stops it.</summary>
    public static Answer<SegregationView> Answer(MonitorViews views, SegregationChoice choice)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(choice);
        if (!choice.IsValid)
        {
            return Requests.Answer.Refused<SegregationView>(choice.Problem);
        }

        try
        {
            return Requests.Answer.Of(views.Segregation(choice.Request, choice.CompareYear));
        }
        catch (SegregationInputException e)
        {
            return Requests.Answer.Refused<SegregationView>(Failed(e));
        }
    }

    /// <summary>The report of one year, or <see cref="ProblemKind.AnalysisFailed"/> when the counts do not allow it.</summary>
    public static Answer<SegregationReport> Report(IObservationSource source, SegregationRequest request)
    {
        try
        {
            return Requests.Answer.Of(SegregationReport.Build(source, request));
        }
        catch (SegregationInputException e)
        {
            return Requests.Answer.Refused<SegregationReport>(Failed(e));
        }
    }

    /// <summary>The change between two reports split into causes, or <see cref="ProblemKind.AnalysisFailed"/>.</summary>
    public static Answer<ChangeComponents> Change(SegregationReport before, SegregationReport after)
    {
        try
        {
            return Requests.Answer.Of(SegregationReport.ChangeBetween(before, after));
        }
        catch (SegregationInputException e)
        {
            return Requests.Answer.Refused<ChangeComponents>(Failed(e));
        }
    }

    // The analysis explains itself in English (it is a library); the message still says so in the request's language.
    internal static RequestProblem Failed(SegregationInputException e) =>
        RequestProblem.Of(ProblemKind.AnalysisFailed, "counts", MonitorText.SegregationFailed, [e.Message], e.Message);
}
