using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>One published table of a template with categories: one category split, for one year where the template has years.</summary>
/// <param name="Set">The category split (<see cref="CategorySet.Name"/>).</param>
/// <param name="Year">The year of the rows, or null.</param>
/// <param name="Table">Units × the split's categories; the row totals are the split's total column.</param>
public sealed record PublishedPart(string Set, int? Year, PartnerTable Table);

/// <summary>
/// Suppression of a template whose count columns are category splits of a total (households by income class, by
/// household type, by age). Each split is published as its own table with the total as row total, so the splits of
/// one year share their row totals and grand total: a total hidden in one table but shown in another would give it
/// away. The tables are therefore planned together: every split's table is protected as a body
/// (<see cref="PartnerBody"/>, all versions at once), then every row total hidden in any of them is hidden in all,
/// and they are planned again until no table hides another total. The exact LP audit in the tests checks the tables
/// together, with the shared totals as one unknown.
/// </summary>
public static class CategoryBody
{
    /// <summary>The published parts of every version (figures of each upload, oldest first), in the same order.</summary>
    public static IReadOnlyList<IReadOnlyList<PublishedPart>> Protect(
        PartnerTemplate template,
        IReadOnlyList<IReadOnlyCollection<PartnerFigure>> versions,
        SuppressionThreshold threshold,
        IReadOnlyList<IReadOnlyList<PublishedPart>>? before = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(versions);
        var years = versions.SelectMany(v => v.Select(f => PartnerTables.SplitMeasure(f.Measure).Year)).Distinct().Order().ToList();
        var parts = years.SelectMany(y => template.Categories.Select(set => (Set: set, Year: y))).ToList();
        var hidden = years.ToDictionary(y => y ?? 0, _ => new HashSet<string>(StringComparer.Ordinal));
        List<IReadOnlyList<PartnerTable>> tables;
        bool grew;
        do
        {
            tables = [.. parts.Select(p => PartnerBody.Protect(
                template with { CountColumns = p.Set.Parts, Nesting = [] },
                [.. versions.Select(v => (IReadOnlyCollection<PartnerFigure>)PartOf(v, p.Set, p.Year))],
                threshold,
                before?.SelectMany(b => b.Where(x => x.Set == p.Set.Name && x.Year == p.Year).Select(x => x.Table)),
                hidden[p.Year ?? 0]))];
            grew = false;
            for (var i = 0; i < parts.Count; i++)
            {
                foreach (var unit in tables[i].SelectMany(HiddenRowTotals))
                {
                    grew |= hidden[parts[i].Year ?? 0].Add(unit);
                }
            }
        }
        while (grew); // ends: the hidden totals only grow, and there are finitely many

        return [.. versions.Select((_, v) => (IReadOnlyList<PublishedPart>)[.. parts.Select((p, i) => new PublishedPart(p.Set.Name, p.Year, tables[i][v]))])];
    }

    /// <summary>A version's figures of one split in one year, with the year taken off the measure.</summary>
    private static List<PartnerFigure> PartOf(IReadOnlyCollection<PartnerFigure> figures, CategorySet set, int? year) =>
    [
        .. figures.Select(f => (Figure: f, Split: PartnerTables.SplitMeasure(f.Measure)))
            .Where(x => x.Split.Year == year && set.Parts.Contains(x.Split.Column, StringComparer.Ordinal))
            .Select(x => new PartnerFigure { Unit = x.Figure.Unit, BuurtCode = x.Figure.BuurtCode, Measure = x.Split.Column, Value = x.Figure.Value }),
    ];

    /// <summary>Units whose row total the table hides (<see cref="PartnerBody.GrandTotal"/> for the grand total).</summary>
    private static IEnumerable<string> HiddenRowTotals(PartnerTable table)
    {
        for (var r = 0; r <= table.Units.Count; r++)
        {
            if (table.Cells.At(r, table.Measures.Count).IsSuppressed)
            {
                yield return r == table.Units.Count ? PartnerBody.GrandTotal : table.Units[r];
            }
        }
    }
}
