namespace Wijkmix.Segregation.Internal;

/// <summary>
/// The exact split of M over nested levels: M(units) = Σ_levels Σ_parents (t_parent / T) ×
/// M(children of that parent), where each node's children are the areas one level down. The sum
/// telescopes to M of the finest units, so the parts add up exactly.
/// </summary>
internal static class Decomposition
{
    public static ScaleDecomposition Run(CountTable table, IReadOnlyList<(string Level, IReadOnlyList<string> AncestorOf)> levels, string unitLevel, double logBase)
    {
        var k = table.GroupCount;
        // Node ids per level: level 0 = units, level j = ancestors at levels[j-1], top+1 = one root.
        var chain = new List<int[]> { Enumerable.Range(0, table.UnitCount).ToArray() };
        var names = new List<string> { unitLevel };
        foreach (var (level, ancestorOf) in levels)
        {
            table.CheckParents(ancestorOf);
            chain.Add(Number(ancestorOf));
            names.Add(level);
        }

        chain.Add(new int[table.UnitCount]);
        CheckNesting(table, chain, names);

        // Counts per node per level.
        var totals = chain.Select(ids => new double[(ids.Max() + 1) * (k + 1)]).ToList();
        for (var u = 0; u < table.UnitCount; u++)
        {
            for (var j = 0; j < chain.Count; j++)
            {
                var row = chain[j][u] * (k + 1);
                for (var g = 0; g < k; g++)
                {
                    totals[j][row + g] += table[u, g];
                }

                totals[j][row + k] += table.UnitTotals[u];
            }
        }

        var ln = Math.Log(logBase);
        var entropy = Kernels.Entropy(table.GroupTotals, table.Total);
        var components = new List<ScaleComponent>();
        var m = 0.0;
        for (var j = chain.Count - 2; j >= 0; j--)
        {
            // Each node at level j against its parent at level j + 1.
            var parentOfNode = new int[totals[j].Length / (k + 1)];
            for (var u = 0; u < table.UnitCount; u++)
            {
                parentOfNode[chain[j][u]] = chain[j + 1][u];
            }

            var part = 0.0;
            for (var node = 0; node < parentOfNode.Length; node++)
            {
                var row = node * (k + 1);
                var parentRow = parentOfNode[node] * (k + 1);
                var t = totals[j][row + k];
                var tp = totals[j + 1][parentRow + k];
                for (var g = 0; g < k; g++)
                {
                    var c = totals[j][row + g];
                    if (c > 0)
                    {
                        part += c * Math.Log(c * tp / (t * totals[j + 1][parentRow + g]));
                    }
                }
            }

            part = Math.Max(0, part / table.Total);
            m += part;
            var label = j == chain.Count - 2 ? names[j] : $"{names[j]} within {names[j + 1]}";
            components.Add(new ScaleComponent(label, part / ln, part / entropy, 0));
        }

        return new ScaleDecomposition(m / ln, m / entropy,
            components.Select(c => c with { Share = m > 0 ? c.MutualInformation * ln / m : 0 }).ToList());
    }

    /// <summary>Numbers the ancestor names 0, 1, …; units of one area usually come together, so a name is looked up only when it changes.</summary>
    private static int[] Number(IReadOnlyList<string> ancestorOf)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new int[ancestorOf.Count];
        string? last = null;
        var lastId = -1;
        for (var u = 0; u < result.Length; u++)
        {
            var name = ancestorOf[u];
            if (!string.Equals(name, last, StringComparison.Ordinal))
            {
                if (!index.TryGetValue(name, out lastId))
                {
                    index[name] = lastId = index.Count;
                }

                last = name;
            }

            result[u] = lastId;
        }

        return result;
    }

    private static void CheckNesting(CountTable table, List<int[]> chain, List<string> names)
    {
        for (var j = 1; j < chain.Count - 1; j++)
        {
            var parentOf = new int[chain[j].Max() + 1];
            Array.Fill(parentOf, -1);
            for (var u = 0; u < table.UnitCount; u++)
            {
                var node = chain[j][u];
                if (parentOf[node] >= 0 && parentOf[node] != chain[j + 1][u])
                {
                    throw new SegregationInputException(
                        $"the levels do not nest: unit {table.Units[u]} puts one {names[j]} in two different {names[j + 1]}", table.Units[u]);
                }

                parentOf[node] = chain[j + 1][u];
            }
        }
    }
}
