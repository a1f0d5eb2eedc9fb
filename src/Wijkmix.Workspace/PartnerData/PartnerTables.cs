using System.Text.Json;
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

    /// <summary>A published table as stored with its upload (JSON): views read this and never suppress again.</summary>
    public static string Serialize(PartnerTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var cells = table.Cells;
        var all = Enumerable.Range(0, table.Units.Count + 1)
            .SelectMany(r => Enumerable.Range(0, table.Measures.Count + 1).Select(c => cells.At(r, c))).ToList();
        var stored = new StoredTable(table.Units, table.Measures, [.. all.Select(c => c.Value)], [.. all.Select(c => (int)c.Reason)]);
        return JsonSerializer.Serialize(stored);
    }

    /// <summary>The table <see cref="Serialize"/> wrote.</summary>
    public static PartnerTable Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredTable>(json) ?? throw new FormatException("Empty stored partner table.");
        var cells = stored.Values.Zip(stored.Reasons, (v, r) => new SuppressedCell(v, (SuppressionReason)r)).ToArray();
        if (cells.Length != (stored.Units.Count + 1) * (stored.Measures.Count + 1))
        {
            throw new FormatException("Stored partner table has the wrong number of cells.");
        }

        return new PartnerTable(stored.Units, stored.Measures, new SuppressedTable(stored.Units.Count, stored.Measures.Count, cells));
    }

    private sealed record StoredTable(IReadOnlyList<string> Units, IReadOnlyList<string> Measures, IReadOnlyList<long?> Values, IReadOnlyList<int> Reasons);
}
