using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Wijkmix.Monitor.Requests;

/// <summary>Why a question cannot be answered as asked; each shell may word a kind its own way.</summary>
public enum ProblemKind
{
    AreaNotFound,
    NoAreasAtLevel,
    NoFiguresForYear,
    UnknownGrouping,
    UnknownIndicator,
    WithinNotCoarser,
    NoYearWithFigures,
    AnalysisFailed,
}

/// <summary>How a check treats a choice it does not know.</summary>
public enum ChoicePolicy
{
    /// <summary>Pages and API: an unknown or unusable choice falls back to the default the pages show, so a link stays usable.</summary>
    Lenient,

    /// <summary>Command line: an unknown choice is refused, so a typo never silently answers another question.</summary>
    Strict,
}

/// <summary>A refused question: the kind, the choice it concerns, the values it is about, and the message worded from <c>MonitorText</c>.</summary>
public sealed record RequestProblem(ProblemKind Kind, string Field, IReadOnlyList<object?> Arguments, string Message)
{
    internal static RequestProblem Of(ProblemKind kind, string field, string format, IReadOnlyList<object?> arguments, params object?[] words) =>
        new(kind, field, arguments, string.Format(CultureInfo.CurrentCulture, format, words));
}

/// <summary>Either the answer to a question or the problem that stopped it.</summary>
public sealed record Answer<T>(T? Value, RequestProblem? Problem)
    where T : class
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsAnswered => Problem is null && Value is not null;
}

/// <summary>Builds <see cref="Answer{T}"/> values.</summary>
public static class Answer
{
    public static Answer<T> Of<T>(T value)
        where T : class => new(value, null);

    public static Answer<T> Refused<T>(RequestProblem problem)
        where T : class => new(null, problem);
}
