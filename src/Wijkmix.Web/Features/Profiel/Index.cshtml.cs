using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Resources;
using Wijkmix.Web.Charts;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Profiel;

/// <summary>Wijkprofiel: the factsheet of an area against its city and the Netherlands, with trends.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public Area? Area { get; private set; }

    public ProfileView? View { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet(string code, int? jaar)
    {
        Area = AreaQuestion.Find(views.Data, code).Value;
        if (Area is null)
        {
            return NotFound();
        }

        ViewData["Gemeente"] = Area.Code.Municipality?.Value;
        var answer = ProfileQuestion.Answer(views, Area, jaar);
        if (!answer.IsAnswered)
        {
            // The latest year stays on screen below the problem.
            Problem = answer.Problem.Message;
            answer = ProfileQuestion.Answer(views, Area, null);
        }

        View = answer.Value;

        return Page();
    }

    /// <summary>The trend of one indicator as an SVG line chart (area, gemeente, Nederland).</summary>
    public string Chart(Trend trend, int index)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var p = View!.Profile;
        var series = new List<Series>
        {
            new(p.Area.DisplayName, "gebied", trend.Points.Select(x => ((double)x.Year, x.Area.Value)).ToList()),
        };
        if (p.Municipality is { } m)
        {
            series.Add(new(m.DisplayName, "gemeente", trend.Points.Select(x => ((double)x.Year, x.Municipality.Value)).ToList()));
        }

        series.Add(new(MonitorText.Netherlands, "nederland", trend.Points.Select(x => ((double)x.Year, x.Country.Value)).ToList()));
        return SvgCharts.Lines($"trend-{index}", string.Format(CultureInfo.CurrentCulture, Text.TrendTitle, trend.Indicator.Name, p.Area.DisplayName),
            series, v => FigureFormat.Number(v, trend.Indicator.Unit));
    }
}
