using Wijkmix.Fuzz;

namespace Wijkmix.Cli.Tests;

/// <summary>
/// A short run of the import fuzzing harness (bench/Wijkmix.Fuzz; the full run is 10,000 inputs per importer,
/// see bench/README.md): generated inputs from the real bundled files, each judged for crashes, hangs, figures
/// that differ from an independent parse or are implausible, and store changes after a refusal.
/// </summary>
public sealed class ImportFuzzTests
{
    public static TheoryData<string> Importers() => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Importers))]
    public void Generated_inputs_neither_crash_nor_store_wrong_figures(string importer)
    {
        var folder = Path.Combine(Path.GetTempPath(), "wijkmix-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            var target = FuzzTargets.All.Single(t => t.Name == importer);
            // 30 s, not the full run's 10 s: CI machines are shared and the short run must not fail on noise.
            var report = new FuzzRunner(target, folder).Run(inputs: 150, seed: 2026, TimeSpan.FromSeconds(30));

            Assert.True(report.Clean, string.Join(Environment.NewLine, report.Findings));
            Assert.Equal(150, report.Inputs);
            // The generator reaches both sides: some inputs are accepted, some refused.
            Assert.InRange(report.Accepted, 1, 149);
            Assert.InRange(report.Refused, 1, 149);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
