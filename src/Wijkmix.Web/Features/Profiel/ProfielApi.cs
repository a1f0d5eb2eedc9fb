using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Api;

namespace Wijkmix.Web.Features.Profiel;

/// <summary>The wijkprofiel as JSON, answered by the same check as the Profiel page.</summary>
public static class ProfielApi
{
    public static void MapProfielApi(this WebApplication app) =>
        app.ApiGroup().MapGet("/profile/{code}", Results<Ok<ProfileDto>, ProblemHttpResult> (string code, int? year, MonitorViews views) =>
                MonitorApi.Respond(ProfileQuestion.Answer(views, code, year), p => TypedResults.Ok(ApiMapping.Profile(p))))
            .WithSummary("Wijkprofiel: het gebied naast zijn gemeente en Nederland, met de trend van elke indicator.");
}
