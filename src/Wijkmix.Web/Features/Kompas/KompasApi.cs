using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Api;

namespace Wijkmix.Web.Features.Kompas;

/// <summary>The wijkkompas as JSON, answered by the same check as the Kompas page.</summary>
public static class KompasApi
{
    public static void MapKompasApi(this WebApplication app) =>
        app.ApiGroup().MapGet("/compass/{code}", Results<Ok<CompassDto>, ProblemHttpResult> (string code, [AsParameters] ViewQuery q, MonitorViews views) =>
                MonitorApi.Respond(CompassQuestion.Answer(views, code, q.Level, CompassQuestion.Indicators(q.Indicators, ChoicePolicy.Lenient).Value!),
                    c => TypedResults.Ok(ApiMapping.Compass(c))))
            .WithSummary("Wijkkompas: alle wijken of buurten tegen het stedelijk gemiddelde per jaar, met signalen.");
}
