using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wijkmix.Web.Tests;

/// <summary>The JSON API answers with the figures CBS publishes, for the bundled data.</summary>
[Collection(WithDemoData.Name)]
public sealed class ApiTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<JsonElement> Get(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Area(JsonElement map, string code) =>
        map.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("code").GetString() == code);

    [Fact]
    public async Task Municipality_search_forgives_a_typo()
    {
        var found = await Get("/api/municipalities?q=utrect");
        Assert.Equal("GM0344", found[0].GetProperty("code").GetString());
        Assert.Equal("Utrecht", found[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Map_of_all_gemeenten_shows_the_CBS_population_of_1_January_2024()
    {
        var map = await Get("/api/map?level=gemeente&indicator=inhabitants&year=2024");
        Assert.Equal(2024, map.GetProperty("year").GetInt32());
        Assert.Equal(374_238, Area(map, "GM0344").GetProperty("value").GetProperty("value").GetDouble());
        Assert.Equal(128_434, Area(map, "GM0637").GetProperty("value").GetProperty("value").GetDouble());
        Assert.Equal("374.238", Area(map, "GM0344").GetProperty("value").GetProperty("text").GetString());
        var legend = map.GetProperty("legend").EnumerateArray().ToList();
        Assert.Equal(5, legend.Count);
        Assert.All(map.GetProperty("areas").EnumerateArray(), a => Assert.True(a.GetProperty("hasBoundary").GetBoolean()));
    }

    [Fact]
    public async Task Map_of_Utrecht_wijken_and_buurten_has_boundaries_and_Amsterdams_new_buurten_are_listed_without()
    {
        var wijken = await Get("/api/map?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024");
        Assert.Equal(10, wijken.GetProperty("areas").GetArrayLength());
        Assert.All(wijken.GetProperty("areas").EnumerateArray(), a => Assert.True(a.GetProperty("hasBoundary").GetBoolean()));
        Assert.Equal([2019, 2021, 2023, 2024], wijken.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));

        // Utrecht's buurt codes of 2024 are those of the bundled national buurt map of 2019; Amsterdam's (re-coded in 2022) are not.
        var buurten = await Get("/api/map?municipality=GM0344&level=buurt&indicator=inhabitants&year=2024");
        Assert.True(buurten.GetProperty("areas").GetArrayLength() > 90);
        Assert.All(buurten.GetProperty("areas").EnumerateArray(), a => Assert.True(a.GetProperty("hasBoundary").GetBoolean()));
        var amsterdam = await Get("/api/map?municipality=GM0363&level=buurt&indicator=inhabitants&year=2024");
        Assert.True(amsterdam.GetProperty("areas").GetArrayLength() > 400);
        Assert.All(amsterdam.GetProperty("areas").EnumerateArray(), a => Assert.False(a.GetProperty("hasBoundary").GetBoolean()));

        using var geo = await _client.GetAsync(new Uri("/api/map/geojson?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024", UriKind.Relative));
        Assert.Equal("application/geo+json", geo.Content.Headers.ContentType?.MediaType);
        var features = (await geo.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("features");
        Assert.Equal(10, features.GetArrayLength());
        Assert.Contains(features[0].GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" });
        Assert.Equal(Area(wijken, "WK034401").GetProperty("value").GetProperty("value").GetDouble(),
            features.EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("code").GetString() == "WK034401").GetProperty("properties").GetProperty("value").GetDouble());
    }

    [Fact]
    public async Task Profile_sets_Utrecht_beside_the_Netherlands_with_its_trend()
    {
        var profile = await Get("/api/profile/GM0344?year=2021");
        var inhabitants = profile.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "inhabitants");
        Assert.Equal(359_370, inhabitants.GetProperty("value").GetProperty("value").GetDouble());
        Assert.Equal(17_475_415, inhabitants.GetProperty("country").GetProperty("value").GetDouble());
        Assert.Equal("computed", inhabitants.GetProperty("country").GetProperty("status").GetString());

        var trend = profile.GetProperty("trends").EnumerateArray().Single(t => t.GetProperty("indicator").GetString() == "inhabitants");
        var byYear = trend.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32(), p => p.GetProperty("area").GetProperty("value").GetDouble());
        Assert.Equal(367_947, byYear[2023]);
        Assert.Equal(374_238, byYear[2024]);
    }

    [Fact]
    public async Task Compass_flags_follow_their_rule_on_real_data()
    {
        var compass = await Get("/api/compass/GM0363?level=wijk");
        var rules = compass.GetProperty("rules");
        var rows = compass.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("signals").GetString()!.Contains("falling_behind", StringComparison.Ordinal));
        foreach (var r in rows.Where(r => r.GetProperty("signals").GetString()!.Contains("falling_behind", StringComparison.Ordinal)))
        {
            var gap = Math.Abs(r.GetProperty("gap").GetDouble());
            var city = Math.Abs(r.GetProperty("city").GetProperty("value").GetDouble());
            Assert.True(gap >= rules.GetProperty("pointsThreshold").GetDouble() || gap >= rules.GetProperty("relativeThreshold").GetDouble() * city,
                $"{r.GetProperty("code")} {r.GetProperty("indicator")}: gap {gap} is below both thresholds");
        }
    }

    [Fact]
    public async Task Segregation_of_Utrecht_wijken_by_origin_matches_the_textbook_formula_on_the_CBS_counts()
    {
        var seg = await Get("/api/segregation/GM0344?grouping=origin&level=wijk&year=2024&replicates=200");
        Assert.Equal(10, seg.GetProperty("units").GetInt32());
        var outside = seg.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "outside_europe");
        Assert.Equal(DissimilarityFromStore("origin_outside_europe", ["origin_europe", "origin_dutch"]), outside.GetProperty("dissimilarity").GetDouble(), 9);
        var d = seg.GetProperty("indices").EnumerateArray().Single(i => i.GetProperty("index").GetString() == "D");
        Assert.InRange(d.GetProperty("value").GetDouble(), d.GetProperty("lower").GetDouble(), d.GetProperty("upper").GetDouble());
        var shares = seg.GetProperty("decomposition").EnumerateArray().Sum(c => c.GetProperty("share").GetDouble());
        Assert.Equal(1.0, shares, 9);
    }

    /// <summary>D = ½ Σ |aᵢ/A − bᵢ/B| over Utrecht's wijken in 2024, computed here from the stored CBS counts.</summary>
    private double DissimilarityFromStore(string group, string[] rest)
    {
        using var store = Data.Store.WijkmixStore.Open(app.StorePath);
        var wijken = store.AreasWithin(Core.Areas.AreaCode.Parse("GM0344"), Core.Areas.AreaLevel.District).Select(a => a.Code).ToArray();
        var counts = store.Get(wijken, [group, .. rest]).Where(o => o.Year == 2024)
            .ToDictionary(o => (o.Area, o.VariableId), o => o.Value!.Value);
        var a = wijken.Select(w => counts[(w, group)]).ToArray();
        var b = wijken.Select(w => rest.Sum(r => counts[(w, r)])).ToArray();
        return 0.5 * a.Zip(b).Sum(p => Math.Abs((p.First / a.Sum()) - (p.Second / b.Sum())));
    }

    [Fact]
    public async Task Segregation_change_between_two_years_adds_up()
    {
        var seg = await Get("/api/segregation/GM0344?grouping=migration&level=buurt&year=2021&compareYear=2019&replicates=0");
        var parts = seg.GetProperty("change").GetProperty("parts");
        var sum = parts.EnumerateObject().Where(p => p.Name != "total").Sum(p => p.Value.GetDouble());
        Assert.Equal(parts.GetProperty("total").GetDouble(), sum, 9);
        Assert.Equal(2019, seg.GetProperty("change").GetProperty("from").GetInt32());
    }

    [Fact]
    public async Task Unknown_area_is_a_404_problem_in_the_requested_language()
    {
        using var dutch = await _client.GetAsync(new Uri("/api/profile/WK999999", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, dutch.StatusCode);
        Assert.Equal("application/problem+json", dutch.Content.Headers.ContentType?.MediaType);
        Assert.Contains("staat niet in de opslag", (await dutch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var english = await _client.GetAsync(new Uri("/api/profile/WK999999?taal=en", UriKind.Relative));
        Assert.Contains("is not in the store", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_every_endpoint()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/municipalities", "/api/map", "/api/map/geojson", "/api/profile/{code}", "/api/compass/{code}", "/api/segregation/{code}", "/api/export/{view}" })
        {
            Assert.Contains(expected, paths);
        }
    }
}
