using System.Text.RegularExpressions;

namespace Wijkmix.Design.Tests;

/// <summary>
/// Which of our namespaces uses which, read from the .cs files under src/: a file's <c>namespace X;</c>
/// uses every namespace it names in a <c>using</c> (plain, static or alias) or in a fully-qualified name.
/// Razor views (.cshtml) are not read: they sit at the top of the web project and nothing uses them.
/// </summary>
internal static partial class NamespaceGraph
{
    public static Dictionary<string, SortedSet<string>> Build()
    {
        var files = Repo.SourceFiles().Select(f => (Text: File.ReadAllText(f), Namespace: DeclaredNamespace(f)))
            .Where(f => f.Namespace is not null).ToList();
        var known = files.Select(f => f.Namespace!).ToHashSet(StringComparer.Ordinal);
        // The resource classes generated at build time (Wijkmix.X.Resources) use nothing; without them as nodes a
        // using of them would count as a use of the project's root namespace.
        known.UnionWith(GeneratedResourceNamespaces());
        var graph = known.ToDictionary(n => n, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (text, from) in files)
        {
            foreach (Match m in QualifiedName().Matches(WithoutComments(text)))
            {
                if (KnownPrefix(m.Value, known) is { } used && used != from)
                {
                    graph[from!].Add(used);
                }
            }
        }
        return graph;
    }

    /// <summary>Strongly connected components of more than one namespace (Tarjan), each sorted.</summary>
    public static List<List<string>> Cycles(Dictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();

        void Visit(string node)
        {
            var order = index.Count;
            index[node] = order;
            low[node] = order;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph[node])
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }
            if (low[node] != index[node])
            {
                return;
            }
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            if (component.Count > 1)
            {
                cycles.Add([.. component.Order(StringComparer.Ordinal)]);
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal).Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return cycles;
    }

    private static string? DeclaredNamespace(string file)
    {
        var m = NamespaceLine().Match(File.ReadAllText(file));
        return m.Success ? m.Groups[1].Value : null;
    }

    private static IEnumerable<string> GeneratedResourceNamespaces() =>
        Directory.EnumerateFiles(Repo.Src, "*.csproj", SearchOption.AllDirectories)
            .SelectMany(f => StronglyTypedNamespace().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));

    [GeneratedRegex(@"<StronglyTypedNamespace>([\w.]+)</StronglyTypedNamespace>")]
    private static partial Regex StronglyTypedNamespace();

    /// <summary>The longest of our namespaces that <paramref name="qualified"/> starts with (Wijkmix.Data.Store.WijkmixStore → Wijkmix.Data.Store).</summary>
    private static string? KnownPrefix(string qualified, HashSet<string> known)
    {
        for (var name = qualified; ; name = name[..name.LastIndexOf('.')])
        {
            if (known.Contains(name))
            {
                return name;
            }
            if (!name.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    // Comments and string literals name namespaces without using them (a resource's LogicalName, a doc line).
    private static string WithoutComments(string text) => CSharpLexer.Read(text).Code;

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"(?<![\w.])Wijkmix(\.[A-Za-z_]\w*)+")]
    private static partial Regex QualifiedName();
}
