using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Wijkmix.Web.BrowserTests.WorkspaceSteps;

namespace Wijkmix.Web.BrowserTests.Map;

/// <summary>
/// Schatkaart places are set by clicking the map: the click fills latitude and longitude and shows a marker; once saved,
/// the server draws the new point where the click was (schatkaart.js inverts the server's projection, the server applies it).
/// </summary>
[Collection(WithBrowser.Name)]
public sealed class SchatkaartPickTests(BrowserSession session)
{
    [Fact]
    public async Task A_click_on_the_map_fills_the_coordinates_and_the_saved_point_lands_where_the_click_was()
    {
        var page = await session.NewPageAsync();
        await RegisterAsync(page, "Cor Coördinator", NewEmail("schatkaart"));
        var id = await CreateWorkspaceAsync(page, "Overvecht samen", "Gemeente Utrecht");
        await page.GotoAsync($"/werkruimte/{id}/schatkaart");
        var map = page.Locator("svg.schatkaart-map");
        await Expect(page.Locator("#plek-uitleg")).ToContainTextAsync("Klik op de kaart");
        await Expect(page.Locator("#breedtegraad")).ToHaveValueAsync(string.Empty);

        // Click the middle of the wijk's outline.
        var box = (await page.Locator("svg.schatkaart-map path.wijk").BoundingBoxAsync())!;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await map.ScrollIntoViewIfNeededAsync();
        box = (await page.Locator("svg.schatkaart-map path.wijk").BoundingBoxAsync())!;
        (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.Mouse.ClickAsync((float)x, (float)y);

        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var latitude = double.Parse(await page.Locator("#breedtegraad").InputValueAsync(), nl);
        var longitude = double.Parse(await page.Locator("#lengtegraad").InputValueAsync(), nl);
        // Overvecht (WK034403) lies between 52.10–52.13 N and 5.09–5.14 E.
        Assert.InRange(latitude, 52.10, 52.13);
        Assert.InRange(longitude, 5.09, 5.14);
        await Expect(page.Locator("svg.schatkaart-map .pick-marker")).ToHaveCountAsync(1);
        await Expect(page.Locator("#plek-gekozen")).ToContainTextAsync("Gekozen plek: " + await page.Locator("#breedtegraad").InputValueAsync());
        await MapAxe.AssertAccessibleAsync(session, page, "werkruimte-schatkaart-klik");

        // Typed coordinates move the marker (the typed fields remain the way without a mouse).
        await page.Locator("#lengtegraad").FillAsync("5,1");
        await page.Locator("#lengtegraad").DispatchEventAsync("change");
        await Expect(page.Locator("svg.schatkaart-map .pick-marker")).ToHaveAttributeAsync("data-lon", "5.1");
        await page.Locator("#lengtegraad").FillAsync(longitude.ToString("0.00000", nl));
        await page.Locator("#lengtegraad").DispatchEventAsync("change");

        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Moestuin Zambesidreef");
        await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
        var point = page.Locator("svg.schatkaart-map .point", new() { HasText = "1" }).Locator("circle");
        await Expect(point).ToHaveCountAsync(1);
        await point.ScrollIntoViewIfNeededAsync();
        var dot = (await point.BoundingBoxAsync())!;
        box = (await page.Locator("svg.schatkaart-map path.wijk").BoundingBoxAsync())!;
        // The same spot relative to the outline (the page may have moved): within 2 px.
        Assert.InRange(dot.X + (dot.Width / 2) - box.X, (box.Width / 2) - 2, (box.Width / 2) + 2);
        Assert.InRange(dot.Y + (dot.Height / 2) - box.Y, (box.Height / 2) - 2, (box.Height / 2) + 2);
    }
}
