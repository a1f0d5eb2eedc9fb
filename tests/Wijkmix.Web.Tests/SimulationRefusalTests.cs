using System.Net;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.SimulationInput;

namespace Wijkmix.Web.Tests;

/// <summary>
/// A gemeente whose units have no housing figures of their own (Tilburg: the bundled KWB 2024 wijken have no tenure
/// columns) is not offered the simulation form: the page says why instead of filling the gemeente's stock into every wijk.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed class SimulationRefusalTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Tilburg_ShowsWhyItCannotBeSimulated_AndNoForm()
    {
        using var store = WijkmixStore.Open(app.StorePath);
        var figures = SimulationFigures.Read(store, AreaCode.Parse("GM0855"))!;
        Assert.NotEmpty(figures.Missing);

        using var response = await _client.GetAsync(new Uri("/simulatie?gemeente=GM0855", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tilburg kan niet per wijk gesimuleerd worden: de opgeslagen cijfers (KWB 2024) geven per wijk niet het aandeel koopwoningen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"herhalingen\"", html, StringComparison.Ordinal);
    }
}
