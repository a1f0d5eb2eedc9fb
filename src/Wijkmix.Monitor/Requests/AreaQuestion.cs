using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Resources;

namespace Wijkmix.Monitor.Requests;

/// <summary>An area named by its CBS code, as pages and the API take it.</summary>
public static class AreaQuestion
{
    /// <summary>The area with this code, or <see cref="ProblemKind.AreaNotFound"/>.</summary>
    public static Answer<Area> Find(MonitorData data, string? code, string field = "code")
    {
        ArgumentNullException.ThrowIfNull(data);
        return AreaCode.TryParse(code, out var parsed) && data.Find(parsed) is { } area ? Answer.Of(area) : NotFound(code, field);
    }

    /// <summary>The gemeente with this code; any other area counts as not found (the question is about a gemeente).</summary>
    public static Answer<Area> Municipality(MonitorData data, string? code, string field = "municipality") =>
        Find(data, code, field) is { Value.Level: AreaLevel.Municipality } found ? found : NotFound(code, field);

    internal static RequestProblem Missing(string? code, string field) =>
        RequestProblem.Of(ProblemKind.AreaNotFound, field, MonitorText.AreaNotFound, [code], code);

    private static Answer<Area> NotFound(string? code, string field) => Answer.Refused<Area>(Missing(code, field));
}
