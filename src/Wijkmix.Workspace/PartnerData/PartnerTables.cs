using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>A partner's figures as a table of units (complex or buurt) × measures, suppressed for showing or export.</summary>
/// <param name="Units">Row labels: complex code (with its buurt) or buurt code.</param>
/// <param name="Measures">Column labels: count column or, for the generic template, the "maat".</param>
/// <param name="Cells">The suppressed cells with their row, column and grand totals; the only way figures leave the store.</param>
public sealed record PartnerTable(IReadOnlyList<string> Units, IReadOnlyList<string> Measures, SuppressedTable Cells);

/// <summary>From read rows to stored figures, and from stored figures to a suppressed table.</summary>
public static class PartnerTables
{
    /// <summary>One stored figure per count: the generic template's "maat" becomes the measure, the others' count columns do.</summary>
    public static IEnumerable<PartnerFigure> Figures(PartnerTemplate template, IEnumerable<PartnerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        var byMeasure = template.KeyColumns.Contains("maat");
        foreach (var row in rows)
        {
            var buurt = row.Texts[PartnerTemplate.BuurtCodeColumn];
            var unit = row.Texts.GetValueOrDefault(template.KeyColumns[0]) ?? buurt;
            foreach (var (column, value) in row.Counts)
            {
                yield return new PartnerFigure { Unit = unit, BuurtCode = buurt, Measure = byMeasure ? row.Texts["maat"] : column, Value = value };
            }
        }
    }

    /// <summary>
    /// The table of <paramref name="figures"/> with every cell below <paramref name="threshold"/> suppressed, and
    /// secondary suppression so no total gives one away. A unit without a figure for a measure counts as 0.
    /// </summary>
    public static PartnerTable Suppressed(IReadOnlyCollection<PartnerFigure> figures, SuppressionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var units = figures.Select(f => f.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var measures = figures.Select(f => f.Measure).Distinct(StringComparer.Ordinal).ToList();
        var rowOf = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i, StringComparer.Ordinal);
        var columnOf = measures.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i, StringComparer.Ordinal);
        var table = units.Select(_ => new long[measures.Count]).ToArray();
        foreach (var figure in figures)
        {
            table[rowOf[figure.Unit]][columnOf[figure.Measure]] += figure.Value;
        }

        return new PartnerTable(units, measures, Suppression.Apply(table, threshold));
    }
}
