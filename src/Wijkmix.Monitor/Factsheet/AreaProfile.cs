using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Monitor.Factsheet;

/// <summary>One line of a factsheet: the area's figure beside its gemeente and Nederland, and its change.</summary>
public sealed record ProfileRow(
    Indicator Indicator,
    Figure Value,
    int? PreviousYear,
    Figure Previous,
    Figure Municipality,
    Figure Country,
    int CountryMunicipalities)
{
    /// <summary>Change since the previous year with a value (percentage points for percentages).</summary>
    public double? Change => Value.Value is { } now && Previous.Value is { } before ? now - before : null;
}

/// <summary>The factsheet of an area in a year ("Selwerd in cijfers").</summary>
public sealed record AreaProfile(
    Area Area,
    int Year,
    Area? Municipality,
    IReadOnlyList<int> AvailableYears,
    IReadOnlyList<ProfileRow> Rows);
