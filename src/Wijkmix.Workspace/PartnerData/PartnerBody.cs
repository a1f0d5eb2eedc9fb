using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Suppression across everything a member can see of one partner's figures: all versions of one template
/// delivered by one organisation in one workspace, protected as one body (see docs/decisions/0013).
/// <para>
/// Every version is published over the same keys (the union of units and measures; a unit or measure missing
/// from a version is shown there as hidden, so its absence gives nothing away) and with the same pattern of
/// hidden keys. The pattern is planned once on an envelope table holding, per key, the least value over the
/// versions, with the template's nesting (child ≤ parent, per row and for the column totals) as caps. A
/// circulation the planner finds on the envelope is then one circulation for every version at once: it moves
/// the same key by the same amount everywhere, so it agrees on every figure two versions share, keeps every
/// version non-negative and inside its nesting, and brings every small value up to the threshold. That is why
/// differencing two versions (one buurt less, one household more) pins nothing and bounds nothing below it.
/// </para>
/// </summary>
public static class PartnerBody
{
    /// <summary>
    /// The published tables of <paramref name="versions"/> (figures of each upload, oldest first), in the same
    /// order. Keys hidden in <paramref name="before"/> (what was published until now) stay hidden.
    /// </summary>
    public static IReadOnlyList<PartnerTable> Protect(
        PartnerTemplate template,
        IReadOnlyList<IReadOnlyCollection<PartnerFigure>> versions,
        SuppressionThreshold threshold,
        IEnumerable<PartnerTable>? before = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            return [];
        }

        var units = versions.SelectMany(v => v.Select(f => f.Unit)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var measures = versions.SelectMany(v => v.Select(f => f.Measure)).Distinct(StringComparer.Ordinal)
            .OrderBy(m => template.CountColumns.Contains(m, StringComparer.Ordinal) ? template.CountColumns.ToList().IndexOf(m) : int.MaxValue)
            .ThenBy(m => m, StringComparer.Ordinal).ToList();
        int height = units.Count + 1, width = measures.Count + 1;
        var tables = versions.Select(v => Augmented(v, units, measures)).ToList();
        var envelope = Enumerable.Range(0, height * width).Select(i => tables.Min(t => t[i])).ToArray();
        var nesting = Nesting(template, measures, height, width, tables);
        var keep = Hidden(before ?? [], units, measures);

        var reasons = new SuppressionPlanner(envelope, height, width, threshold.Value, nesting).Plan(keep);
        return [.. tables.Select(values => new PartnerTable(units, measures, new SuppressedTable(units.Count, measures.Count,
            [.. values.Select((v, i) => SuppressedCell.Of(v, reasons[i] == SuppressionReason.None ? reasons[i]
                : v < threshold.Value ? SuppressionReason.Primary : SuppressionReason.Secondary))])))];
    }

    /// <summary>The name of the total row and column in the published tables' keys.</summary>
    private const string GrandTotal = "\0totaal";

    /// <summary>One version as an augmented table over the body's keys (0 where the version has no figure).</summary>
    private static long[] Augmented(IReadOnlyCollection<PartnerFigure> figures, List<string> units, List<string> measures)
    {
        var rowOf = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i, StringComparer.Ordinal);
        var columnOf = measures.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i, StringComparer.Ordinal);
        int rows = units.Count, columns = measures.Count, width = columns + 1;
        var values = new long[(rows + 1) * width];
        foreach (var figure in figures)
        {
            int r = rowOf[figure.Unit], c = columnOf[figure.Measure];
            values[(r * width) + c] = checked(values[(r * width) + c] + figure.Value);
            values[(r * width) + columns] = checked(values[(r * width) + columns] + figure.Value);
            values[(rows * width) + c] = checked(values[(rows * width) + c] + figure.Value);
            values[(rows * width) + columns] = checked(values[(rows * width) + columns] + figure.Value);
        }

        return values;
    }

    /// <summary>The template's nesting in every row and in the row of column totals, with the least room over the versions.</summary>
    private static List<NestedPair> Nesting(PartnerTemplate template, List<string> measures, int height, int width, List<long[]> tables)
    {
        var pairs = new List<NestedPair>();
        foreach (var (child, parent) in template.Nesting)
        {
            int c = measures.IndexOf(child), p = measures.IndexOf(parent);
            if (c < 0 || p < 0)
            {
                continue;
            }

            for (var r = 0; r < height; r++)
            {
                int childCell = (r * width) + c, parentCell = (r * width) + p;
                pairs.Add(new NestedPair(childCell, parentCell, tables.Min(t => Math.Max(0, t[parentCell] - t[childCell]))));
            }
        }

        return pairs;
    }

    /// <summary>Cells of the body's augmented table that an earlier publication hid.</summary>
    private static List<int> Hidden(IEnumerable<PartnerTable> before, List<string> units, List<string> measures)
    {
        var rowOf = units.Select((u, i) => (u, i)).Append((GrandTotal, units.Count)).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var columnOf = measures.Select((m, i) => (m, i)).Append((GrandTotal, measures.Count)).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        var hidden = new List<int>();
        foreach (var table in before)
        {
            var tableUnits = table.Units.Append(GrandTotal).ToList();
            var tableMeasures = table.Measures.Append(GrandTotal).ToList();
            for (var r = 0; r < tableUnits.Count; r++)
            {
                for (var c = 0; c < tableMeasures.Count; c++)
                {
                    if (table.Cells.At(r, c).IsSuppressed && rowOf.TryGetValue(tableUnits[r], out var row) && columnOf.TryGetValue(tableMeasures[c], out var column))
                    {
                        hidden.Add((row * (measures.Count + 1)) + column);
                    }
                }
            }
        }

        return hidden;
    }
}
