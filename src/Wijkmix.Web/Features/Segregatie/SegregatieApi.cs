using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Api;

namespace Wijkmix.Web.Features.Segregatie;

/// <summary>The segregation report as JSON and its contributions as GeoJSON, answered by the same check as the Segregatie page.</summary>
public static class SegregatieApi
{
    public static void MapSegregatieApi(this WebApplication app)
    {
        var api = app.ApiGroup();
        api.MapGet("/segregation/{code}", Results<Ok<SegregationDto>, ProblemHttpResult> (string code, [AsParameters] ViewQuery q, MonitorViews views) =>
                MonitorApi.Respond(Answer(views, code, q), s => TypedResults.Ok(ApiMapping.Segregation(s, IndexModel.TopUnits))))
            .WithSummary("Segregatie-indices met betrouwbaarheidsintervallen, ontleding naar schaal, grootste bijdragen en verandering tussen twee jaren.");
        api.MapGet("/segregation/{code}/geojson", Results<FileContentHttpResult, ProblemHttpResult> (string code, [AsParameters] ViewQuery q, MonitorViews views) =>
                MonitorApi.Respond(Answer(views, code, q), s => TypedResults.File(views.ContributionFeatures(s), "application/geo+json")))
            .WithSummary("De bijdrage van elke eenheid aan M als GeoJSON, voor de kaart.");
    }

    private static Answer<SegregationView> Answer(MonitorViews views, string code, ViewQuery q) =>
        SegregationQuestion.Answer(views, code, q.Grouping, q.Level, q.Within, q.Year, q.CompareYear, q.Replicates);
}
