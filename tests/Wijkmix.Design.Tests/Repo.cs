using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Wijkmix.Design.Tests;

/// <summary>The repository on disk and the assemblies the build put next to the tests.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Src => Path.Combine(Root, "src");

    /// <summary>Our projects and the file name of the assembly each builds.</summary>
    public static readonly IReadOnlyDictionary<string, string> AssemblyFiles = new Dictionary<string, string>
    {
        ["Wijkmix.Core"] = "Wijkmix.Core.dll",
        ["Wijkmix.Data"] = "Wijkmix.Data.dll",
        ["Wijkmix.Monitor"] = "Wijkmix.Monitor.dll",
        ["Wijkmix.Segregation"] = "Wijkmix.Segregation.dll",
        ["Wijkmix.Simulation"] = "Wijkmix.Simulation.dll",
        ["Wijkmix.Workspace"] = "Wijkmix.Workspace.dll",
        ["Wijkmix.Cli"] = "wijkmix.dll",
        ["Wijkmix.Web"] = "wijkmix-web.dll",
    };

    /// <summary>Assembly name → project name, for reading references (wijkmix → Wijkmix.Cli).</summary>
    public static string? ProjectOfAssembly(string assemblyName) =>
        AssemblyFiles.FirstOrDefault(p => string.Equals(
            Path.GetFileNameWithoutExtension(p.Value), assemblyName, StringComparison.Ordinal)).Key;

    public static string CsprojPath(string project) => Path.Combine(Src, project, project + ".csproj");

    /// <summary>Reads a built assembly's metadata without loading it.</summary>
    public static T ReadMetadata<T>(string project, Func<MetadataReader, T> read)
    {
        var path = Path.Combine(AppContext.BaseDirectory, AssemblyFiles[project]);
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }

    /// <summary>Every .cs file of ours under src/: no build output, no generated code, no migrations.</summary>
    public static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsExcluded(Path.GetRelativePath(Src, f)))
            .Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static bool IsExcluded(string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/');
        return parts.Any(p => p is "obj" or "bin" or "Migrations")
            || relative.EndsWith(".Designer.cs", StringComparison.Ordinal)
            || relative.EndsWith(".g.cs", StringComparison.Ordinal);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wijkmix.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Wijkmix.slnx not found above " + AppContext.BaseDirectory);
    }
}
