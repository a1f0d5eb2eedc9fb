using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Tables;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Api;

/// <summary>Every view as a download, answered by the same checks as the view's own page and endpoint.</summary>
public static class ExportApi
{
    public static void MapExportApi(this WebApplication app)
    {
        app.ApiGroup().MapGet("/export/{view}", Results<FileContentHttpResult, ProblemHttpResult> (string view, string? format, string? area, bool? allSources, [AsParameters] ViewQuery q, MonitorViews views) =>
                Export(views, view, format, area, allSources ?? false, q))
            .WithSummary("Elke weergave als download: view = map, profile, compass, segregation of stored; format = csv, xlsx of json. "
                + "Bij stored één waarde per gebied, jaar en variabele uit de bron die de pagina's gebruiken (KWB-tabel, dan grenzenbestand, dan andere tabellen); allSources=true geeft elke bron.");
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(MonitorViews views, string view, string? format, string? area, bool allSources, ViewQuery q)
    {
        if (TidyTableWriter.FormatOf("x." + (format ?? "csv")) is not { } kind)
        {
            return TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.UnknownFormat, format), statusCode: 400);
        }

        var table = view switch
        {
            "map" => Table(MapQuestion.Answer(views, q.Municipality, q.Level, q.Indicator, q.Year),
                m => (ViewTables.Map(m.Indicator, m.Year, m.Areas.Select(a => (a.Area, a.Value))), $"kaart-{m.Indicator.Id}-{m.Year}")),
            "profile" => Table(ProfileQuestion.Answer(views, area, q.Year),
                p => (ViewTables.Profile(p.Profile), $"profiel-{p.Profile.Area.Code.Value}-{p.Profile.Year}")),
            "compass" => Table(CompassQuestion.Answer(views, area, q.Level, CompassQuestion.Indicators(q.Indicators, ChoicePolicy.Lenient).Value!),
                c => (ViewTables.Compass(c), $"kompas-{c.Municipality.Code.Value}-{Wording.LevelKey(c.Level)}")),
            "segregation" => Table(SegregationQuestion.Answer(views, area, q.Grouping, q.Level, q.Within, q.Year, q.CompareYear, q.Replicates),
                s => (ViewTables.Segregation(s.Report, s.Earlier, s.Change), $"segregatie-{s.Report.Request.Municipality.Value}-{s.Report.Request.Grouping.Id}-{s.Report.Request.Year}")),
            "stored" => Table(AreaQuestion.Find(views.Data, area, "area"),
                a => (views.Data.Read(store => ViewTables.Stored(store, a, Wording.ParseLevel(q.Level) ?? a.Level, allSources: allSources)), $"gegevens-{a.Code.Value}")),
            _ => null,
        };
        if (table is null)
        {
            return TypedResults.Problem(string.Format(CultureInfo.CurrentCulture, Text.UnknownView, view), statusCode: 404);
        }

        if (!table.IsAnswered)
        {
            return MonitorApi.Problem(table.Problem);
        }

        var (body, type, fileName) = MonitorApi.Download(table.Value.Table, kind, table.Value.Name);
        return TypedResults.File(body, type, fileName);
    }

    private static Answer<NamedTable> Table<T>(Answer<T> answer, Func<T, (TidyTable Table, string Name)> table)
        where T : class =>
        answer.IsAnswered ? Answer.Of(new NamedTable(table(answer.Value))) : Answer.Refused<NamedTable>(answer.Problem);

    private sealed record NamedTable(TidyTable Table, string Name)
    {
        public NamedTable((TidyTable Table, string Name) pair)
            : this(pair.Table, pair.Name)
        {
        }
    }
}
