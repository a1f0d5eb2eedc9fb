using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;

namespace Wijkmix.Web.Features.Api;

/// <summary>The query string every view accepts; unknown or missing choices fall back to the defaults the pages show.</summary>
public sealed record ViewQuery(
    string? Municipality = null,
    string? Level = null,
    string? Indicator = null,
    int? Year = null,
    string? Grouping = null,
    string? Within = null,
    int? CompareYear = null,
    int? Replicates = null,
    string? Indicators = null);

/// <summary>
/// What every feature's JSON endpoints share: the <c>/api</c> group (documented with OpenAPI at /openapi/v1.json and
/// /api-docs), a refused question as an HTTP problem, and tables as downloads.
/// </summary>
public static class MonitorApi
{
    public static RouteGroupBuilder ApiGroup(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapGroup("/api").WithTags("Wijkmix");
    }

    internal static Area? Resolve(MonitorViews views, string? code) => AreaQuestion.Find(views.Data, code).Value;

    /// <summary>The answer as <paramref name="ok"/> says, or its problem: 404 when an area or its figures are missing, 400 otherwise.</summary>
    internal static Results<TOk, ProblemHttpResult> Respond<TValue, TOk>(Answer<TValue> answer, Func<TValue, TOk> ok)
        where TValue : class
        where TOk : IResult =>
        answer.IsAnswered ? ok(answer.Value) : Problem(answer.Problem);

    internal static ProblemHttpResult Problem(RequestProblem problem) =>
        TypedResults.Problem(problem.Message, statusCode: problem.Kind switch
        {
            ProblemKind.AreaNotFound or ProblemKind.NoAreasAtLevel or ProblemKind.NoFiguresForYear => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        });

    /// <summary>A table written as a download: its bytes, content type and file name (<paramref name="name"/> with the format's extension).</summary>
    internal static (byte[] Body, string ContentType, string FileName) Download(TidyTable table, ExportFormat kind, string name)
    {
        using var buffer = new MemoryStream();
        table.Write(buffer, kind);
        var (extension, type) = kind switch
        {
            ExportFormat.Xlsx => ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ExportFormat.Json => ("json", "application/json"),
            _ => ("csv", "text/csv; charset=utf-8"),
        };
        return (buffer.ToArray(), type, $"{name}.{extension}");
    }
}
