using System.Diagnostics;

namespace Wijkmix.Web.Tests;

/// <summary>The Python and R examples in docs/voorbeelden run against the running app and print the CBS figures.</summary>
[Collection(WithDemoData.Name)]
public sealed class ExamplesTests(RunningApp app)
{
    [Fact]
    public async Task Python_example_reads_the_csv_the_map_and_the_refusal()
    {
        var lines = await RunAsync("python3", "wijkmix_api.py");
        Assert.Contains("profile GM0344 Utrecht 2024 inhabitants 374238.0", lines);
        Assert.Contains(lines, l => l.StartsWith("profile GM0344 Utrecht 2024 households_one_person_share ", StringComparison.Ordinal));
        Assert.Equal(3, lines.Count(l => l.StartsWith("map WK0344", StringComparison.Ordinal)));
        // The 28 indicators and every other variable of the catalogue (decision 0023).
        Assert.Contains($"refused 400 indicator inwoners {Wijkmix.Monitor.Catalogue.StoreCatalogue.IndicatorIds.Count} allowed", lines);
    }

    [Fact]
    public async Task R_example_reads_both_csvs_the_map_and_the_refusal()
    {
        var lines = await RunAsync("Rscript", "wijkmix_api.R");
        Assert.Contains("profile GM0344 Utrecht 2024 inhabitants 374238.0", lines);
        Assert.Contains(lines, l => l.StartsWith("profile GM0344 Utrecht 2024 households_one_person_share ", StringComparison.Ordinal));

        // read.csv2 reads the Dutch CSV as numbers, with as many rows as the international one and the same value.
        Assert.Contains("csv-nl rows", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("same as csv TRUE numeric TRUE", lines[2], StringComparison.Ordinal);
        Assert.Contains("csv-nl households_one_person_share equal TRUE", lines);
        Assert.Equal(3, lines.Count(l => l.StartsWith("map WK0344", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("refused 400 indicator inwoners ", StringComparison.Ordinal) && l.EndsWith(" allowed", StringComparison.Ordinal));
    }

    /// <summary>Runs an example of docs/voorbeelden with the app's address and returns its output lines (trimmed).</summary>
    private async Task<string[]> RunAsync(string program, string example)
    {
        var script = Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "docs", "voorbeelden", example);
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(app.BaseAddress.ToString());
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).ToArray();
    }
}
