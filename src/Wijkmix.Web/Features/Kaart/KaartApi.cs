using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Api;

namespace Wijkmix.Web.Features.Kaart;

/// <summary>The map as JSON and as GeoJSON, answered by the same check as the Kaart page.</summary>
public static class KaartApi
{
    public static void MapKaartApi(this WebApplication app)
    {
        var api = app.ApiGroup();
        api.MapGet("/map", Results<Ok<MapDto>, ProblemHttpResult> ([AsParameters] ViewQuery q, MonitorViews views) =>
                MonitorApi.Respond(Answer(views, q), m => TypedResults.Ok(ApiMapping.Map(m))))
            .WithSummary("Kaart: een indicator in een jaar voor alle gemeenten, of de wijken of buurten van een gemeente, met legendaklassen.");
        api.MapGet("/map/geojson", Results<FileContentHttpResult, ProblemHttpResult> ([AsParameters] ViewQuery q, MonitorViews views) =>
                MonitorApi.Respond(Answer(views, q), m => TypedResults.File(views.MapFeatures(m), "application/geo+json")))
            .WithSummary("De grenzen van de kaart als GeoJSON (WGS84) met waarde, tekst en klasse per gebied.");
    }

    private static Answer<Monitor.Maps.MapView> Answer(MonitorViews views, ViewQuery q) =>
        MapQuestion.Answer(views, q.Municipality, q.Level, q.Indicator, q.Year);
}
