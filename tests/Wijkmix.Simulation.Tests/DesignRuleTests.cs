using System.Reflection;
using System.Text.RegularExpressions;

namespace Wijkmix.Simulation.Tests;

/// <summary>Design rules as tests: the simulation repeats exactly and stays out of I/O layers.</summary>
public sealed partial class DesignRuleTests
{
    [GeneratedRegex(@"DateTime\.(Now|UtcNow|Today)|Random\.Shared|new Random\(|Environment\.TickCount|Guid\.NewGuid")]
    private static partial Regex Unrepeatable();

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "src", "Wijkmix.Simulation"));

    [Fact]
    public void Simulation_NeverReadsTheClockOrAnUnseededRandom()
    {
        var offenders = Directory.EnumerateFiles(SourceDirectory(), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => Unrepeatable().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Simulation_ReferencesNoStoreOrWebAssembly()
    {
        var references = typeof(Simulator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Wijkmix.Segregation", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Wijkmix.Data", StringComparison.Ordinal) || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || r.Contains("Sqlite", StringComparison.Ordinal));
        _ = Assembly.GetExecutingAssembly();
    }
}
