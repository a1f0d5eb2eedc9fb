using Wijkmix.Segregation.Internal;

namespace Wijkmix.Segregation;

/// <summary>
/// One superunit (a wijk holding buurten, a gemeente holding wijken) in the within part of M: its
/// own segregation over its units, and how much of the city's within term it carries.
/// </summary>
/// <param name="MutualInformation">M of the superunit's own table (its units × the groups), in the log base asked for.</param>
/// <param name="Theil">H = M / E of that table; NaN when the superunit holds one group only (E = 0).</param>
/// <param name="Share">p_s: the superunit's share of the population.</param>
/// <param name="Entropy">E of the superunit's group shares, in the log base asked for.</param>
/// <param name="Contribution">p_s × M_s: these add up to the within term of the two-level decomposition.</param>
public sealed record WithinComponent(string Superunit, int Units, double MutualInformation, double Theil, double Share, double Entropy, double Contribution);

/// <summary>Per-superunit tables of the within term, as R <c>segregation</c>'s <c>mutual_within</c> (Elbers 2021).</summary>
public static class Within
{
    /// <summary>
    /// M splits as M = M(between superunits) + Σ_s p_s M_s (Theil 1971; Mora and Ruiz-Castillo 2011):
    /// one row per superunit, in order of first appearance in <paramref name="superunitOf"/> (unit u's superunit).
    /// </summary>
    public static IReadOnlyList<WithinComponent> BySuperunit(CountTable table, IReadOnlyList<string> superunitOf, double logBase = Math.E)
    {
        ArgumentNullException.ThrowIfNull(table);
        Segregation.CheckBase(logBase);
        table.CheckParents(superunitOf);
        var ln = Math.Log(logBase);
        var k = table.GroupCount;
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var u = 0; u < table.UnitCount; u++)
        {
            if (!members.TryGetValue(superunitOf[u], out var list))
            {
                members[superunitOf[u]] = list = [];
                order.Add(superunitOf[u]);
            }

            list.Add(u);
        }

        var result = new WithinComponent[order.Count];
        for (var s = 0; s < order.Count; s++)
        {
            var units = members[order[s]];
            var counts = new double[units.Count * k];
            var unitTotals = new double[units.Count];
            var groupTotals = new double[k];
            for (var i = 0; i < units.Count; i++)
            {
                for (var g = 0; g < k; g++)
                {
                    var c = table[units[i], g];
                    counts[(i * k) + g] = c;
                    unitTotals[i] += c;
                    groupTotals[g] += c;
                }
            }

            var total = unitTotals.Sum();
            var m = Math.Max(0, Kernels.MutualInformation(counts, unitTotals, groupTotals, total));
            var e = Kernels.Entropy(groupTotals, total);
            var share = total / table.Total;
            result[s] = new WithinComponent(order[s], units.Count, m / ln, e > 0 ? m / e : double.NaN, share, e / ln, share * m / ln);
        }

        return result;
    }
}
