using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Download.Internal;

/// <summary>One year of KWB for one gemeente as CBS OData v3 serves it, ready to be written as files the importer reads.</summary>
internal sealed record CbsTableDownload(
    int Year, string Table, AreaCode? Municipality, string DataProperties, string TableInfos, IReadOnlyList<byte[]> Records, int Pages);

/// <summary>
/// CBS OData v3: "Handleiding CBS Open Data Services" (CBS, 30 June 2014; transcript at
/// https://fdocuments.nl/document/cbs-open-data-services.html): per table TableInfos, DataProperties,
/// the geographic dimensions, UntypedDataSet and TypedDataSet. Answers are OData v3 JSON light:
/// <c>value</c>, <c>odata.nextLink</c> for the next page and, with <c>$inlinecount=allpages</c> (OData v3),
/// <c>odata.count</c>. Examples of the URLs: gist "API request OData CBS",
/// https://gist.github.com/FrieseWoudloper/e31d865f7e76583739c7d37ea3f1cb07.
/// </summary>
internal sealed class CbsOData(PageFetcher pages, Uri root)
{
    /// <summary>The region dimension's key in KWB tables, and the column name the importer knows.</summary>
    public const string GeoKey = "WijkenEnBuurten";

    public async Task<CbsTableDownload> DownloadAsync(int year, string table, AreaCode? municipality, AreaLevel level,
        Action<int, int> onPage, CancellationToken cancellationToken)
    {
        string dataProperties, tableInfos;
        try
        {
            dataProperties = await RawAsync(EntitySetUrl(root, table, "DataProperties"), cancellationToken).ConfigureAwait(false);
            tableInfos = await RawAsync(EntitySetUrl(root, table, "TableInfos"), cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException e)
        {
            throw PageFetcher.Fail(Messages.DlTableNotFound, table, year, e.Message);
        }

        // The region dimension is named by DataProperties (Type GeoDetail or GeoDimension); not every year need call it WijkenEnBuurten.
        var geoKey = GeoKeyOf(dataProperties);

        var records = new List<(string Code, byte[] Json)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        long? announced = null;
        var served = 0;
        var pageCount = 0;
        Uri? next = TypedDataSetUrl(root, table, municipality, level, geoKey);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (next is not null)
        {
            if (!seen.Add(next.AbsoluteUri))
            {
                throw PageFetcher.Fail(Messages.DlPagingLoop, PageFetcher.Show(next));
            }

            using var page = await pages.GetAsync(next, cancellationToken).ConfigureAwait(false);
            var body = page.RootElement;
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
            {
                throw PageFetcher.Fail(Messages.DlNotAPage, PageFetcher.Show(next));
            }

            announced ??= Count(body);
            served += value.GetArrayLength();
            var width = -1;
            foreach (var record in value.EnumerateArray())
            {
                if (record.ValueKind != JsonValueKind.Object)
                {
                    throw PageFetcher.Fail(Messages.DlNotAPage, PageFetcher.Show(next));
                }

                // Every record of a page has the same keys; look at them again only when a record has another number of them.
                var count = record.GetPropertyCount();
                if (count != width)
                {
                    width = width < 0 ? count : width;
                    foreach (var property in record.EnumerateObject())
                    {
                        keys.Add(property.Name);
                    }
                }

                // The server's filter is trusted only as far as the codes show: a row of another gemeente is left out.
                if (record.TryGetProperty(geoKey, out var code) && code.ValueKind == JsonValueKind.String
                    && code.GetString()?.Trim() is { } text && Belongs(text, municipality, level))
                {
                    records.Add((text, geoKey == GeoKey ? JsonMarshal.GetRawUtf8Value(record).ToArray() : Renamed(record, geoKey)));
                }
            }

            pageCount++;
            onPage(pageCount, records.Count);
            next = NextLink(body, next);
        }

        CheckComplete(table, announced, served);
        CheckColumns(table, year, dataProperties, keys);
        if (municipality is { } m && !records.Any(r => r.Code == m.Value))
        {
            throw PageFetcher.Fail(Messages.DlNoAreas, m.Value, year, table);
        }

        var names = await NamesAsync(NamesUrl(root, table, municipality, level, geoKey), cancellationToken).ConfigureAwait(false);
        return new CbsTableDownload(year, table, municipality, dataProperties, tableInfos, WithNames(records, names), pageCount);
    }

    /// <summary>
    /// <c>startswith</c> on the padded key ('GM0518    '). Published examples filter WijkenEnBuurten with
    /// <c>eq</c> on the padded value (the gist "API request OData CBS": <c>WijkenEnBuurten eq 'NL00      '</c>)
    /// or with <c>startswith(WijkenEnBuurten,'NL00')</c> (a client's URL reference). We found no CBS page
    /// that documents string functions on this dimension, so <c>startswith</c> (standard OData v3) is our
    /// choice, not CBS's; the rows are checked again on our side. <c>substringof('0518', …)</c> would also match BU03630518 (wijk 05, buurt 18 of Amsterdam).
    /// </summary>
    public static string Filter(AreaCode? municipality, AreaLevel level, string geoKey = GeoKey)
    {
        var digits = municipality?.Value[2..] ?? string.Empty;
        var prefixes = new List<string> { "GM" };
        if (level >= AreaLevel.District)
        {
            prefixes.Add("WK");
        }

        if (level >= AreaLevel.Neighbourhood)
        {
            prefixes.Add("BU");
        }

        return string.Join(" or ", prefixes.Select(p => $"startswith({geoKey},'{p}{digits}')"));
    }

    private static bool Belongs(string code, AreaCode? municipality, AreaLevel level)
    {
        if (!AreaCode.TryParse(code, out var area) || area.Level > level || area.Level < AreaLevel.Municipality)
        {
            return false;
        }

        return municipality is not { } m || area.Value.AsSpan(2).StartsWith(m.Value.AsSpan(2), StringComparison.Ordinal);
    }

    /// <summary>DataProperties or TableInfos of a table.</summary>
    internal static Uri EntitySetUrl(Uri root, string table, string entitySet) => new(root, $"{table}/{entitySet}?$format=json");

    /// <summary>The first TypedDataSet page of a gemeente (null: all gemeenten) down to a level, with the row count asked for.</summary>
    internal static Uri TypedDataSetUrl(Uri root, string table, AreaCode? municipality, AreaLevel level, string geoKey = GeoKey) =>
        new(root, $"{table}/TypedDataSet?$format=json&$inlinecount=allpages&$filter=" + Uri.EscapeDataString(Filter(municipality, level, geoKey)));

    /// <summary>The same areas in the WijkenEnBuurten dimension (Key, Title).</summary>
    internal static Uri NamesUrl(Uri root, string table, AreaCode? municipality, AreaLevel level, string geoKey = GeoKey) =>
        new(root, $"{table}/{geoKey}?$format=json&$filter=" + Uri.EscapeDataString(Filter(municipality, level, "Key")));

    /// <summary>The key of the first GeoDetail or GeoDimension in DataProperties; WijkenEnBuurten when there is none.</summary>
    internal static string GeoKeyOf(string dataProperties)
    {
        using var doc = JsonDocument.Parse(dataProperties);
        var items = Items(doc.RootElement);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw PageFetcher.Fail(Messages.DlNotAPage, "DataProperties");
        }

        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("Type", out var type)
                && type.GetString() is "GeoDetail" or "GeoDimension"
                && item.TryGetProperty("Key", out var key) && key.GetString() is { Length: > 0 } k)
            {
                return k;
            }
        }

        return GeoKey;
    }

    private static JsonElement Items(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var v) ? v : root;

    /// <summary>The record with its region key renamed to WijkenEnBuurten, the name the importer reads codes from.</summary>
    private static byte[] Renamed(JsonElement record, string geoKey)
    {
        var node = JsonNode.Parse(record.GetRawText())!.AsObject();
        var code = node[geoKey];
        node.Remove(geoKey);
        node[GeoKey] = code;
        return JsonSerializer.SerializeToUtf8Bytes(node);
    }

    private async Task<string> RawAsync(Uri url, CancellationToken cancellationToken)
    {
        using var doc = await pages.GetAsync(url, cancellationToken).ConfigureAwait(false);
        return doc.RootElement.GetRawText();
    }

    /// <summary>OData v3 JSON light writes odata.count as a string; accept a number too.</summary>
    private static long? Count(JsonElement root) =>
        root.TryGetProperty("odata.count", out var c)
            ? c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var n) ? n
            : c.ValueKind == JsonValueKind.String && long.TryParse(c.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s
            : null
            : null;

    private static Uri? NextLink(JsonElement root, Uri current) =>
        root.TryGetProperty("odata.nextLink", out var link) && link.ValueKind == JsonValueKind.String && link.GetString() is { Length: > 0 } href
            ? new Uri(current, href)
            : null;

    /// <summary>Counts what the server sent (rows left out on our side included) against what it announced.</summary>
    private static void CheckComplete(string table, long? announced, int served)
    {
        if (announced is { } count && served < count)
        {
            throw PageFetcher.Fail(Messages.DlIncomplete, table, served, count);
        }
    }

    /// <summary>The TypedDataSet's keys must be DataProperties' keys (topics and dimensions) plus ID; otherwise the table changed.</summary>
    private static void CheckColumns(string table, int year, string dataProperties, HashSet<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        using var doc = JsonDocument.Parse(dataProperties);
        var items = Items(doc.RootElement);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw PageFetcher.Fail(Messages.DlNotAPage, "DataProperties");
        }

        var expected = new HashSet<string>(StringComparer.Ordinal) { "ID" };
        foreach (var item in items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
        {
            if (item.TryGetProperty("Type", out var type) && type.GetString() != "TopicGroup"
                && item.TryGetProperty("Key", out var key) && key.GetString() is { Length: > 0 } k)
            {
                expected.Add(k);
            }
        }

        var missing = expected.Except(keys).Order(StringComparer.Ordinal).ToList();
        var extra = keys.Except(expected).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var detail = new StringBuilder();
            if (missing.Count > 0)
            {
                detail.Append(string.Format(Messages.Culture, Messages.DlColumnsMissing, string.Join(", ", missing.Take(8))));
            }

            if (extra.Count > 0)
            {
                detail.Append(detail.Length > 0 ? "; " : string.Empty)
                    .Append(string.Format(Messages.Culture, Messages.DlColumnsExtra, string.Join(", ", extra.Take(8))));
            }

            throw PageFetcher.Fail(Messages.DlColumnsChanged, table, year, detail.ToString());
        }
    }

    /// <summary>Area names from the WijkenEnBuurten dimension (Key, Title); optional, so a table without it still downloads.</summary>
    private async Task<Dictionary<string, string>> NamesAsync(Uri first, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        Uri? next = first;
        try
        {
            while (next is not null)
            {
                using var page = await pages.GetAsync(next, cancellationToken).ConfigureAwait(false);
                if (page.RootElement.ValueKind != JsonValueKind.Object || !page.RootElement.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
                {
                    break;
                }

                foreach (var item in value.EnumerateArray())
                {
                    if (item.TryGetProperty("Key", out var key) && item.TryGetProperty("Title", out var title)
                        && key.GetString() is { } k && title.GetString() is { Length: > 0 } t)
                    {
                        names[k.Trim()] = t.Trim();
                    }
                }

                next = NextLink(page.RootElement, next);
            }
        }
        catch (ResourceNotFoundException)
        {
            names.Clear();
        }

        return names;
    }

    /// <summary>Adds the name as a "Regio" member (the importer's name column) to each record.</summary>
    private static List<byte[]> WithNames(List<(string Code, byte[] Json)> records, Dictionary<string, string> names) =>
        names.Count == 0
            ? records.Select(r => r.Json).ToList()
            : records.Select(r => names.TryGetValue(r.Code, out var name)
                    ? [.. r.Json.AsSpan(0, r.Json.Length - 1), .. ",\"Regio\":"u8, .. JsonSerializer.SerializeToUtf8Bytes(name), (byte)'}']
                    : r.Json)
                .ToList();
}
