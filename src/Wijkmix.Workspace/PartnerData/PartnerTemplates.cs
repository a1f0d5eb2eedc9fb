namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// The partner data templates the workspace offers. The three <c>complexen-*</c> templates are what corporations
/// hold per complex (docs/complexen.md describes every column, with example files in <c>docs/voorbeelden/</c>);
/// their categories follow CBS where CBS publishes the same split per buurt (household type), so the rest of a
/// buurt can be computed.
/// </summary>
public static class PartnerTemplates
{
    private const string Complex = PartnerTemplate.ComplexCodeColumn;
    private const string Buurt = PartnerTemplate.BuurtCodeColumn;

    /// <summary>Housing corporation figures per complex (the first template; kept for files made with it).</summary>
    public static PartnerTemplate CorporatieComplexen { get; } = Create(
        "corporatie-complexen",
        [Complex],
        [Buurt],
        ["woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent"],
        [("sociale_huurwoningen", "woningen"), ("verhuringen_urgent", "verhuringen")]);

    /// <summary>A corporation's complexes: name, optional location, dwellings by segment and by rent band.</summary>
    public static PartnerTemplate ComplexenWoningen { get; } = Create(
        "complexen-woningen",
        [Complex],
        [Buurt, "complex_naam", "breedtegraad", "lengtegraad"],
        ["woningen", "sociale_huur", "middenhuur", "vrije_sector_huur", "koop",
            "huur_tot_aftoppingsgrens", "huur_tot_liberalisatiegrens", "huur_boven_liberalisatiegrens", "geen_huur"],
        []) with
    {
        OptionalColumns = ["breedtegraad", "lengtegraad"],
        Categories =
        [
            new CategorySet("segment", "woningen", ["sociale_huur", "middenhuur", "vrije_sector_huur", "koop"]),
            new CategorySet("huurklasse", "woningen", ["huur_tot_aftoppingsgrens", "huur_tot_liberalisatiegrens", "huur_boven_liberalisatiegrens", "geen_huur"]),
        ],
    };

    /// <summary>A corporation's households per complex by income class, household type (as CBS) and age of the main tenant.</summary>
    public static PartnerTemplate ComplexenHuishoudens { get; } = Create(
        "complexen-huishoudens",
        [Complex],
        [Buurt],
        ["huishoudens", "eenpersoons", "zonder_kinderen", "met_kinderen", "inkomen_laag", "inkomen_midden", "inkomen_hoog",
            "hoofdbewoner_tot_25", "hoofdbewoner_25_44", "hoofdbewoner_45_64", "hoofdbewoner_65_plus"],
        []) with
    {
        Categories =
        [
            new CategorySet("huishoudtype", "huishoudens", ["eenpersoons", "zonder_kinderen", "met_kinderen"]),
            new CategorySet("inkomen", "huishoudens", ["inkomen_laag", "inkomen_midden", "inkomen_hoog"]),
            new CategorySet("leeftijd", "huishoudens", ["hoofdbewoner_tot_25", "hoofdbewoner_25_44", "hoofdbewoner_45_64", "hoofdbewoner_65_plus"]),
        ],
    };

    /// <summary>A corporation's lettings per complex and year, by route and by the new tenant's income class.</summary>
    public static PartnerTemplate ComplexenVerhuringen { get; } = Create(
        "complexen-verhuringen",
        [Complex, PartnerTemplate.YearColumn],
        [Buurt],
        ["verhuringen", "regulier", "urgent", "statushouder", "uitstroom", "overige_bemiddeling", "inkomen_laag", "inkomen_midden", "inkomen_hoog"],
        []) with
    {
        Categories =
        [
            new CategorySet("route", "verhuringen", ["regulier", "urgent", "statushouder", "uitstroom", "overige_bemiddeling"]),
            new CategorySet("inkomen", "verhuringen", ["inkomen_laag", "inkomen_midden", "inkomen_hoog"]),
        ],
    };

    /// <summary>Care or welfare clients per buurt.</summary>
    public static PartnerTemplate ZorgClientenBuurt { get; } = Create(
        "zorg-clienten-buurt", [Buurt], [], ["clienten"], []);

    /// <summary>Any count per buurt and measure.</summary>
    public static PartnerTemplate CijfersPerBuurt { get; } = Create(
        "cijfers-per-buurt", [Buurt, "maat"], [], ["aantal"], []);

    /// <summary>All templates, in the order they are offered.</summary>
    public static IReadOnlyList<PartnerTemplate> All { get; } =
        [ComplexenWoningen, ComplexenHuishoudens, ComplexenVerhuringen, CorporatieComplexen, ZorgClientenBuurt, CijfersPerBuurt];

    /// <summary>The template with <paramref name="id"/>, or null.</summary>
    public static PartnerTemplate? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    private static PartnerTemplate Create(string id, string[] keys, string[] labels, string[] counts, (string, string)[] nesting) =>
        new(id, PartnerDataText.Get("Title_" + id), PartnerDataText.Get("Description_" + id), keys, labels, counts, nesting);
}
