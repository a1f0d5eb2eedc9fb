using System.Diagnostics;

namespace Wijkmix.Web.Tests;

/// <summary>The Python example in docs/voorbeelden runs against the running app and prints the CBS figures.</summary>
[Collection(WithDemoData.Name)]
public sealed class ExamplesTests(RunningApp app)
{
    [Fact]
    public async Task Python_example_reads_the_csv_the_map_and_the_refusal()
    {
        var script = Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "docs", "voorbeelden", "wijkmix_api.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(app.BaseAddress.ToString());
        using var python = Process.Start(start)!;
        var output = await python.StandardOutput.ReadToEndAsync();
        var errors = await python.StandardError.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, errors);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("profile GM0344 Utrecht 2024 inhabitants 374238.0", lines);
        Assert.Contains(lines, l => l.StartsWith("profile GM0344 Utrecht 2024 households_one_person_share ", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.StartsWith("map WK0344", StringComparison.Ordinal)));
        // The 28 indicators and every other variable of the catalogue (decision 0023).
        Assert.Contains($"refused 400 indicator inwoners {Wijkmix.Monitor.Catalogue.StoreCatalogue.IndicatorIds.Count} allowed", lines);
    }
}
