using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Download.Internal;

/// <summary>The boundaries of one gemeente at one level for one year, as GeoJSON features.</summary>
internal sealed record BoundaryDownload(int Year, string Collection, AreaCode? Municipality, IReadOnlyList<string> Features, int Pages);

/// <summary>
/// PDOK OGC API Features for CBS Wijken en Buurten. Sources:
/// - PDOK, "(OGC) API's – CBS Wijken en Buurten", https://www.pdok.nl/ogc-apis/-/article/cbs-wijken-en-buurten:
///   <c>https://api.pdok.nl/cbs/wijken-en-buurten-2025/ogc/v1</c>, "-2023", and "wijken-en-buurten-historisch".
///   That page lists the 2024 API with the 2025 address; public clients call
///   <c>wijken-en-buurten-2024/ogc/v1/collections/buurten/items</c>, so we use the per-year pattern and
///   note the page's entry as a likely copy error.
/// - PDOK, "Frequently Asked Questions OGC API", https://www.pdok.nl/faq-ogc-api, and "Features",
///   https://www.pdok.nl/features: at most 1,000 objects per request, then page on.
/// - OGC API – Features part 1: <c>/collections/{id}/items?f=json&amp;limit=n</c> answers a
///   FeatureCollection whose <c>links</c> hold the next page (rel <c>next</c>); without <c>crs</c> the
///   coordinates are CRS84 (longitude, latitude), which is what the store keeps.
/// Collections <c>gemeenten</c>, <c>wijken</c>, <c>buurten</c>; the gemeente is selected with the
/// <c>gemeentecode</c> property as a query parameter (used so against PDOK by several public clients;
/// the collection's queryables are the authority). The "historisch" API's collection names could not be
/// confirmed, so every year uses the per-year path; point --pdok-url elsewhere for years PDOK does not
/// serve that way.
/// </summary>
internal sealed class PdokFeatures(PageFetcher pages, Uri root, int pageSize)
{
    public static string CollectionOf(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => "gemeenten",
        AreaLevel.District => "wijken",
        _ => "buurten",
    };

    public async Task<BoundaryDownload> DownloadAsync(int year, AreaCode? municipality, AreaLevel level,
        Action<int, int> onPage, CancellationToken cancellationToken)
    {
        var collection = CollectionOf(level);
        Uri? next = new(root, string.Create(CultureInfo.InvariantCulture,
            $"wijken-en-buurten-{year}/ogc/v1/collections/{collection}/items?f=json&limit={pageSize}") + (municipality is { } m ? "&gemeentecode=" + m.Value : string.Empty));
        var features = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pageCount = 0;
        try
        {
            while (next is not null)
            {
                if (!seen.Add(next.AbsoluteUri))
                {
                    throw PageFetcher.Fail(Messages.DlPagingLoop, PageFetcher.Show(next));
                }

                using var page = await pages.GetAsync(next, cancellationToken).ConfigureAwait(false);
                var rootElement = page.RootElement;
                if (rootElement.ValueKind != JsonValueKind.Object || !rootElement.TryGetProperty("features", out var items)
                    || items.ValueKind != JsonValueKind.Array)
                {
                    throw PageFetcher.Fail(Messages.DlNotAPage, PageFetcher.Show(next));
                }

                features.AddRange(items.EnumerateArray().Select(f => WithoutSentinels(f.GetRawText())));
                pageCount++;
                onPage(pageCount, features.Count);
                next = NextLink(rootElement, next);
                if (next is null && items.GetArrayLength() >= pageSize && Matched(rootElement) is { } matched && features.Count < matched)
                {
                    throw PageFetcher.Fail(Messages.DlIncomplete, collection, features.Count, matched);
                }
            }
        }
        catch (ResourceNotFoundException e)
        {
            throw PageFetcher.Fail(Messages.DlBoundariesNotFound, collection, year, e.Message);
        }

        if (features.Count == 0)
        {
            throw PageFetcher.Fail(Messages.DlNoBoundaries, municipality?.Value ?? "NL", year, collection);
        }

        return new BoundaryDownload(year, collection, municipality, features, pageCount);
    }

    /// <summary>
    /// The KWB attributes of the Wijk- en Buurtkaart mark secret or unknown figures with large negative
    /// numbers (-99995 … -99999) where OData has null. Clients of the PDOK API treat every value at or
    /// below -99990 as missing; we could not find CBS's own list of these codes, so we do the same and
    /// store them as suppressed cells, never as figures.
    /// </summary>
    internal static string WithoutSentinels(string feature)
    {
        if (!feature.Contains("-9999", StringComparison.Ordinal))
        {
            return feature;
        }

        var node = JsonNode.Parse(feature)!;
        if (node["properties"] is JsonObject properties)
        {
            foreach (var (name, value) in properties.ToList())
            {
                if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() <= Sentinel)
                {
                    properties[name] = null;
                }
            }
        }

        return node.ToJsonString();
    }

    private const double Sentinel = -99990;

    private static Uri? NextLink(JsonElement root, Uri current)
    {
        if (!root.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var link in links.EnumerateArray())
        {
            if (link.TryGetProperty("rel", out var rel) && rel.GetString() == "next"
                && link.TryGetProperty("href", out var href) && href.GetString() is { Length: > 0 } target)
            {
                return new Uri(current, target);
            }
        }

        return null;
    }

    /// <summary>OGC API Features may say how many features match (<c>numberMatched</c>); PDOK does not always.</summary>
    private static long? Matched(JsonElement root) =>
        root.TryGetProperty("numberMatched", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt64(out var v) ? v : null;
}
