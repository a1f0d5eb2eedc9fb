using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Maps;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Kaart;

/// <summary>Kaart: a choropleth of any indicator and year, with the same figures as a table.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public Area? Municipality { get; private set; }

    public AreaLevel Level { get; private set; }

    public MapView? Map { get; private set; }

    public string? Problem { get; private set; }

    public string Query { get; private set; } = string.Empty;

    public static IReadOnlyList<Indicator> Indicators => IndicatorSet.All;

    public void OnGet(string? gemeente, string? niveau, string? indicator, int? jaar)
    {
        var city = AreaQuestion.Municipality(views.Data, gemeente);
        Municipality = city.Value;
        Level = Wording.ParseLevel(niveau) ?? (Municipality is null ? AreaLevel.Municipality : AreaLevel.District);
        if (Municipality is null && Level != AreaLevel.Municipality)
        {
            Problem = gemeente is null ? Text.ChooseMunicipalityFirst : city.Problem?.Message;
            Level = AreaLevel.Municipality;
        }

        ViewData["Gemeente"] = Municipality?.Code.Value;
        var answer = MapQuestion.Answer(views, Municipality?.Code.Value, Wording.LevelKey(Level), indicator, jaar);
        if (!answer.IsAnswered)
        {
            Problem ??= answer.Problem.Message;
            return;
        }

        Map = answer.Value;

        Query = $"municipality={Uri.EscapeDataString(Municipality?.Code.Value ?? string.Empty)}&level={Wording.LevelKey(Level)}&indicator={Map.Indicator.Id}&year={Map.Year}";
    }
}
