using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Resources;
using Wijkmix.Web.Charts;
using Wijkmix.Web.Pdf;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Factsheet;

/// <summary>A wijkkompas signal of the area in the factsheet's year: the indicator, its row, and each flag with its rule.</summary>
public sealed record FactSignal(CompassRow Row, IReadOnlyList<(string Css, string Word, string Rule)> Flags);

/// <summary>
/// The factsheet of one gemeente, wijk or buurt ("Selwerd in cijfers"): key figures, all figures against the gemeente
/// and Nederland, a small trend, the wijkkompas signals with their rules, the source and the date; one or two A4 pages
/// when printed, and as PDF with <c>format=pdf</c>.
/// </summary>
[PdfPage("factsheet")]
public sealed class IndexModel(MonitorViews views, ChromiumPdf pdf, TimeProvider clock) : PageModel
{
    /// <summary>The figures in the block at the top, in this order, those the area has (the first six).</summary>
    public static IReadOnlyList<string> KeyIndicators { get; } =
    [
        "inhabitants", "dwellings", "households", "income_per_inhabitant", "households_low_income_pct",
        "dwellings_corporation_pct", "origin_outside_europe_share", "age_65_plus_share",
    ];

    /// <summary>The small trend: the first four of these with two or more years.</summary>
    public static IReadOnlyList<string> TrendIndicators { get; } =
        [
            "inhabitants", "households_low_income_pct", "income_per_inhabitant", "dwellings_corporation_pct", "woz_value_avg",
            "social_assistance_per_1000", "age_65_plus_share", "households_one_person_share",
        ];

    public const int KeyCount = 6;

    public const int TrendCount = 4;

    public Area? Area { get; private set; }

    public ProfileView? View { get; private set; }

    public string? Problem { get; private set; }

    public IReadOnlyList<ProfileRow> KeyFigures { get; private set; } = [];

    public IReadOnlyList<Trend> Trends { get; private set; } = [];

    /// <summary>The wijkkompas signals in the factsheet's year; null for a gemeente (signals compare its wijken and buurten with it).</summary>
    public IReadOnlyList<FactSignal>? Signals { get; private set; }

    public CompassRules Rules { get; } = CompassRules.Default;

    public DateTimeOffset Made { get; private set; }

    /// <summary>The day the factsheet was made, in Dutch local time, written in the page's language ("6 december 2026").</summary>
    public string MadeOn => TimeZoneInfo.ConvertTime(Made, Amsterdam).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The PDF of this page, when Chromium is installed.</summary>
    public string? PdfLink { get; private set; }

    public void OnGet(string? gebied, int? jaar)
    {
        Made = clock.GetUtcNow();
        var found = AreaQuestion.Find(views.Data, gebied, "gebied");
        if (!found.IsAnswered)
        {
            Problem = string.IsNullOrWhiteSpace(gebied) ? Text.FactChooseArea : found.Problem.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Area = found.Value;
        ViewData["Gemeente"] = Area.Code.Municipality?.Value;
        // A year without figures is named, and the latest year shown below it (as on the profile).
        var answer = ProfileQuestion.Answer(views, Area, jaar);
        Problem = answer.Problem?.Message;
        View = answer.Value ?? views.Profile(Area.Code, null);
        if (View is null)
        {
            return;
        }

        var rows = View.Profile.Rows;
        KeyFigures = KeyIndicators.Select(id => rows.FirstOrDefault(r => r.Indicator.Id == id && r.Value.HasValue)).OfType<ProfileRow>().Take(KeyCount).ToList();
        Trends = TrendIndicators.Select(id => View.Trends.FirstOrDefault(t => t.Indicator.Id == id && t.IsDrawable)).OfType<Trend>().Take(TrendCount).ToList();
        Signals = SignalsOf(Area, View.Profile.Year);
        PdfLink = pdf.IsAvailable ? PdfPageAttribute.Link(Request) : null;
    }

    private List<FactSignal>? SignalsOf(Area area, int year)
    {
        if (area.Level is not (AreaLevel.District or AreaLevel.Neighbourhood) || area.Code.Municipality is not { } city
            || views.Compass(city, area.Level, CompassQuestion.Defaults) is not { } compass)
        {
            return null;
        }

        return compass.Rows
            .Where(r => r.Area.Code == area.Code && r.Year == year && r.Flags != CompassSignals.None)
            .Select(r => new FactSignal(r, Kompas.IndexModel.Signals(r.Flags, compass.Rules, r.Indicator).ToList()))
            .ToList();
    }

    /// <summary>The small trend of one indicator (area, gemeente, Nederland) as an SVG line chart.</summary>
    public string Chart(Trend trend, int index)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var profile = View!.Profile;
        var lines = new List<Series> { Line(profile.Area.DisplayName, "gebied", trend, p => p.Area) };
        // A count beside the gemeente's or the country's total is a flat line at zero: counts show the area alone.
        if (trend.Indicator.Unit != MeasureUnit.Count)
        {
            if (profile.Municipality is { } city)
            {
                lines.Add(Line(city.DisplayName, "gemeente", trend, p => p.Municipality));
            }

            lines.Add(Line(MonitorText.Netherlands, "nederland", trend, p => p.Country));
        }

        var title = string.Format(CultureInfo.CurrentCulture, Text.TrendTitle, trend.Indicator.Name, profile.Area.DisplayName);
        return SvgCharts.Lines($"fact-trend-{index}", title, lines, v => FigureFormat.Number(v, trend.Indicator.Unit));
    }

    private static Series Line(string name, string css, Trend trend, Func<TrendPoint, Core.Observations.Figure> figure) =>
        new(name, css, trend.Points.Select(p => ((double)p.Year, figure(p).Value)).ToList());
}
