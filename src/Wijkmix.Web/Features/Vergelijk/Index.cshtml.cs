using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Compare;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Vergelijk;

/// <summary>
/// Vergelijk: two to six areas of any level and gemeente side by side (<see cref="Comparison"/>), every indicator in one
/// year and one indicator over the years. The areas are given as codes or names in one field; the page's URL holds
/// the codes, the year and the indicator, so a link shares the view.
/// </summary>
public sealed class IndexModel(MonitorViews views) : PageModel
{
    /// <summary>Longest field accepted (six names with separators).</summary>
    public const int MaxQueryLength = 600;

    public string Query { get; private set; } = string.Empty;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public Comparison? Comparison { get; private set; }

    /// <summary>The indicator shown over the years.</summary>
    public ComparisonRow? Trend { get; private set; }

    /// <summary>The link to this view with the areas as codes.</summary>
    public string ShareUrl { get; private set; } = string.Empty;

    /// <summary>The rule that chose the gemeenten compared with <c>soortgelijk=</c>, as a sentence.</summary>
    public string? SimilarRule { get; private set; }

    public void OnGet(string? gebieden, int? jaar, string? indicator, string? soortgelijk)
    {
        if (soortgelijk is { Length: > 0 } && AreaCode.TryParse(soortgelijk.Trim().ToUpperInvariant(), out var gemeente)
            && SimilarMunicipalities.Find(views, gemeente, Comparison.MaxAreas - 1) is { } similar)
        {
            gebieden = string.Join(',', similar.Peers.Prepend(similar.Municipality).Select(a => a.Code.Value));
            var bounds = SimilarMunicipalities.SizeBounds;
            var size = similar.SizeClass + 1 < bounds.Count
                ? string.Format(CultureInfo.CurrentCulture, Text.CompareSizeBetween, bounds[similar.SizeClass], bounds[similar.SizeClass + 1])
                : string.Format(CultureInfo.CurrentCulture, Text.CompareSizeAbove, bounds[similar.SizeClass]);
            SimilarRule = string.Format(CultureInfo.CurrentCulture, Text.CompareSimilarRule, similar.Municipality.DisplayName, similar.Urbanity, size, similar.Year, similar.Peers.Count);
        }

        Query = (gebieden ?? string.Empty).Trim();
        if (Query.Length == 0)
        {
            return;
        }

        if (Query.Length > MaxQueryLength)
        {
            Problems = [string.Format(CultureInfo.CurrentCulture, Text.CompareTooLong, MaxQueryLength)];
            return;
        }

        var (codes, problems) = Resolve(Query);
        if (codes.Count > Comparison.MaxAreas)
        {
            problems.Add(string.Format(CultureInfo.CurrentCulture, Text.CompareTooMany, Comparison.MaxAreas, codes.Count));
            codes = codes.Take(Comparison.MaxAreas).ToList();
        }

        Comparison = Comparison.Build(views, codes, jaar);
        if (Comparison is null)
        {
            problems.Add(string.Format(CultureInfo.CurrentCulture, Text.CompareTooFew, Comparison.MinAreas));
        }
        else
        {
            Trend = Comparison.Rows.FirstOrDefault(r => r.Indicator.Id == indicator) ?? Comparison.Rows.FirstOrDefault(r => r.Compares);
            ShareUrl = $"/vergelijk?gebieden={string.Join(',', Comparison.Areas.Select(a => a.Code.Value))}&jaar={Comparison.Year}"
                + (Trend is { } t ? "&indicator=" + t.Indicator.Id : string.Empty);
        }

        Problems = problems;
    }

    /// <summary>Each comma- or semicolon-separated part as a code, else the best match of its name; unknown parts named.</summary>
    private (List<AreaCode> Codes, List<string> Problems) Resolve(string query)
    {
        var codes = new List<AreaCode>();
        var problems = new List<string>();
        foreach (var part in query.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = AreaCode.TryParse(part.ToUpperInvariant(), out var code) && views.Data.Find(code) is not null
                ? code
                : AreaSearch.Find(views.Data.Areas, part, limit: 1) is [var best] ? best.Area.Code : (AreaCode?)null;
            if (found is { } c)
            {
                codes.Add(c);
            }
            else
            {
                problems.Add(string.Format(CultureInfo.CurrentCulture, Text.CompareUnknown, part));
            }
        }

        return (codes, problems);
    }
}
