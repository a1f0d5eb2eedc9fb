namespace Wijkmix.Simulation.Input;

/// <summary>Which CBS origin classification the figures use; the two are not comparable (CBS break 2022→2023).</summary>
public enum OriginClassification
{
    /// <summary>Migration background western / non-Western (KWB up to 2022).</summary>
    MigrationBackground,

    /// <summary>Country of origin Europe / outside Europe (KWB from 2023).</summary>
    CountryOfOrigin,
}

/// <summary>
/// The published figures the starting state is fitted to: one municipality, one KWB year, one row per
/// unit (buurt, or wijk where the municipality has no buurt figures). Shares are percentages 0–100;
/// null means neither the unit nor a parent (wijk, municipality) had a value; <see cref="Notes"/> says
/// which values were taken from a parent.
/// </summary>
public sealed record MunicipalityFigures(
    string Code,
    string Name,
    int Year,
    string UnitLevel,
    OriginClassification Origin,
    IReadOnlyList<UnitFigures> Units,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// Partners' housing complexes the starting state places explicitly in their buurten (the rest of
    /// each buurt is fitted as before); empty for a wholly synthetic start. Check them with
    /// <see cref="ComplexFigures.Check"/> first.
    /// </summary>
    public IReadOnlyList<ComplexFigures> Complexes { get; init; } = [];

    /// <summary>
    /// The housing figures (tenure shares) the units lack at their own level, worded for the user; a shell refuses to
    /// simulate when any is missing, since every unit would copy the municipality's housing stock. Empty when the units
    /// have them.
    /// </summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}

/// <summary>The KWB figures of one unit (see <see cref="MunicipalityFigures"/>).</summary>
public sealed record UnitFigures(
    string Code,
    string Name,
    string ParentCode,
    string ParentName,
    double Households,
    double? Dwellings,
    double? OwnerOccupiedPct,
    double? CorporationPct,
    double? OtherRentPct,
    double? WozValue,
    double? Lowest40IncomePct,
    double? Highest20IncomePct,
    double? LowIncomePct,
    double? OnePersonPct,
    double? WithChildrenPct,
    double? EuropeanOriginPct,
    double? OutsideEuropeOriginPct,
    double? Aged65PlusPct,
    double? LabourParticipationPct);
