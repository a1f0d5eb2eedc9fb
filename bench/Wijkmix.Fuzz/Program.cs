using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Wijkmix.Fuzz;

// wijkmix-fuzz [--inputs N] [--seed S] [--importer NAME] [--out DIR]
// Without --importer every importer runs in its own process with a 1 GiB managed heap, so each peak memory
// figure is that importer's and an input that needs more memory fails as a crash.
var inputs = Option("--inputs", 10_000);
var seed = Option("--seed", 1);
var importer = Text("--importer");
var output = Text("--out") ?? Path.Combine(Path.GetTempPath(), "wijkmix-fuzz-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

if (importer is not null && Text("--explain") is { } explain)
{
    // What the importer and the canonical file make of one saved input, fact by fact.
    var target = FuzzTargets.All.Single(t => t.Name == importer);
    var product = target.Product(explain);
    var canonical = target.Canonical(File.ReadAllBytes(explain));
    Console.WriteLine(product.Accepted ? $"aanvaard, {product.Facts.Count} feiten" : "geweigerd: " + product.Problem);
    if (canonical is not null)
    {
        var copy = Path.Combine(Path.GetTempPath(), "wijkmix-fuzz-canonical", target.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllBytes(copy, canonical);
        var reference = target.Product(copy);
        Console.WriteLine(reference.Accepted ? $"referentie: {reference.Facts.Count} feiten" : "referentie geweigerd: " + reference.Problem);
        product.Facts.Except(reference.Facts).Take(20).ToList().ForEach(f => Console.WriteLine("+ " + f));
        reference.Facts.Except(product.Facts).Take(20).ToList().ForEach(f => Console.WriteLine("- " + f));
    }

    return 0;
}

if (importer is not null)
{
    var target = FuzzTargets.All.Single(t => t.Name == importer);
    var report = new FuzzRunner(target, Path.Combine(output, target.Name)).Run(inputs, seed, TimeSpan.FromSeconds(10));
    Console.WriteLine(JsonSerializer.Serialize(report));
    return report.Clean ? 0 : 1;
}

var reports = new List<FuzzReport>();
foreach (var target in FuzzTargets.All)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    // Each importer gets a managed heap of at most 1 GiB: an input that needs more ends as a crash (OutOfMemoryException).
    start.Environment["DOTNET_GCHeapHardLimit"] = "0x40000000";
    if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
    {
        start.ArgumentList.Add(typeof(FuzzRunner).Assembly.Location);
    }

    foreach (var argument in new[] { "--importer", target.Name, "--inputs", inputs.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--out", output })
    {
        start.ArgumentList.Add(argument);
    }

    using var child = Process.Start(start)!;
    var line = child.StandardOutput.ReadToEnd().Trim().Split('\n')[^1];
    child.WaitForExit();
    // A child that dies (the harness itself, or an out-of-memory) reports no figures: that importer counts as crashed.
    var report = line.StartsWith('{') ? JsonSerializer.Deserialize<FuzzReport>(line)!
        : new FuzzReport(target.Name, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, string.Empty, new Dictionary<string, double>(), [$"het proces stopte met code {child.ExitCode}"]);
    reports.Add(report);
    Console.Error.WriteLine($"{report.Importer}: {report.Inputs} invoer, {report.Seconds:0} s");
}

Console.WriteLine("| importer | inputs | accepted | refused | crashes | hangs > 10 s | wrong figures | store changed after refusal | accepted, reference refuses | peak working set | seconds |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in reports)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Importer} | {r.Inputs} | {r.Accepted} | {r.Refused} | {r.Crashes} | {r.Hangs} | {r.WrongFigures} | {r.StoreChanges} | {r.AcceptedReferenceRefused} | {r.PeakWorkingSetBytes / (1 << 20)} MB | {r.Seconds:0} |"));
}

foreach (var finding in reports.SelectMany(r => r.Findings.Select(f => r.Importer + ": " + f)))
{
    Console.WriteLine("- " + finding);
}

Console.WriteLine($"Vondsten en invoer: {output}");
return reports.All(r => r.Clean && r.PeakWorkingSetBytes < 1L << 30) ? 0 : 1;

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
