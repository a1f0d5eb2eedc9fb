using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Api;

namespace Wijkmix.Web.Features.Start;

/// <summary>Looking areas up: the gemeenten (searched by name) and one area by code.</summary>
public static class StartApi
{
    public static void MapStartApi(this WebApplication app)
    {
        var api = app.ApiGroup();
        api.MapGet("/municipalities", (string? q, MonitorViews views) =>
                TypedResults.Ok((q is { Length: > 0 }
                    ? AreaSearch.Find(views.Data.Municipalities, q, AreaLevel.Municipality, 25).Select(m => m.Area)
                    : views.Data.Municipalities).Select(ApiMapping.Area).ToList()))
            .WithSummary("Gemeenten in de opslag, optioneel gezocht op naam (typefouten toegestaan).");
        api.MapGet("/areas/{code}", Results<Ok<AreaDto>, ProblemHttpResult> (string code, MonitorViews views) =>
                MonitorApi.Respond(AreaQuestion.Find(views.Data, code), a => TypedResults.Ok(ApiMapping.Area(a))))
            .WithSummary("Eén gebied (gemeente, wijk of buurt) met de jaren waarvoor cijfers zijn opgeslagen.");
    }
}
