using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Wijkmix.Data.Tests.Download;

/// <summary>
/// A real Kestrel server on 127.0.0.1 that speaks CBS OData v3 (TableInfos, DataProperties,
/// TypedDataSet with startswith filters, odata.count, odata.nextLink pages) and PDOK OGC API
/// Features (items pages with a rel=next link), serving real CBS files from the repository.
/// </summary>
public sealed partial class StatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, (JsonArray Rows, string DataProperties, string TableInfos)> _tables;
    private readonly Dictionary<string, JsonArray> _features;
    private int _resets;

    private StatServer(WebApplication app, Dictionary<string, (JsonArray, string, string)> tables, Dictionary<string, JsonArray> features, int port)
    {
        _app = app;
        _tables = tables;
        _features = features;
        Port = port;
    }

    public int Port { get; }

    public Uri CbsUrl => new($"http://127.0.0.1:{Port}/ODataFeed/odata/");

    public Uri PdokUrl => new($"http://127.0.0.1:{Port}/pdok/");

    public int PageSize { get; set; } = 50;

    public Faults Faults { get; } = new();

    /// <summary>Every request, in order, as path and query.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>The host each request was addressed to: another name than 127.0.0.1 arrived through a proxy.</summary>
    public List<string> Hosts { get; } = [];

    public int Hits => Requests.Count;

    public int DataPageHits => Requests.Count(r => r.Contains("/TypedDataSet", StringComparison.Ordinal) || r.Contains("/items", StringComparison.Ordinal));

    /// <summary>Starts on <paramref name="port"/> (0: a free one) serving Den Haag 2019 (84583NED) figures and buurt boundaries.</summary>
    public static async Task<StatServer> StartAsync(int port = 0)
    {
        var tables = new Dictionary<string, (JsonArray, string, string)>(StringComparer.Ordinal)
        {
            ["84583NED"] = DenHaag2019(),
            // The same figures under 2013's table id, with the region dimension keyed RegioS (as 82339NED's may be):
            // only the mechanism is tested here, not 2013's figures.
            ["82339NED"] = WithRegionKey(DenHaag2019(), "RegioS"),
        };
        var features = new Dictionary<string, JsonArray>(StringComparer.Ordinal) { ["2019/buurten"] = Buurten2019(tables["84583NED"].Item1) };

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        StatServer? server = null;
        app.Use(async (context, next) =>
        {
            lock (server!.Requests)
            {
                server.Requests.Add(context.Request.Path + context.Request.QueryString);
                server.Hosts.Add(context.Request.Host.Host);
            }

            await next(context);
        });
        app.MapGet("/ODataFeed/odata/{table}/{entitySet}", (HttpContext c, string table, string entitySet) => server!.OData(c, table, entitySet));
        app.MapGet("/pdok/wijken-en-buurten-{year}/ogc/v1/collections/{collection}/items",
            (HttpContext c, int year, string collection) => server!.Items(c, year, collection));
        await app.StartAsync();
        var bound = new Uri(app.Urls.First()).Port;
        server = new StatServer(app, tables, features, bound);
        return server;
    }

    /// <summary>A port nothing listens on: for "no network".</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The records served for a table, as JSON objects (the truth to compare the store with).</summary>
    public JsonArray Rows(string table) => _tables[table].Rows;

    private async Task OData(HttpContext context, string table, string entitySet)
    {
        if (!_tables.TryGetValue(table, out var t))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("{\"odata.error\":{\"code\":\"\",\"message\":{\"lang\":\"en-US\",\"value\":\"Resource not found\"}}}");
            return;
        }

        switch (entitySet)
        {
            case "DataProperties":
                await Json(context, Faults.DataPropertiesOverride ?? t.DataProperties);
                return;
            case "TableInfos":
                await Json(context, t.TableInfos);
                return;
            case "TypedDataSet":
                await TypedDataSet(context, table, t.Rows);
                return;
            case "WijkenEnBuurten":
                await Names(context, t.Rows);
                return;
            default:
                context.Response.StatusCode = 404;
                return;
        }
    }

    private async Task TypedDataSet(HttpContext context, string table, JsonArray rows)
    {
        if (Faults.AlwaysStatus is { } always)
        {
            context.Response.StatusCode = always;
            return;
        }

        if (Faults.BadRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        if (Faults.BeforeFirstPage.TryDequeue(out var fault))
        {
            context.Response.StatusCode = fault.Status;
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            }

            return;
        }

        var filter = context.Request.Query["$filter"].ToString();
        var prefixes = Faults.IgnoreFilter ? [] : StartsWith().Matches(filter).Select(m => m.Groups["prefix"].Value).ToArray();
        var geoKey = StartsWith().Match(filter) is { Success: true } m ? m.Groups["key"].Value : "WijkenEnBuurten";
        var selected = rows.Where(r => prefixes.Length == 0
            || prefixes.Any(p => r![geoKey]?.GetValue<string>().StartsWith(p, StringComparison.Ordinal) == true)).ToList();
        var skip = int.TryParse(context.Request.Query["$skip"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var page = skip / PageSize + 1;
        var pageRows = selected.Skip(skip).Take(PageSize).Select(r => r!.DeepClone()).ToList();
        if (Faults.ExtraColumn is { } extra)
        {
            pageRows.ForEach(r => r!.AsObject()[extra] = 1);
        }

        var body = new JsonObject { ["odata.metadata"] = $"{CbsUrl}{table}/$metadata#Cbs.OData.WebAPI.TypedDataSet" };
        if (context.Request.Query["$inlinecount"] == "allpages")
        {
            // OData v3 JSON light writes the count as a string.
            body["odata.count"] = selected.Count.ToString(CultureInfo.InvariantCulture);
        }

        body["value"] = new JsonArray([.. pageRows]);
        if (skip + PageSize < selected.Count && Faults.DropNextLinkOnPage != page)
        {
            body["odata.nextLink"] = $"{CbsUrl}{table}/TypedDataSet?$format=json&$filter={Uri.EscapeDataString(filter)}&$skip={skip + PageSize}";
        }

        await Serve(context, body.ToJsonString(), page);
    }

    /// <summary>
    /// The region dimension (Key, Title) filtered like TypedDataSet. The bundled OData CSV has codes only:
    /// the gemeente's title is its real Gemeentenaam_1, wijken and buurten get "Gebied " + code.
    /// </summary>
    private static Task Names(HttpContext context, JsonArray rows)
    {
        var prefixes = StartsWith().Matches(context.Request.Query["$filter"].ToString()).Select(m => m.Groups["prefix"].Value).ToArray();
        var value = new JsonArray();
        foreach (var row in rows)
        {
            var key = row!["WijkenEnBuurten"]!.GetValue<string>();
            if (prefixes.Length == 0 || prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            {
                var title = key.StartsWith("GM", StringComparison.Ordinal) ? row["Gemeentenaam_1"]!.GetValue<string>().Trim() : "Gebied " + key.Trim();
                value.Add(new JsonObject { ["Key"] = key, ["Title"] = title });
            }
        }

        return Json(context, new JsonObject { ["odata.metadata"] = "WijkenEnBuurten", ["value"] = value }.ToJsonString());
    }

    private async Task Items(HttpContext context, int year, string collection)
    {
        if (!_features.TryGetValue($"{year}/{collection}", out var all))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var gemeente = context.Request.Query["gemeentecode"].ToString();
        var limit = int.TryParse(context.Request.Query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Min(l, 1000) : 10;
        var offset = int.TryParse(context.Request.Query["cursor"], CultureInfo.InvariantCulture, out var c) ? c : 0;
        var selected = all.Where(f => gemeente.Length == 0 || f!["properties"]!["gemeentecode"]!.GetValue<string>() == gemeente).ToList();
        var page = selected.Skip(offset).Take(limit).Select(f => f!.DeepClone()).ToList();
        var self = $"{PdokUrl}wijken-en-buurten-{year}/ogc/v1/collections/{collection}/items";
        var links = new JsonArray(new JsonObject { ["rel"] = "self", ["type"] = "application/geo+json", ["href"] = self + context.Request.QueryString });
        if (offset + limit < selected.Count)
        {
            links.Add(new JsonObject
            {
                ["rel"] = "next",
                ["type"] = "application/geo+json",
                ["title"] = "Next page",
                ["href"] = $"{self}?f=json&limit={limit}&gemeentecode={gemeente}&cursor={offset + limit}",
            });
        }

        var body = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["timeStamp"] = "2026-01-01T00:00:00Z",
            ["links"] = links,
            ["features"] = new JsonArray([.. page]),
            ["numberReturned"] = page.Count,
        };
        context.Response.ContentType = "application/geo+json";
        await Serve(context, body.ToJsonString(), offset / limit + 1);
    }

    private async Task Serve(HttpContext context, string json, int page)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (Faults.ResetFromPage is { } from && page >= from && (Faults.ResetTimes is not { } times || Interlocked.Increment(ref _resets) <= times))
        {
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        if (Faults.TruncatePage == page)
        {
            bytes = bytes[..(bytes.Length / 2)];
        }

        context.Response.ContentType ??= "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    private static Task Json(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    [GeneratedRegex(@"startswith\((?<key>\w+),\s*'(?<prefix>[A-Z]{2}[0-9]*)'\)")]
    private static partial Regex StartsWith();
}
