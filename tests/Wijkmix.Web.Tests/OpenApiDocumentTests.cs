using System.Net;
using System.Text.Json;

namespace Wijkmix.Web.Tests;

/// <summary>
/// The OpenAPI document the running app serves, written to <c>artifacts/openapi/v1.json</c> for CI's Redocly lint
/// (<c>.ci/run</c>), and checked here for the rules an API user relies on whatever linter runs: an operation id on every
/// operation, a description on every parameter, the allowed values of the choice parameters, and the 4xx answers.
/// </summary>
[Collection(WithDemoData.Name)]
public sealed class OpenApiDocumentTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<JsonElement> Document()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "openapi");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "v1.json"), text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The folder holding Wijkmix.slnx, above the test's output folder.</summary>
    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Wijkmix.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Wijkmix.slnx not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch")
            .Select(m => (p.Name, m.Name, m.Value)));

    [Fact]
    public async Task Document_is_written_and_lists_the_api()
    {
        var doc = await Document();
        Assert.Contains(Operations(doc), o => o.Path == "/api/map");
    }

    [Fact]
    public async Task Every_operation_has_an_id_described_parameters_and_4xx_problem_answers()
    {
        var doc = await Document();
        var operations = Operations(doc).ToList();
        Assert.Equal(9, operations.Count);
        var ids = operations.Select(o => o.Operation.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("getSegregationGeojson", ids);
        foreach (var (path, _, operation) in operations)
        {
            foreach (var parameter in operation.GetProperty("parameters").EnumerateArray())
            {
                var name = parameter.GetProperty("name").GetString()!;
                Assert.True(char.IsLower(name[0]), $"{path} {name}");
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{path} {name}");
            }

            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("400", out var bad), path);
            Assert.True(bad.GetProperty("content").TryGetProperty("application/problem+json", out _), path);
        }
    }

    [Fact]
    public async Task Choice_parameters_list_their_allowed_values_and_the_old_name_is_deprecated()
    {
        var doc = await Document();
        var map = Operations(doc).Single(o => o.Path == "/api/map").Operation.GetProperty("parameters").EnumerateArray().ToList();
        JsonElement Parameter(string name) => map.Single(p => p.GetProperty("name").GetString() == name);
        var indicators = Parameter("indicator").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.Equal(Wijkmix.Monitor.Catalogue.StoreCatalogue.IndicatorIds.Count, indicators.Count);
        Assert.Contains("lbm_score", indicators);
        Assert.Contains("households_low_income_pct", indicators);
        Assert.Contains("wijk", Parameter("level").GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(Parameter("municipality").GetProperty("deprecated").GetBoolean());
        Assert.False(Parameter("area").TryGetProperty("deprecated", out var d) && d.GetBoolean());
        var export = Operations(doc).Single(o => o.Path == "/api/export/{view}").Operation.GetProperty("parameters").EnumerateArray();
        Assert.Equal(["csv", "csv-nl", "xlsx", "json"], export.Single(p => p.GetProperty("name").GetString() == "format")
            .GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }
}
