using Wijkmix.Data.Demo;
using Wijkmix.Data.Store;

namespace Wijkmix.Cli.Tests;

/// <summary>Runs <c>wijkmix</c> in-process and captures what it prints and its exit code.</summary>
public sealed record CliRun(int ExitCode, string Output);

/// <summary>A real store with the bundled CBS data, built once for the tests of a class.</summary>
public sealed class DemoStoreFile : IDisposable
{
    public DemoStoreFile()
    {
        Directory.CreateDirectory(Folder);
        using var store = WijkmixStore.Open(Path);
        BundledData.ImportInto(store);
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wijkmix-cli-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "demo.db");

    public CliRun Run(params string[] args) => Cli.Run(["--store", Path, .. args]);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public static class Cli
{
    public static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        var code = WijkmixApp.Run(args, output, output, width: 200);
        return new CliRun(code, output.ToString());
    }
}
