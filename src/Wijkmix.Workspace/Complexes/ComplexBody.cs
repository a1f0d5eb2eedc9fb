using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Complexes;

/// <summary>
/// The latest upload of one partner's complex template, read two ways: <see cref="Raw"/> for indices over all cells
/// (the issue allows it: an index shows no complex), and <see cref="Shown"/> for anything that shows a complex, which
/// reads the published (suppressed) tables — or the raw figures when the viewer is the partner itself and the
/// workspace lets partners see their own complexes in detail.
/// </summary>
public sealed class ComplexBody
{
    private readonly Dictionary<(string Unit, string Measure), long> raw;
    private readonly Dictionary<(string Unit, string Column, int? Year), long?> published = [];

    public ComplexBody(PartnerUpload latest, PartnerTemplate template, bool detailed)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(template);
        (Upload, Template, Detailed) = (latest, template, detailed);
        raw = latest.Figures.ToDictionary(f => (f.Unit, f.Measure), f => f.Value);
        Units = [.. latest.Figures.Select(f => f.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Years = [.. latest.Figures.Select(f => PartnerTables.SplitMeasure(f.Measure).Year).OfType<int>().Distinct().Order()];
        foreach (var part in latest.Published is null ? [] : PartnerTables.DeserializeParts(latest.Published))
        {
            var set = template.Categories.First(c => c.Name == part.Set);
            var table = part.Table;
            for (var r = 0; r < table.Units.Count; r++)
            {
                for (var c = 0; c < table.Measures.Count; c++)
                {
                    published[(table.Units[r], table.Measures[c], part.Year)] = table.Cells.Cell(r, c).Value;
                }

                published[(table.Units[r], set.Total, part.Year)] = table.Cells.RowTotal(r).Value;
            }
        }
    }

    public PartnerUpload Upload { get; }

    public PartnerTemplate Template { get; }

    /// <summary>True when <see cref="Shown"/> gives the raw figures (the partner's own complexes, allowed by the workspace).</summary>
    public bool Detailed { get; }

    /// <summary>The complexes (area codes) in the upload.</summary>
    public IReadOnlyList<string> Units { get; }

    /// <summary>The years of a template with years.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The true figure (for indices only); 0 when the upload has none.</summary>
    public long Raw(string unit, string column, int? year = null) =>
        raw.GetValueOrDefault((unit, year is { } y ? PartnerTables.YearMeasure(y.ToString(System.Globalization.CultureInfo.InvariantCulture), column) : column));

    /// <summary>True when the upload has a figure for the unit (in that year): a complex without a row for a year is not hidden, just absent.</summary>
    public bool Has(string unit, string column, int? year = null) =>
        raw.ContainsKey((unit, year is { } y ? PartnerTables.YearMeasure(y.ToString(System.Globalization.CultureInfo.InvariantCulture), column) : column));

    /// <summary>The figure as this viewer may see it; null when it is suppressed (or not yet protected).</summary>
    public long? Shown(string unit, string column, int? year = null) =>
        Detailed ? Raw(unit, column, year) : published.GetValueOrDefault((unit, column, year));
}
