using System.Globalization;
using System.Net;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Store;

namespace Wijkmix.Web.Tests;

/// <summary>
/// Vergelijken: areas of different levels and gemeenten side by side, by code or name, with the published figures read
/// from the store here (not from the page's own answers), and the refusals.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed class ComparePageTests(RunningApp app)
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    private readonly HttpClient _client = app.Client();

    private async Task<(HttpStatusCode Status, string Html)> Get(string query)
    {
        using var response = await _client.GetAsync(new Uri("/vergelijk?" + query, UriKind.Relative));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task UtrechtOvervechtAndAmsterdam_ByNameAndCode_ShowTheirPublishedInhabitants()
    {
        using var store = WijkmixStore.Open(app.StorePath);
        // Every source the store holds for 2024 (gemeente files, the KWB OData table, the boundary attributes) agrees.
        double Inhabitants(string code) => store.Get([AreaCode.Parse(code)], ["inhabitants"]).Where(o => o.Year == 2024).Select(o => o.Value!.Value).Distinct().Single();

        var (status, html) = await Get("gebieden=" + Uri.EscapeDataString("Utrecht, WK034403, gm0363") + "&jaar=2024&indicator=inhabitants");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("De gebieden naast elkaar, 2024", html, StringComparison.Ordinal);
        foreach (var code in new[] { "GM0344", "WK034403", "GM0363" })
        {
            Assert.Contains($"<a href=\"/profiel/{code}?jaar=2024\">", html, StringComparison.Ordinal);
            Assert.Contains(Inhabitants(code).ToString("N0", Dutch), html, StringComparison.Ordinal);
        }

        Assert.Contains("Verloop: Inwoners", html, StringComparison.Ordinal);
        Assert.Contains("/vergelijk?gebieden=GM0344,WK034403,GM0363&jaar=2024&indicator=inhabitants", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOrTooFewAreas_AreNamed()
    {
        var (_, unknown) = await Get("gebieden=" + Uri.EscapeDataString("Utrecht, Qwxzvq"));
        var (_, many) = await Get("gebieden=GM0344,GM0363,GM0518,GM0599,GM0637,GM0855,GM0141");

        Assert.Contains("Geen gebied gevonden voor \"Qwxzvq\".", unknown, StringComparison.Ordinal);
        Assert.Contains("Geef ten minste 2 gebieden die Wijkmix kent.", unknown, StringComparison.Ordinal);
        Assert.Contains("Hoogstens 6 gebieden tegelijk; de eerste 6 zijn vergeleken (gegeven: 7).", many, StringComparison.Ordinal);
        Assert.Contains("De gebieden naast elkaar", many, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_over_600_characters_is_refused_without_a_search()
    {
        // Six names of 100 characters and their separators: 605 characters, each piece a real gemeente name padded.
        var (status, html) = await Get("gebieden=" + Uri.EscapeDataString(string.Join(", ", Enumerable.Repeat("Utrecht".PadRight(99, 'x'), 6))));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("De invoer is te lang; geef hoogstens 600 tekens.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen gebied gevonden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("De gebieden naast elkaar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimilarToUtrecht_SameUrbanityAndSizeClass_ClosestInInhabitantsFirst()
    {
        using var store = WijkmixStore.Open(app.StorePath);
        var figures = store.GetAtLevel(AreaLevel.Municipality, ["inhabitants", "urbanity"]);
        var year = figures.Where(o => o.Area.Value == "GM0344" && o.VariableId == "urbanity" && o.Value is not null).Max(o => o.Year);
        var inYear = figures.Where(o => o.Year == year && o.Value is not null).GroupBy(o => o.Area.Value)
            .Where(g => g.Select(o => o.VariableId).Distinct().Count() == 2)
            .ToDictionary(g => g.Key, g => (Inhabitants: g.First(o => o.VariableId == "inhabitants").Value!.Value, Urbanity: g.First(o => o.VariableId == "urbanity").Value!.Value));
        var utrecht = inYear["GM0344"];
        // Utrecht has more than 250,000 inhabitants: its peers are the other gemeenten of that class and its urbanity.
        var expected = inYear.Where(p => p.Key != "GM0344" && p.Value.Urbanity == utrecht.Urbanity && p.Value.Inhabitants >= 250_000)
            .OrderBy(p => Math.Abs(Math.Log(p.Value.Inhabitants / utrecht.Inhabitants))).Take(5).Select(p => p.Key).ToList();
        Assert.InRange(expected.Count, 2, 5);

        var (_, html) = await Get("soortgelijk=GM0344");

        Assert.Contains($"de {expected.Count} die in inwonertal het dichtst bij liggen", html, StringComparison.Ordinal);
        Assert.Contains($"KWB {year}", html, StringComparison.Ordinal);
        Assert.Contains($"/vergelijk?gebieden=GM0344,{string.Join(',', expected)}&jaar=", html, StringComparison.Ordinal);
    }
}
