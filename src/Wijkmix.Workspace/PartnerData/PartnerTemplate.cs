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

/// <summary>The partner data templates the workspace offers.</summary>
public static class PartnerTemplates
{
    /// <summary>Housing corporation figures per complex.</summary>
    public static PartnerTemplate CorporatieComplexen { get; } = Create(
        "corporatie-complexen",
        ["complex_code"],
        [PartnerTemplate.BuurtCodeColumn],
        ["woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent"],
        [("sociale_huurwoningen", "woningen"), ("verhuringen_urgent", "verhuringen")]);

    /// <summary>Care or welfare clients per buurt.</summary>
    public static PartnerTemplate ZorgClientenBuurt { get; } = Create(
        "zorg-clienten-buurt", [PartnerTemplate.BuurtCodeColumn], [], ["clienten"], []);

    /// <summary>Any count per buurt and measure.</summary>
    public static PartnerTemplate CijfersPerBuurt { get; } = Create(
        "cijfers-per-buurt", [PartnerTemplate.BuurtCodeColumn, "maat"], [], ["aantal"], []);

    /// <summary>All templates, in the order they are offered.</summary>
    public static IReadOnlyList<PartnerTemplate> All { get; } = [CorporatieComplexen, ZorgClientenBuurt, CijfersPerBuurt];

    /// <summary>The template with <paramref name="id"/>, or null.</summary>
    public static PartnerTemplate? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    private static PartnerTemplate Create(string id, string[] keys, string[] labels, string[] counts, (string, string)[] nesting) =>
        new(id, PartnerDataText.Get("Title_" + id), PartnerDataText.Get("Description_" + id), keys, labels, counts, nesting);
}
