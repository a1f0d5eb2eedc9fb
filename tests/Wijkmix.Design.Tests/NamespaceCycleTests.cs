namespace Wijkmix.Design.Tests;

/// <summary>Namespaces form layers: no namespace of ours uses one that (through others) uses it back.</summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Namespaces_HaveNoCycles()
    {
        var graph = NamespaceGraph.Build();
        var cycles = NamespaceGraph.Cycles(graph);

        var report = cycles.Select(c => "cycle: " + string.Join(", ", c) + "\n  "
            + string.Join("\n  ", c.SelectMany(from => graph[from].Where(c.Contains).Select(to => $"{from} → {to}"))));
        Assert.True(cycles.Count == 0, $"{cycles.Count} namespace cycles (usings and qualified names under src/, .cshtml not read):\n"
            + string.Join('\n', report));
    }
}
