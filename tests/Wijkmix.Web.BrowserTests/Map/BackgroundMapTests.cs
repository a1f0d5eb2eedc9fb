using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Wijkmix.Web.Hosting;
using static Microsoft.Playwright.Assertions;

namespace Wijkmix.Web.BrowserTests.Map;

/// <summary>
/// The background map with a tile server on 127.0.0.1 in PDOK's path shape: the browser asks for the Web Mercator
/// z/x/y tiles over Utrecht (the CSP lets exactly that host through), the switch takes the tiles away and back, and
/// when the tile server is gone the areas are drawn all the same.
/// </summary>
[Collection(WithBrowser.Name)]
public sealed partial class BackgroundMapTests(BrowserSession session) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkmix-tiles-").FullName;
    private TileServer _tiles = null!;
    private WebApplication _app = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _tiles = await TileServer.StartAsync();
        // PDOK's template with the local host: https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{layer}/EPSG:3857/{z}/{x}/{y}.png
        var template = _tiles.BaseAddress.ToString().TrimEnd('/') + "/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";
        _app = WijkmixWeb.Build(["--urls", "http://127.0.0.1:0", "--Wijkmix:Store", Path.Combine(_folder, "wijkmix.db"),
            "--Wijkmix:BackgroundMap:Url", template, "--Wijkmix:BackgroundMap:Attribution", "Kaartgegevens © Kadaster"]);
        await _app.StartAsync();
        _address = new Uri(WijkmixWeb.Urls(_app)[0]);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _tiles.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the system.
        }
    }

    [Fact]
    public async Task Tiles_are_asked_at_the_documented_z_x_y_path_over_Utrecht_and_the_areas_work_without_them()
    {
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/kaart?gemeente=GM0344&niveau=wijk&indicator=inhabitants&jaar=2024");
        await Expect(page.Locator("#kaart.is-drawn")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('img.leaflet-tile')].some(i => i.complete && i.naturalWidth === 256)");
        await Expect(page.Locator(".leaflet-control-attribution")).ToContainTextAsync("Kaartgegevens © Kadaster");

        var tiles = _tiles.Requested.Select(p => TilePath().Match(p)).ToList();
        Assert.NotEmpty(tiles);
        Assert.All(tiles, t => Assert.True(t.Success, "every request has PDOK's {layer}/EPSG:3857/{z}/{x}/{y}.png shape"));
        var asked = tiles.Select(t => (Z: int.Parse(t.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            X: int.Parse(t.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Y: int.Parse(t.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        // Utrecht's centre (Domtoren, 52.0908 N 5.1214 E) in the Web Mercator tile grid at the zoom the map asked for.
        var z = asked[0].Z;
        Assert.InRange(z, 9, 14);
        Assert.Contains(Tile(52.0908, 5.1214, z), asked);

        // The switch takes the background away; the areas stay.
        await page.GetByLabel("Achtergrondkaart tonen").UncheckAsync();
        await Expect(page.Locator("img.leaflet-tile")).ToHaveCountAsync(0);
        await Expect(page.Locator("#kaart path.area")).ToHaveCountAsync(10);
        await page.GetByLabel("Achtergrondkaart tonen").CheckAsync();
        await Expect(page.Locator("img.leaflet-tile").First).ToBeVisibleAsync();
        await MapAxe.AssertAccessibleAsync(session, page, "kaart-achtergrondkaart");

        // The tile server gone (offline): the areas are drawn and open their profiles; failed tiles stay empty.
        await _tiles.DisposeAsync();
        await page.ReloadAsync();
        await Expect(page.Locator("#kaart.is-drawn")).ToBeVisibleAsync();
        await Expect(page.Locator("#kaart path.area")).ToHaveCountAsync(10);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('img.leaflet-tile').length > 0 && [...document.querySelectorAll('img.leaflet-tile')].every(i => i.hidden)");
        await page.Locator("#kaart path.area[data-code='WK034403']").ClickAsync(new() { Force = true });
        await page.WaitForURLAsync("**/profiel/WK034403?jaar=2024");
        await context.CloseAsync();
    }

    private static (int Z, int X, int Y) Tile(double latitude, double longitude, int z)
    {
        var n = Math.Pow(2, z);
        var phi = latitude * Math.PI / 180;
        return (z, (int)Math.Floor((longitude + 180) / 360 * n), (int)Math.Floor((1 - (Math.Log(Math.Tan(phi) + (1 / Math.Cos(phi))) / Math.PI)) / 2 * n));
    }

    [GeneratedRegex(@"^/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/(\d+)/(\d+)/(\d+)\.png$")]
    private static partial Regex TilePath();
}
