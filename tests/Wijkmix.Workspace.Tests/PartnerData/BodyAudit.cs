using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

/// <summary>
/// What an attacker learns from every published version of a partner's body at once, solved exactly by
/// <see cref="ExactLinearProgram"/>: per version, every row, column and grand total equation; the template's
/// nesting (child ≤ parent in every row and in the column totals); non-negativity; and, across versions, one
/// unknown for a hidden key whose true value is the same in both (the attacker who guesses every unchanged
/// figure right — the differencing attack). Tables are compared by their keys (unit, measure, totals).
/// </summary>
internal static class BodyAudit
{
    public sealed record Hidden(int Version, string Unit, string Measure, long Value, Fraction Min, Fraction? Max);

    /// <summary>The interval of every hidden value of every version; <paramref name="truth"/> holds each version's true values.</summary>
    public static List<Hidden> Intervals(IReadOnlyList<PartnerTable> published, IReadOnlyList<Func<string, string, long>> truth, IReadOnlyList<(string Child, string Parent)> nesting)
    {
        // Unknowns: (key, true value) → index; a hidden key with equal value in two versions is one unknown.
        var unknownOf = new Dictionary<(string, string, long), int>();
        var owners = new List<(int Version, string Unit, string Measure, long Value)>();
        var rows = new List<(Dictionary<int, Fraction> Terms, Fraction Constant)>();
        var shownKeys = new HashSet<(string, string, long)>();
        var slacks = 0;
        for (var v = 0; v < published.Count; v++)
        {
            var table = published[v];
            var units = table.Units.Append(Total).ToList();
            var measures = table.Measures.Append(Total).ToList();
            (int? Unknown, long Shown) Term(int r, int c)
            {
                var cell = table.Cells.At(r, c);
                if (!cell.IsSuppressed)
                {
                    shownKeys.Add((units[r], measures[c], cell.Value!.Value));
                    return (null, cell.Value!.Value);
                }

                var value = truth[v](units[r], measures[c]);
                var key = (units[r], measures[c], value);
                if (!unknownOf.TryGetValue(key, out var index))
                {
                    unknownOf[key] = index = owners.Count;
                    owners.Add((v, units[r], measures[c], value));
                }

                return (index, 0);
            }

            void Equation(IEnumerable<((int? Unknown, long Shown) Term, int Sign)> terms)
            {
                var coefficients = new Dictionary<int, Fraction>();
                long constant = 0;
                foreach (var ((unknown, shown), sign) in terms)
                {
                    if (unknown is { } u)
                    {
                        coefficients[u] = coefficients.TryGetValue(u, out var before) ? before + sign : sign;
                    }
                    else
                    {
                        constant -= sign * shown;
                    }
                }

                rows.Add((coefficients, constant));
            }

            int height = units.Count, width = measures.Count;
            for (var r = 0; r < height; r++)
            {
                Equation(Enumerable.Range(0, width).Select(c => (Term(r, c), c == width - 1 ? -1 : 1)));
            }

            for (var c = 0; c < width; c++)
            {
                Equation(Enumerable.Range(0, height).Select(r => (Term(r, c), r == height - 1 ? -1 : 1)));
            }

            foreach (var (child, parent) in nesting)
            {
                int ci = measures.IndexOf(child), pi = measures.IndexOf(parent);
                for (var r = 0; ci >= 0 && pi >= 0 && r < height; r++)
                {
                    // parent − child − slack = 0, slack ≥ 0; the slack is an unknown of its own.
                    var (childTerm, parentTerm) = (Term(r, ci), Term(r, pi));
                    if (childTerm.Unknown is null && parentTerm.Unknown is null)
                    {
                        continue;
                    }

                    var slack = -1 - slacks++;
                    Equation([(parentTerm, 1), (childTerm, -1), ((slack, 0), -1)]);
                }
            }
        }

        // A figure hidden in one version and shown unchanged in another is known.
        foreach (var (key, index) in unknownOf.Where(u => shownKeys.Contains(u.Key)))
        {
            rows.Add((new Dictionary<int, Fraction> { [index] = 1 }, key.Item3));
        }

        // Slack unknowns were numbered −1, −2, …; they follow the real ones.
        var n = owners.Count + slacks;
        int Column(int u) => u >= 0 ? u : owners.Count + (-u - 1);
        var a = rows.Select(row =>
        {
            var line = Enumerable.Repeat((Fraction)0, n).ToArray();
            foreach (var (u, coefficient) in row.Terms)
            {
                line[Column(u)] += coefficient;
            }

            return line;
        }).ToArray();
        var b = rows.Select(row => row.Constant).ToArray();
        var result = new List<Hidden>();
        for (var k = 0; k < owners.Count; k++)
        {
            var objective = Enumerable.Range(0, n).Select(j => (Fraction)(j == k ? 1 : 0)).ToArray();
            var min = ExactLinearProgram.Minimise(a, b, objective);
            var max = ExactLinearProgram.Minimise(a, b, [.. objective.Select(x => -x)]);
            Assert.Equal(ExactLinearProgram.Outcome.Optimal, min.Outcome);
            result.Add(new Hidden(owners[k].Version, owners[k].Unit, owners[k].Measure, owners[k].Value, min.Value,
                max.Outcome == ExactLinearProgram.Outcome.Unbounded ? null : -max.Value));
        }

        return result;
    }

    /// <summary>A hidden value is disclosed when it is pinned, or when it cannot be as large as the threshold.</summary>
    public static IEnumerable<Hidden> Disclosed(IEnumerable<Hidden> intervals, int threshold) =>
        intervals.Where(h => h.Max is { } max && (max <= h.Min || max < threshold));

    public const string Total = "\0totaal";
}
