using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Maps;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Kaart;

/// <summary>
/// Kaart: a choropleth of any indicator and year, with the same figures as a table. The whole view (gemeente, level,
/// indicator, year, language) is in the page's address, so a copied link opens the same map; every area links to its
/// profile in the same year and language.
/// </summary>
public sealed class IndexModel(MonitorViews views, BackgroundMap backgroundMap) : PageModel
{
    public Area? Municipality { get; private set; }

    public AreaLevel Level { get; private set; }

    public MapView? Map { get; private set; }

    public string? Problem { get; private set; }

    public string Query { get; private set; } = string.Empty;

    public BackgroundMap Background => backgroundMap;

    public static IReadOnlyList<Indicator> Indicators => IndicatorSet.All;

    /// <summary>"en" when the page is shown in English (by <c>?taal=en</c> or the cookie), else null: Dutch needs no parameter.</summary>
    public static string? Language => VariableDefinition.IsEnglish(CultureInfo.CurrentUICulture) ? "en" : null;

    /// <summary>The years with figures, oldest first (the slider's stops).</summary>
    public IReadOnlyList<int> Years => Map is null ? [] : [.. Map.Years.Distinct().Order()];

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

    /// <summary>This view's address in <paramref name="year"/>: what the year links, the slider and a shared link use.</summary>
    public string PageLink(int year)
    {
        var parts = new List<string>();
        if (Municipality is { } city)
        {
            parts.Add("gemeente=" + Uri.EscapeDataString(city.Code.Value));
        }

        parts.Add("niveau=" + Wording.LevelKey(Level));
        parts.Add("indicator=" + Uri.EscapeDataString(Map!.Indicator.Id));
        parts.Add("jaar=" + year.ToString(CultureInfo.InvariantCulture));
        return "/kaart?" + string.Join('&', parts) + LanguagePart;
    }

    /// <summary>The query an area's profile link ends with: the map's year and, in English, the language.</summary>
    public string ProfileQuery => "?jaar=" + Map!.Year.ToString(CultureInfo.InvariantCulture) + LanguagePart;

    /// <summary>The profile of <paramref name="code"/> in this map's year and language.</summary>
    public string ProfileLink(AreaCode code) => "/profiel/" + Uri.EscapeDataString(code.Value) + ProfileQuery;

    /// <summary><c>&amp;taal=en</c> in English (so the GeoJSON's texts and the links are English too), else empty.</summary>
    public static string LanguagePart => Language is { } taal ? "&taal=" + taal : string.Empty;
}
