using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Wijkmix.Web.Tests;

/// <summary>
/// One parameter vocabulary across the API: an unknown choice is a 400 problem document naming the parameter and the
/// values it allows (indicator=bogus used to answer with inhabitants), and area= and municipality= are one parameter.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed class ApiVocabularyTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<(HttpResponseMessage Response, JsonElement Body)> Get(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement : default);
    }

    [Theory]
    [InlineData("/api/map?level=wijk&area=GM0344&indicator=bogus", "indicator", "bogus", "inhabitants")]
    [InlineData("/api/map/geojson?level=straat&area=GM0344", "level", "straat", "buurt")]
    [InlineData("/api/compass/GM0344?indicators=inhabitants,bogus", "indicators", "bogus", "households_low_income_pct")]
    [InlineData("/api/segregation/GM0344?grouping=kleur", "grouping", "kleur", "origin")]
    [InlineData("/api/export/profile?area=GM0344&format=pdf", "format", "pdf", "csv-nl")]
    [InlineData("/api/export/profile?area=GM0344&rounding=some", "rounding", "some", "none")]
    public async Task Unknown_value_is_a_400_problem_naming_the_parameter_and_the_allowed_values(string path, string parameter, string value, string oneAllowed)
    {
        var (response, problem) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(value, problem.GetProperty("value").GetString());
        Assert.Contains(oneAllowed, problem.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains($"\"{value}\" voor {parameter}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/map?area=GM0344&level=wijk&year=abc", "year", "abc")]
    [InlineData("/api/export/profile?area=GM0344&year=2024.5", "year", "2024.5")]
    [InlineData("/api/segregation/GM0344?compareYear=vorig", "compareYear", "vorig")]
    [InlineData("/api/segregation/GM0344?replicates=-1", "replicates", "-1")]
    public async Task Number_that_is_not_whole_is_a_400_problem_naming_the_parameter(string path, string parameter, string value)
    {
        var (response, problem) = await Get(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Equal(value, problem.GetProperty("value").GetString());
        Assert.Equal($"Ongeldige waarde \"{value}\" voor {parameter}: geef een geheel getal, zoals 2024.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Problem_is_worded_in_english_on_request_and_lists_every_indicator()
    {
        var (_, problem) = await Get("/api/map?indicator=bogus&taal=en");
        Assert.StartsWith("Unknown value \"bogus\" for indicator: choose from inhabitants, households,", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The 28 indicators and every other variable of the catalogue (decision 0023).
        Assert.Equal(Wijkmix.Monitor.Catalogue.StoreCatalogue.IndicatorIds.Count, problem.GetProperty("allowed").GetArrayLength());
    }

    [Fact]
    public async Task Known_values_in_any_case_still_answer()
    {
        var (response, map) = await Get("/api/map?level=Wijk&area=GM0344&indicator=INHABITANTS&year=2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("inhabitants", map.GetProperty("indicator").GetString());

        // An empty choice is no choice (the segregation page's links carry within= when none is set).
        var (empty, _) = await Get("/api/export/segregation?area=GM0344&grouping=origin&level=wijk&within=&year=2024&replicates=0&format=csv");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
    }

    [Fact]
    public async Task Area_and_municipality_are_one_parameter_on_the_map_and_the_downloads()
    {
        var byArea = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/map?area=GM0344&level=wijk&indicator=inhabitants&year=2024", UriKind.Relative));
        var byMunicipality = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/map?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024", UriKind.Relative));
        Assert.Equal("GM0344", byArea.GetProperty("municipality").GetString());
        Assert.Equal(byMunicipality.GetProperty("areas").GetRawText(), byArea.GetProperty("areas").GetRawText());
        Assert.Equal(10, byArea.GetProperty("areas").GetArrayLength());

        var profileByArea = await _client.GetStringAsync(new Uri("/api/export/profile?area=GM0344&year=2024", UriKind.Relative));
        var profileByMunicipality = await _client.GetStringAsync(new Uri("/api/export/profile?municipality=GM0344&year=2024", UriKind.Relative));
        Assert.Contains("GM0344,Utrecht,area,2024,inhabitants,374238,published,", profileByArea, StringComparison.Ordinal);
        Assert.Equal(profileByArea, profileByMunicipality);
    }
}
