namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// A CSV template in which a partner organisation uploads aggregated figures.
/// <see cref="KeyColumns"/> identify a row (unique together), <see cref="LabelColumns"/> describe it,
/// <see cref="CountColumns"/> hold non-negative integer counts. A column named <c>buurt_code</c> holds a CBS buurt code.
/// </summary>
/// <param name="Id">Stable identifier, also the suggested file name.</param>
/// <param name="Title">Dutch title shown to users.</param>
/// <param name="Description">Dutch description shown to users.</param>
/// <param name="KeyColumns">Text columns that together identify a row.</param>
/// <param name="LabelColumns">Further text columns.</param>
/// <param name="CountColumns">Columns holding counts (integers 0 or more).</param>
/// <param name="Nesting">Count columns that are part of another in every row and so in the totals too
/// (child ≤ parent); an attacker knows this, so suppression must account for it.</param>
public sealed record PartnerTemplate(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> KeyColumns,
    IReadOnlyList<string> LabelColumns,
    IReadOnlyList<string> CountColumns,
    IReadOnlyList<(string Child, string Parent)> Nesting)
{
    /// <summary>The column that holds CBS buurt codes.</summary>
    public const string BuurtCodeColumn = "buurt_code";

    /// <summary>The key column that holds a year (lettings per year); figures are stored per year.</summary>
    public const string YearColumn = "jaar";

    /// <summary>The key column that holds a partner's own complex code.</summary>
    public const string ComplexCodeColumn = "complex_code";

    /// <summary>
    /// Count columns that split a total column into categories (each row's parts add up to its total exactly).
    /// The first split is published (a table per year, the total as row total); the others feed indices only
    /// (see <see cref="CategoryBody"/>).
    /// </summary>
    public IReadOnlyList<CategorySet> Categories { get; init; } = [];

    /// <summary>Label columns that may be left empty (a complex's name, its location).</summary>
    public IReadOnlyList<string> OptionalColumns { get; init; } = [];

    /// <summary>True when rows are housing complexes inside a buurt.</summary>
    public bool IsPerComplex => KeyColumns.Contains(ComplexCodeColumn, StringComparer.Ordinal);

    /// <summary>All columns in template order: keys, labels, counts.</summary>
    public IReadOnlyList<string> Columns => [.. KeyColumns, .. LabelColumns, .. CountColumns];

    /// <summary>True when <paramref name="column"/> is a count column.</summary>
    public bool IsCount(string column) => CountColumns.Contains(column, StringComparer.Ordinal);

    /// <summary>
    /// The template to download: the header line, terminated by CRLF (RFC 4180).
    /// </summary>
    /// <param name="separator"><c>;</c> (default, what Dutch Excel writes) or <c>,</c>.</param>
    public string HeaderLine(char separator = ';')
    {
        if (separator is not (';' or ','))
        {
            throw new ArgumentOutOfRangeException(nameof(separator), separator, "Use ';' or ','.");
        }

        return string.Join(separator, Columns) + "\r\n";
    }
}
