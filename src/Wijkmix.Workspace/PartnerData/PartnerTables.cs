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
    /// <summary>
    /// One stored figure per count: the generic template's "maat" becomes the measure, the others' count columns do.
    /// Rows of a template with categories are complexes, stored under their area code (BU03440301:complex-12); where the
    /// template has a year, the measure is written <c>2024|urgent</c> (<see cref="YearMeasure"/>).
    /// </summary>
    public static IEnumerable<PartnerFigure> Figures(PartnerTemplate template, IEnumerable<PartnerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        var byMeasure = template.KeyColumns.Contains("maat");
        var asArea = template.IsPerComplex && template.Categories.Count > 0;
        foreach (var row in rows)
        {
            var buurt = row.Texts[PartnerTemplate.BuurtCodeColumn];
            var unit = asArea ? ComplexPlace.Code(row.Texts) : row.Texts.GetValueOrDefault(template.KeyColumns[0]) ?? buurt;
            var year = row.Texts.GetValueOrDefault(PartnerTemplate.YearColumn);
            foreach (var (column, value) in row.Counts)
            {
                var measure = byMeasure ? row.Texts["maat"] : year is null ? column : YearMeasure(year, column);
                yield return new PartnerFigure { Unit = unit, BuurtCode = buurt, Measure = measure, Value = value };
            }
        }
    }

    /// <summary>The complexes a file names with a name (the <c>complexen-woningen</c> template), as stored areas.</summary>
    public static IEnumerable<PartnerComplex> Complexes(PartnerTemplate template, IEnumerable<PartnerRow> rows)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        if (!template.IsPerComplex || !template.Columns.Contains("complex_naam"))
        {
            yield break;
        }

        foreach (var row in rows)
        {
            var location = ComplexPlace.Location(row.Texts);
            yield return new PartnerComplex
            {
                Code = ComplexPlace.Code(row.Texts), BuurtCode = row.Texts[PartnerTemplate.BuurtCodeColumn], Name = row.Texts["complex_naam"],
                Latitude = location?.Latitude, Longitude = location?.Longitude,
            };
        }
    }

    /// <summary>The stored measure of a count column in a year: <c>2024|urgent</c>.</summary>
    public static string YearMeasure(string year, string column) => year + "|" + column;

    /// <summary>The year and column of a stored measure (no year for templates without one).</summary>
    public static (int? Year, string Column) SplitMeasure(string measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var bar = measure.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (null, measure) : (int.Parse(measure.AsSpan(0, bar), System.Globalization.CultureInfo.InvariantCulture), measure[(bar + 1)..]);
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

    /// <summary>The published parts of a template with categories, as stored with its upload (a JSON array).</summary>
    public static string SerializeParts(IEnumerable<PublishedPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return JsonSerializer.Serialize(parts.Select(p => new StoredPart(p.Set, p.Year, Serialize(p.Table))).ToList());
    }

    /// <summary>
    /// The published tables of an upload, whatever its template: one part without a split for the templates without
    /// categories (a stored object), the parts <see cref="SerializeParts"/> wrote otherwise (a stored array).
    /// </summary>
    public static IReadOnlyList<PublishedPart> DeserializeParts(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.TrimStart().StartsWith('['))
        {
            return [new PublishedPart(string.Empty, null, Deserialize(json))];
        }

        var stored = JsonSerializer.Deserialize<List<StoredPart>>(json) ?? throw new FormatException("Empty stored partner parts.");
        return [.. stored.Select(p => new PublishedPart(p.Set, p.Year, Deserialize(p.Table)))];
    }

    private sealed record StoredPart(string Set, int? Year, string Table);

    private sealed record StoredTable(IReadOnlyList<string> Units, IReadOnlyList<string> Measures, IReadOnlyList<long?> Values, IReadOnlyList<int> Reasons);
}
