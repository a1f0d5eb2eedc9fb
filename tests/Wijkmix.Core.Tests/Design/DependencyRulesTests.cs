using System.Reflection;
using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Tests.Design;

/// <summary>Design rules as tests: the domain stays free of I/O and storage types.</summary>
public class DependencyRulesTests
{
    [Fact]
    public void Core_ReferencesOnlyTheFramework()
    {
        var references = typeof(AreaCode).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal) || name == "netstandard", name));
    }

    [Fact]
    public void Core_UsesNoFileOrDatabaseTypes()
    {
        var forbidden = new[] { "System.IO.File", "System.IO.FileStream", "System.IO.Directory", "System.Data." };
        var used = typeof(AreaCode).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Select(t => t.FullName ?? t.Name)
            .Where(n => forbidden.Any(f => n.StartsWith(f, StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(used);
    }
}
