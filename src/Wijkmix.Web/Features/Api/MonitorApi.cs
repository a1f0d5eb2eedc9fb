using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;

namespace Wijkmix.Web.Features.Api;

/// <summary>
/// The query string every view accepts. Missing choices fall back to the defaults the pages show; the API refuses unknown
/// ones (<see cref="ApiParameters"/>). <c>area</c> and <c>municipality</c> are one parameter under two names: the map took
/// <c>municipality=</c> and the downloads <c>area=</c>, and both keep working everywhere.
/// </summary>
public sealed record ViewQuery(
    string? Municipality = null,
    string? Level = null,
    string? Indicator = null,
    int? Year = null,
    string? Grouping = null,
    string? Within = null,
    int? CompareYear = null,
    int? Replicates = null,
    string? Indicators = null,
    string? Area = null)
{
    /// <summary>The gemeente (or area) asked for, by either name.</summary>
    public string? Municipality { get; init; } = Municipality ?? Area;

    /// <summary>The area asked for, by either name.</summary>
    public string? Area { get; init; } = Area ?? Municipality;
}

/// <summary>
/// What every feature's JSON endpoints share: the <c>/api</c> group (documented with OpenAPI at /openapi/v1.json and
/// /api-docs), a refused question as an HTTP problem, and tables as downloads.
/// </summary>
public static class MonitorApi
{
    public static RouteGroupBuilder ApiGroup(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api").WithTags("Wijkmix");
        group.AddEndpointFilter(ApiParameters.Check);
        return group;
    }

    internal static Area? Resolve(MonitorViews views, string? code) => AreaQuestion.Find(views.Data, code).Value;

    /// <summary>The answer as <paramref name="ok"/> says, or its problem: 404 when an area or its figures are missing, 400 otherwise.</summary>
    internal static Results<TOk, ProblemHttpResult> Respond<TValue, TOk>(Answer<TValue> answer, Func<TValue, TOk> ok)
        where TValue : class
        where TOk : IResult =>
        answer.IsAnswered ? ok(answer.Value) : Problem(answer.Problem);

    /// <summary>The problem document of a refused question, naming the parameter it concerns.</summary>
    internal static ProblemHttpResult Problem(RequestProblem problem) =>
        TypedResults.Problem(problem.Message, statusCode: problem.Kind switch
        {
            ProblemKind.AreaNotFound or ProblemKind.NoAreasAtLevel or ProblemKind.NoFiguresForYear => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        }, extensions: new Dictionary<string, object?> { ["parameter"] = problem.Field });

    /// <summary>A table written as a download: its bytes, content type and file name (<paramref name="name"/> with the format's extension).</summary>
    internal static (byte[] Body, string ContentType, string FileName) Download(TidyTable table, ExportFormat kind, string name, ExportOptions? options = null)
    {
        using var buffer = new MemoryStream();
        table.Write(buffer, kind, options);
        var type = kind switch
        {
            ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ExportFormat.Json => "application/json",
            _ => "text/csv; charset=utf-8",
        };
        return (buffer.ToArray(), type, $"{name}.{TidyTableWriter.Extension(kind)}");
    }
}
