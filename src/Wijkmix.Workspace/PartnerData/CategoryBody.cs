using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>One published table of a template with categories: one category split, for one year where the template has years.</summary>
/// <param name="Set">The category split (<see cref="CategorySet.Name"/>).</param>
/// <param name="Year">The year of the rows, or null.</param>
/// <param name="Table">Units × the split's categories; the row totals are the split's total column.</param>
public sealed record PublishedPart(string Set, int? Year, PartnerTable Table)
{
    /// <summary>
    /// Whether a row's cells add up to something: only a category split's do (its total column). The count columns of a
    /// template without categories do not (woningen, of which sociale huur, and verhuringen), so their row total is no
    /// figure and is not shown; a column's total over the units is (dwellings of all complexes).
    /// </summary>
    public bool RowsAddUp => Set.Length > 0;
}

/// <summary>
/// Suppression of a template whose count columns are category splits of one total (households by household type, by
/// income class, by age). Only the first split (<see cref="PartnerTemplate.Categories"/>[0]) is published, as a table
/// per year with the total as row total, protected as a body (<see cref="PartnerBody"/>, all versions at once). The
/// other splits are used by indices only (which show no complex) and never leave the store per complex: published
/// side by side, the splits share their row totals, and the exact LP audit found that planning them table by table,
/// even with every hidden total hidden in all of them, still let a cell be bounded below the threshold through
/// another split's totals (docs/decisions/0016). One published table per year has no such shared total.
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
        var set = template.Categories[0];
        var years = versions.SelectMany(v => v.Select(f => PartnerTables.SplitMeasure(f.Measure).Year)).Distinct().Order().ToList();
        var tables = years.Select(year => PartnerBody.Protect(
            template with { CountColumns = set.Parts, Nesting = [] },
            [.. versions.Select(v => (IReadOnlyCollection<PartnerFigure>)PartOf(v, set, year))],
            threshold,
            before?.SelectMany(b => b.Where(x => x.Set == set.Name && x.Year == year).Select(x => x.Table)))).ToList();
        return [.. versions.Select((_, v) => (IReadOnlyList<PublishedPart>)[.. years.Select((year, i) => new PublishedPart(set.Name, year, tables[i][v]))])];
    }

    /// <summary>A version's figures of one split in one year, with the year taken off the measure.</summary>
    private static List<PartnerFigure> PartOf(IReadOnlyCollection<PartnerFigure> figures, CategorySet set, int? year) =>
    [
        .. figures.Select(f => (Figure: f, Split: PartnerTables.SplitMeasure(f.Measure)))
            .Where(x => x.Split.Year == year && set.Parts.Contains(x.Split.Column, StringComparer.Ordinal))
            .Select(x => new PartnerFigure { Unit = x.Figure.Unit, BuurtCode = x.Figure.BuurtCode, Measure = x.Split.Column, Value = x.Figure.Value }),
    ];
}
