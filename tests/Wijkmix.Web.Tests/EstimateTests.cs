using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Crosswalk;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;

namespace Wijkmix.Web.Tests;

/// <summary>The application with the bundled data and the gemeente crosswalk 2019 → 2022 for Dijk en Waard stored before the first request.</summary>
public sealed class CrosswalkedApp : RunningApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var store = WijkmixStore.Open(StorePath);
        CrosswalkRun.Run(store, AreaLevel.Municipality, 2019, 2022, [AreaCode.Parse("GM1980")]);
    }
}

/// <summary>An estimate is marked as one, with its method, on the page, in the API and in the export.</summary>
public sealed class EstimateTests(CrosswalkedApp app) : IClassFixture<CrosswalkedApp>
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Profile_page_marks_the_estimate_and_names_the_method()
    {
        var html = await _client.GetStringAsync(new Uri("/profiel/GM1980?jaar=2021", UriKind.Relative));
        Assert.Contains("≈ 86.722", html, StringComparison.Ordinal); // Heerhugowaard 58,387 + Langedijk 28,335, CBS KWB 2021
        Assert.Contains("≈ = geschat uit een eerdere gebiedsindeling (gebiedsgewogen uit gemeenten 2019, indeling 2022)", html, StringComparison.Ordinal);

        var published = await _client.GetStringAsync(new Uri("/profiel/GM1980?jaar=2022", UriKind.Relative));
        Assert.Contains(">87.695<", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_gives_status_method_and_method_in_words()
    {
        using var response = await _client.GetAsync(new Uri("/api/profile/GM1980?year=2021&lang=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.Content.ReadFromJsonAsync<JsonElement>();
        var value = profile.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "inhabitants").GetProperty("value");
        Assert.Equal(86_722, value.GetProperty("value").GetDouble(), 6);
        Assert.Equal("estimated", value.GetProperty("status").GetString());
        Assert.Equal("area-weighted:gemeente-2019:gemeente-2022", value.GetProperty("method").GetString());
        Assert.False(string.IsNullOrEmpty(value.GetProperty("methodText").GetString()));
    }

    [Fact]
    public async Task Export_has_status_estimated_and_the_method()
    {
        var csv = await _client.GetStringAsync(new Uri("/api/export/profile?area=GM1980&year=2021&format=csv", UriKind.Relative));
        Assert.Contains(",2021,inhabitants,86722,estimated,area-weighted:gemeente-2019:gemeente-2022", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_results_from_the_monitor_never_call_an_estimate_a_CBS_figure()
    {
        var views = app.Services.GetRequiredService<MonitorViews>();
        var points = GoalFigures.Cbs(views, "inhabitants", "GM1980");
        var estimated = points.Single(p => p.Year == 2021);
        Assert.Equal(86_722, estimated.Value!.Value, 6);
        Assert.StartsWith("geschat door Wijkmix, geen CBS-cijfer (", estimated.Source, StringComparison.Ordinal);
        Assert.Equal("bron: CBS Kerncijfers wijken en buurten 2022", points.Single(p => p.Year == 2022).Source);
    }
}
