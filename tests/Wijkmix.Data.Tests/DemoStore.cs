using Wijkmix.Data.Demo;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Tests;

/// <summary>A real SQLite store loaded once with the bundled CBS data, shared read-only by the tests of a class.</summary>
public sealed class DemoStore : IDisposable
{
    public DemoStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "wijkmix-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Store = WijkmixStore.Open(Path.Combine(Directory, "demo.db"));
        BundledData.ImportInto(Store);
    }

    public string Directory { get; }

    public WijkmixStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

/// <summary>Temporary files and stores for one test, removed afterwards.</summary>
public sealed class Scratch : IDisposable
{
    /// <summary>The staged ../shared/data/cbs folder beside the checkout, or null where it is absent.</summary>
    internal static string? FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "cbs");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "wijkmix-scratch-" + Guid.NewGuid().ToString("N"));

    public Scratch() => System.IO.Directory.CreateDirectory(Directory);

    public string File(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    public string File(string name, byte[] content)
    {
        var path = Path.Combine(Directory, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public WijkmixStore Store(string name = "store.db") => WijkmixStore.Open(Path.Combine(Directory, name));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>The repository's bundled data folder as copied beside the tests.</summary>
    public static string Bundled(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", "cbs", .. parts]);
}
