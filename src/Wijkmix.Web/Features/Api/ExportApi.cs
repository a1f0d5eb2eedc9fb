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
        app.ApiGroup().MapGet("/export/{view}", Results<FileContentHttpResult, ProblemHttpResult> (string view, string? format, string? rounding, bool? allSources, [AsParameters] ViewQuery q, MonitorViews views) =>
                Export(views, view, format, rounding, allSources ?? false, q))
            .WithSummary(Text.ApiExportSummary)
            .WithDescription(Text.ApiExportDescription);
    }

    /// <summary>The monitor's indicators and every stored variable, with unit, source and definition, for rounding and the sheet Bronnen.</summary>
    internal static IReadOnlyDictionary<string, ExportVariable> Variables { get; } = ExportVariables.With(IndicatorSet.All.Select(i =>
        ExportVariables.Indicator(i.Id, i.NameNl, i.NameEn, i.Unit, i.DirectVariable, i.Numerator, i.Denominator, i.Factor)));

    private static Results<FileContentHttpResult, ProblemHttpResult> Export(MonitorViews views, string view, string? format, string? rounding, bool allSources, ViewQuery q)
    {
        // The filter has refused unknown names already; what remains is csv (the default), csv-nl, xlsx or json.
        var kind = TidyTableWriter.Parse(format ?? "csv") ?? ExportFormat.Csv;
        var options = ExportOptions.Current with { Rounded = !string.Equals(rounding, "none", StringComparison.OrdinalIgnoreCase), Variables = Variables };
        var area = q.Area;

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

        var (body, type, fileName) = MonitorApi.Download(table.Value.Table, kind, table.Value.Name, options);
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
