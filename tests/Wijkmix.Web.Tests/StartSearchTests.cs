using System.Net;

namespace Wijkmix.Web.Tests;

/// <summary>The start page finds wijken and buurten by name, not only gemeenten ("Zuilen" found nothing).</summary>
[Collection(WithDemoData.Name)]
public sealed class StartSearchTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<string> Search(string query) =>
        WebUtility.HtmlDecode(await _client.GetStringAsync(new Uri("/?zoek=" + Uri.EscapeDataString(query), UriKind.Relative)));

    [Fact]
    public async Task Zuilen_FindsTheBuurtenAndWijkenOfThatName_WithTheirGemeenteAndProfileLink()
    {
        var html = await Search("Zuilen");

        Assert.Contains("Gevonden wijken en buurten", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/profiel/BU03440244\">Zuilen-Noord</a> (buurt in Utrecht, BU03440244)", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/profiel/WK190411\">Wijk 11 Oud Zuilen</a> (wijk in Stichtse Vecht, WK190411)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geen gemeente gevonden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGemeentesName_StillOpensTheGemeente_WithoutPlaces()
    {
        var html = await Search("Utrecht");

        Assert.DoesNotContain("Gevonden wijken en buurten", html, StringComparison.Ordinal);
        Assert.Contains("GM0344", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingFound_SaysSo()
    {
        var html = await Search("Qwxzv");

        Assert.Contains("Geen gemeente gevonden voor \"Qwxzv\"", html, StringComparison.Ordinal);
    }
}
