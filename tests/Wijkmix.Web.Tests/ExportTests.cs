using System.Net;
using System.Text.Json;
using MiniExcelLibs;

namespace Wijkmix.Web.Tests;

/// <summary>Every view downloads as CSV, XLSX and JSON with the same rows.</summary>
[Collection(WithDemoData.Name)]
public sealed class ExportTests(RunningApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<(byte[] Body, HttpResponseMessage Response)> Download(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }

    [Fact]
    public async Task Profile_export_is_the_same_table_in_csv_xlsx_and_json()
    {
        var (csv, csvResponse) = await Download("/api/export/profile?area=GM0344&year=2024&format=csv");
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("profiel-GM0344-2024.csv", csvResponse.Content.Headers.ContentDisposition?.FileNameStar ?? csvResponse.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal((byte)'a', csv[0]);
        var lines = System.Text.Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("area_code,area_name,role,year,variable,value,status,method", lines[0]);
        Assert.Contains("GM0344,Utrecht,area,2024,inhabitants,374238,published,", lines);
        Assert.Contains("NL00,Nederland,country,2024,inhabitants,17942942,computed,", lines);

        var (xlsx, _) = await Download("/api/export/profile?area=GM0344&year=2024&format=xlsx");
        using var sheet = new MemoryStream(xlsx);
        var rows = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(lines.Count - 1, rows.Count);
        Assert.Contains(rows, r => (string?)r["Gebiedscode"] == "GM0344" && (string?)r["Variabele"] == "inhabitants" && Convert.ToDouble(r["Waarde"], System.Globalization.CultureInfo.InvariantCulture) == 374_238);

        var (json, _) = await Download("/api/export/profile?area=GM0344&year=2024&format=json");
        var array = JsonDocument.Parse(json).RootElement;
        Assert.Equal(lines.Count - 1, array.GetArrayLength());
    }

    [Fact]
    public async Task Compass_map_segregation_and_stored_exports_have_their_columns()
    {
        foreach (var (path, header) in new[]
                 {
                     ("/api/export/compass?area=GM0344&level=buurt&format=csv", "area_code,area_name,year,variable,value,status,city_value,gap,gap_change,signals,method"),
                     ("/api/export/map?municipality=GM0344&level=wijk&indicator=inhabitants&year=2024&format=csv", "area_code,area_name,year,variable,value,status,method"),
                     ("/api/export/segregation?area=GM0344&grouping=origin&level=wijk&year=2024&replicates=0&format=csv", "year,scope,index,group,value,lower,upper"),
                     ("/api/export/stored?area=GM0344&level=buurt&format=csv", "area_code,area_name,level,year,variable,value,status,source,method"),
                 })
        {
            var (body, response) = await Download(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = System.Text.Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
            Assert.StartsWith(header, text, StringComparison.Ordinal);
            Assert.True(text.Split('\n').Length > 10, path);
        }
    }

    [Fact]
    public async Task Suppressed_cells_export_as_empty_with_their_status()
    {
        var (body, _) = await Download("/api/export/stored?area=GM0344&level=buurt&format=csv");
        var text = System.Text.Encoding.UTF8.GetString(body);
        Assert.Contains(",,suppressed,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_or_view_is_refused_with_a_message()
    {
        var (_, format) = await Download("/api/export/profile?area=GM0344&format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        var (_, view) = await Download("/api/export/taart?area=GM0344&format=csv");
        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
    }
}
