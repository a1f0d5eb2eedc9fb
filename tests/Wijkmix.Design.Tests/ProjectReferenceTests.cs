using System.Xml.Linq;

namespace Wijkmix.Design.Tests;

/// <summary>
/// Which project may reference which: read from the csproj files (what the build is told) and from
/// the compiled assemblies (what the code really uses). docs/architecture.md lists the same table.
/// </summary>
public sealed class ProjectReferenceTests
{
    /// <summary>Project → the projects of ours it may reference, and package prefixes it must not use.</summary>
    private static readonly (string Project, string[] MayReference, string[] ForbiddenPackages)[] Rules =
    [
        ("Wijkmix.Core", [], ["*"]),
        ("Wijkmix.Segregation", [], []),
        ("Wijkmix.Simulation", ["Wijkmix.Segregation"], []),
        ("Wijkmix.Data", ["Wijkmix.Core"], []),
        ("Wijkmix.Monitor", ["Wijkmix.Core", "Wijkmix.Segregation", "Wijkmix.Simulation"],
            ["Microsoft.Data.Sqlite", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore"]),
        ("Wijkmix.Workspace", ["Wijkmix.Monitor", "Wijkmix.Core", "Wijkmix.Segregation", "Wijkmix.Simulation"], []),
    ];

    [Fact]
    public void Projects_ReferenceOnlyWhatTheArchitectureAllows()
    {
        var offenders = new List<string>();
        foreach (var (project, allowed, forbidden) in Rules)
        {
            foreach (var reference in OurReferences(project).Where(r => !allowed.Contains(r)))
            {
                offenders.Add($"{project} → {reference}");
            }
            foreach (var package in Packages(project).Where(p => IsForbidden(p, forbidden)))
            {
                offenders.Add($"{project} → package or framework {package}");
            }
        }

        Assert.True(offenders.Count == 0, "References the architecture does not allow (docs/architecture.md):\n"
            + string.Join('\n', offenders.Distinct()));
    }

    [Fact]
    public void Workspace_ReferencesMonitorAndNotData()
    {
        var references = OurReferences("Wijkmix.Workspace").ToList();

        Assert.True(ProjectReferences("Wijkmix.Workspace").Contains("Wijkmix.Monitor"), "Wijkmix.Workspace must reference Wijkmix.Monitor");
        Assert.False(references.Contains("Wijkmix.Data"), "Wijkmix.Workspace references Wijkmix.Data; it reads figures through the monitor");
    }

    /// <summary>Our projects a project references, by csproj and by its compiled assembly.</summary>
    private static IEnumerable<string> OurReferences(string project) =>
        ProjectReferences(project).Concat(AssemblyReferences(project).Select(Repo.ProjectOfAssembly).OfType<string>())
            .Distinct().Order(StringComparer.Ordinal);

    private static IEnumerable<string> ProjectReferences(string project) =>
        Csproj(project).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/')));

    /// <summary>Package and framework references in the csproj, plus every non-framework assembly the code uses.</summary>
    private static IEnumerable<string> Packages(string project) =>
        Csproj(project).Descendants().Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Concat(AssemblyReferences(project).Where(a => Repo.ProjectOfAssembly(a) is null && !IsPlatform(a)));

    private static List<string> AssemblyReferences(string project) =>
        Repo.ReadMetadata(project, reader => reader.AssemblyReferences
            .Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList());

    private static XDocument Csproj(string project) => XDocument.Load(Repo.CsprojPath(project));

    private static bool IsForbidden(string package, string[] forbidden) =>
        forbidden.Any(f => f == "*" || package.StartsWith(f, StringComparison.Ordinal));

    /// <summary>The .NET runtime itself, which every project uses.</summary>
    private static bool IsPlatform(string assembly) =>
        assembly is "System.Runtime" or "netstandard" or "mscorlib"
        || assembly.StartsWith("System.", StringComparison.Ordinal)
        || assembly.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)
        || assembly == "Microsoft.CSharp" || assembly == "Microsoft.VisualBasic.Core";
}
