using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Shared;

namespace Wijkmix.Web.Features.Start;

/// <summary>How many areas of a level have figures in a year.</summary>
public sealed record Coverage(AreaLevel Level, IReadOnlyDictionary<int, int> AreasByYear, int WithBoundary);

/// <summary>A wijk or buurt found by name, with the gemeente it lies in.</summary>
public sealed record PlaceMatch(Area Area, string Municipality);

/// <summary>Start: find a gemeente, wijk or buurt by name and see which data and years the store has for a gemeente.</summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<Area> Matches { get; private set; } = [];

    /// <summary>Wijken and buurten whose name matches the search, when it names no gemeente exactly (e.g. "Zuilen").</summary>
    public IReadOnlyList<PlaceMatch> Places { get; private set; } = [];

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
        (Matches, var chosen) = MunicipalitySearch.Find(views, Query);
        gemeente = chosen?.Code.Value ?? gemeente;
        if (Query is { Length: > 0 } && chosen is null)
        {
            Places = AreaSearch.Find(views.Data.Areas.Where(a => a.Level is AreaLevel.District or AreaLevel.Neighbourhood), Query, limit: MunicipalitySearch.MaxMatches)
                .Select(m => new PlaceMatch(m.Area, m.Area.Code.Municipality is { } code && views.Data.Find(code) is { } city ? city.DisplayName : string.Empty))
                .ToList();
        }

        if (AreaQuestion.Municipality(views.Data, gemeente).Value is { } city)
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
