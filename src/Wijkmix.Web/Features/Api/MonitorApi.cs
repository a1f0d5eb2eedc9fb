using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Maps;
using Wijkmix.Monitor.Tables;
using Wijkmix.Segregation;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;

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

/// <summary>The JSON API: the same answers as the pages, documented with OpenAPI at /openapi/v1.json and /api-docs.</summary>
public static class MonitorApi
{
    private const int TopUnits = 10;

    public static void MapMonitorApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api").WithTags("Wijkmix");
        api.MapGet("/municipalities", (string? q, MonitorViews views) =>
                TypedResults.Ok((q is { Length: > 0 }
                    ? AreaSearch.Find(views.Data.Municipalities, q, AreaLevel.Municipality, 25).Select(m => m.Area)
                    : views.Data.Municipalities).Select(ApiMapping.Area).ToList()))
            .WithSummary("Gemeenten in de opslag, optioneel gezocht op naam (typefouten toegestaan).");
        api.MapGet("/areas/{code}", Results<Ok<AreaDto>, ProblemHttpResult> (string code, MonitorViews views) =>
                Resolve(views, code) is { } area ? TypedResults.Ok(ApiMapping.Area(area)) : NotFound(code))
            .WithSummary("Eén gebied (gemeente, wijk of buurt) met de jaren waarvoor cijfers zijn opgeslagen.");
        api.MapGet("/map", Results<Ok<MapDto>, ProblemHttpResult> ([AsParameters] ViewQuery q, MonitorViews views) =>
                MapOf(views, q, out var error) is { } map ? TypedResults.Ok(ApiMapping.Map(map)) : error!)
            .WithSummary("Kaart: een indicator in een jaar voor alle gemeenten, of de wijken of buurten van een gemeente, met legendaklassen.");
        api.MapGet("/map/geojson", Results<FileContentHttpResult, ProblemHttpResult> ([AsParameters] ViewQuery q, MonitorViews views) =>
                MapOf(views, q, out var error) is { } map ? TypedResults.File(views.MapFeatures(map), "application/geo+json") : error!)
            .WithSummary("De grenzen van de kaart als GeoJSON (WGS84) met waarde, tekst en klasse per gebied.");
        api.MapGet("/profile/{code}", Results<Ok<ProfileDto>, ProblemHttpResult> (string code, int? year, MonitorViews views) =>
                ProfileOf(views, code, year, out var error) is { } profile ? TypedResults.Ok(ApiMapping.Profile(profile)) : error!)
            .WithSummary("Wijkprofiel: het gebied naast zijn gemeente en Nederland, met de trend van elke indicator.");
        api.MapGet("/compass/{code}", Results<Ok<CompassDto>, ProblemHttpResult> (string code, [AsParameters] ViewQuery q, MonitorViews views) =>
                CompassOf(views, code, q, out var error) is { } compass ? TypedResults.Ok(ApiMapping.Compass(compass)) : error!)
            .WithSummary("Wijkkompas: alle wijken of buurten tegen het stedelijk gemiddelde per jaar, met signalen.");
        api.MapGet("/segregation/{code}", Results<Ok<SegregationDto>, ProblemHttpResult> (string code, [AsParameters] ViewQuery q, MonitorViews views) =>
                SegregationOf(views, code, q, out var error) is { } seg ? TypedResults.Ok(ApiMapping.Segregation(seg, TopUnits)) : error!)
            .WithSummary("Segregatie-indices met betrouwbaarheidsintervallen, ontleding naar schaal, grootste bijdragen en verandering tussen twee jaren.");
        api.MapGet("/segregation/{code}/geojson", Results<FileContentHttpResult, ProblemHttpResult> (string code, [AsParameters] ViewQuery q, MonitorViews views) =>
                SegregationOf(views, code, q, out var error) is { } seg ? TypedResults.File(views.ContributionFeatures(seg), "application/geo+json") : error!)
            .WithSummary("De bijdrage van elke eenheid aan M als GeoJSON, voor de kaart.");
        api.MapGet("/export/{view}", Results<FileContentHttpResult, ProblemHttpResult> (string view, string? format, string? area, bool? allSources, [AsParameters] ViewQuery q, MonitorViews views) =>
                Export(views, view, format, area, allSources ?? false, q))
            .WithSummary("Elke weergave als download: view = map, profile, compass, segregation of stored; format = csv, xlsx of json. "
                + "Bij stored één waarde per gebied, jaar en variabele uit de bron die de pagina's gebruiken (KWB-tabel, dan grenzenbestand, dan andere tabellen); allSources=true geeft elke bron.");
    }

    internal static Area? Resolve(MonitorViews views, string? code) =>
        AreaCode.TryParse(code, out var parsed) ? views.Data.Find(parsed) : null;

    internal static MapView? MapOf(MonitorViews views, ViewQuery q, out ProblemHttpResult? error)
    {
        error = null;
        var level = Wording.ParseLevel(q.Level) ?? AreaLevel.Municipality;
        Area? city = null;
        if (level != AreaLevel.Municipality && (city = Resolve(views, q.Municipality)) is null)
        {
            error = NotFound(q.Municipality);
            return null;
        }

        var indicator = Choices.Indicator(q.Indicator);
        var map = views.Map(city?.Code, level, indicator, q.Year);
        if (map is null)
        {
            error = TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.NoAreasAtLevel, Wording.LevelPlural(level), city?.DisplayName), statusCode: 404);
        }

        return map;
    }

    internal static ProfileView? ProfileOf(MonitorViews views, string? code, int? year, out ProblemHttpResult? error)
    {
        error = null;
        if (Resolve(views, code) is not { } area)
        {
            error = NotFound(code);
            return null;
        }

        var profile = views.Profile(area.Code, year);
        if (profile is null)
        {
            error = TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.NoFiguresForYear, area.DisplayName, year, Wording.Years(area.Years)), statusCode: 404);
        }

        return profile;
    }

    internal static CompassResult? CompassOf(MonitorViews views, string? code, ViewQuery q, out ProblemHttpResult? error)
    {
        error = null;
        if (Resolve(views, code) is not { Level: AreaLevel.Municipality } city)
        {
            error = NotFound(code);
            return null;
        }

        return views.Compass(city.Code, Wording.ParseLevel(q.Level) ?? AreaLevel.District, Choices.Indicators(q.Indicators));
    }

    internal static SegregationView? SegregationOf(MonitorViews views, string? code, ViewQuery q, out ProblemHttpResult? error)
    {
        error = null;
        if (Resolve(views, code) is not { Level: AreaLevel.Municipality } city)
        {
            error = NotFound(code);
            return null;
        }

        var request = Choices.Segregation(views, city, q, out var message);
        if (request is null)
        {
            error = TypedResults.Problem(message, statusCode: 400);
            return null;
        }

        try
        {
            return views.Segregation(request, q.CompareYear);
        }
        catch (SegregationInputException e)
        {
            error = TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.SegregationFailed, e.Message), statusCode: 400);
            return null;
        }
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(MonitorViews views, string view, string? format, string? area, bool allSources, ViewQuery q)
    {
        if (TidyTableWriter.FormatOf("x." + (format ?? "csv")) is not { } kind)
        {
            return TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.UnknownFormat, format), statusCode: 400);
        }

        ProblemHttpResult? error = null;
        var (table, name) = view switch
        {
            "map" when MapOf(views, q, out error) is { } m =>
                (ViewTables.Map(m.Indicator, m.Year, m.Areas.Select(a => (a.Area, a.Value))), $"kaart-{m.Indicator.Id}-{m.Year}"),
            "profile" when ProfileOf(views, area, q.Year, out error) is { } p =>
                (ViewTables.Profile(p.Profile), $"profiel-{p.Profile.Area.Code.Value}-{p.Profile.Year}"),
            "compass" when CompassOf(views, area, q, out error) is { } c =>
                (ViewTables.Compass(c), $"kompas-{c.Municipality.Code.Value}-{Wording.LevelKey(c.Level)}"),
            "segregation" when SegregationOf(views, area, q, out error) is { } s =>
                (ViewTables.Segregation(s.Report, s.Earlier, s.Change), $"segregatie-{s.Report.Request.Municipality.Value}-{s.Report.Request.Grouping.Id}-{s.Report.Request.Year}"),
            "stored" when Resolve(views, area) is { } a =>
                (views.Data.Read(store => ViewTables.Stored(store, a, Wording.ParseLevel(q.Level) ?? a.Level, allSources: allSources)), $"gegevens-{a.Code.Value}"),
            _ => ((TidyTable?)null, string.Empty),
        };
        if (table is null)
        {
            return error ?? (view is "stored" ? NotFound(area) : TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.UnknownView, view), statusCode: 404));
        }

        var (body, type, fileName) = Download(table, kind, name);
        return TypedResults.File(body, type, fileName);
    }

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

    private static ProblemHttpResult NotFound(string? code) =>
        TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.AreaNotFound, code), statusCode: 404);
}
