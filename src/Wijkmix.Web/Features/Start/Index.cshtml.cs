using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Monitor;

namespace Wijkmix.Web.Features.Start;

/// <summary>How many areas of a level have figures in a year.</summary>
public sealed record Coverage(AreaLevel Level, IReadOnlyDictionary<int, int> AreasByYear, int WithBoundary);

/// <summary>Start: find a gemeente by name and see which data and years the store has for it.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<Area> Matches { get; private set; } = [];

    public Area? Municipality { get; private set; }

    public IReadOnlyList<Coverage> Coverage { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>Gemeenten with figures below the gemeente level, offered as examples.</summary>
    public IReadOnlyList<Area> Detailed { get; private set; } = [];

    public int MunicipalityCount => views.Data.Municipalities.Count;

    public void OnGet(string? zoek, string? gemeente)
    {
        Query = zoek?.Trim();
        Detailed = views.Data.Municipalities.Where(m => views.Data.WithNeighbourhoods.Contains(m.Code)).ToList();
        if (Query is { Length: > 0 })
        {
            Matches = AreaSearch.Find(views.Data.Municipalities, Query, AreaLevel.Municipality, 10).Select(m => m.Area).ToList();
            if (Matches.Count == 1 || (Matches.Count > 0 && AreaSearch.Normalise(Matches[0].DisplayName) == AreaSearch.Normalise(Query)))
            {
                gemeente = Matches[0].Code.Value;
            }
        }

        if (MonitorApi.Resolve(views, gemeente) is { Level: AreaLevel.Municipality } city)
        {
            Municipality = city;
            ViewData["Gemeente"] = city.Code.Value;
            Coverage = [Cover(AreaLevel.Municipality, [city]), Cover(AreaLevel.District, views.Data.Within(city.Code, AreaLevel.District)),
                Cover(AreaLevel.Neighbourhood, views.Data.Within(city.Code, AreaLevel.Neighbourhood))];
            Years = Coverage.SelectMany(c => c.AreasByYear.Keys).Distinct().Order().ToList();
        }
    }

    private Coverage Cover(AreaLevel level, IReadOnlyList<Area> areas) => new(
        level,
        areas.SelectMany(a => a.Years).GroupBy(y => y).ToDictionary(g => g.Key, g => g.Count()),
        areas.Count(a => views.Data.WithBoundary.Contains(a.Code)));
}
