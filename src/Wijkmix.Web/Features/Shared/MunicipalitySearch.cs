using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;

namespace Wijkmix.Web.Features.Shared;

/// <summary>Finding a gemeente by name (typos forgiven), as the start page and the simulation page do.</summary>
public static class MunicipalitySearch
{
    public const int MaxMatches = 10;

    /// <summary>The gemeenten that match <paramref name="query"/>, and the one meant when there is one match or an exact name.</summary>
    public static (IReadOnlyList<Area> Matches, Area? Chosen) Find(MonitorViews views, string? query)
    {
        ArgumentNullException.ThrowIfNull(views);
        if (query is not { Length: > 0 })
        {
            return ([], null);
        }

        var matches = AreaSearch.Find(views.Data.Municipalities, query, AreaLevel.Municipality, MaxMatches).Select(m => m.Area).ToList();
        var chosen = matches.Count == 1 || (matches.Count > 0 && AreaSearch.Normalise(matches[0].DisplayName) == AreaSearch.Normalise(query))
            ? matches[0]
            : null;
        return (matches, chosen);
    }
}

/// <summary>The search form and its matches (partial <c>_MunicipalitySearch</c>); matches link to <see cref="Action"/> with the gemeente chosen.</summary>
public sealed record SearchBox(string Action, string? Query, IReadOnlyList<Area> Matches, bool ShowMatches)
{
    /// <summary>The search field's label; by default "find a gemeente by name".</summary>
    public string? Label { get; init; }
}
