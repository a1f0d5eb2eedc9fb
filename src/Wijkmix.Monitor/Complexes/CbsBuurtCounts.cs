using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;

namespace Wijkmix.Monitor.Complexes;

/// <summary>
/// What CBS publishes per buurt that a partner's complexes line up with: households by type (the ladder's CBS level)
/// and the counts the complexes in a buurt cannot exceed (dwellings, households, households by type).
/// </summary>
/// <param name="Year">The latest KWB year with households by type per buurt.</param>
/// <param name="HouseholdTypes">Per buurt: one person, without children, with children (the order of the "household" grouping).</param>
/// <param name="Ceilings">Per buurt, per partner template column (woningen, huishoudens, eenpersoons, …): CBS's latest count.</param>
public sealed record CbsBuurtCounts(
    int Year,
    IReadOnlyList<LadderBuurt> HouseholdTypes,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Ceilings)
{
    /// <summary>Half of CBS's rounding of buurt counts to multiples of 5: a partner's sum may exceed a count by this much.</summary>
    public const double RoundingAllowance = 2.5;

    /// <summary>Partner template column → CBS variable.</summary>
    public static IReadOnlyDictionary<string, string> CeilingVariables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["woningen"] = "dwellings",
        ["huishoudens"] = "households",
        ["eenpersoons"] = "households_one_person",
        ["zonder_kinderen"] = "households_without_children",
        ["met_kinderen"] = "households_with_children",
    };

    /// <summary>The counts for <paramref name="municipality"/>; null when CBS has no households by type per buurt for it.</summary>
    public static CbsBuurtCounts? Read(IObservationSource source, AreaCode municipality)
    {
        ArgumentNullException.ThrowIfNull(source);
        var grouping = Grouping.Find("household")!;
        var years = SegregationReport.YearsWith(source, municipality, AreaLevel.Neighbourhood, grouping);
        if (years.Count == 0)
        {
            return null;
        }

        var year = years[^1];
        var table = GroupTables.Build(source, municipality, AreaLevel.Neighbourhood, year, grouping);
        var wijken = table.AncestorsAt(AreaLevel.District);
        var buurten = table.Units.Select((u, i) => new LadderBuurt(u.Value, wijken[i],
            [.. Enumerable.Range(0, table.Table.GroupCount).Select(g => table.Table[i, g])])).ToList();
        var codes = source.AreasWithin(municipality, AreaLevel.Neighbourhood).Select(a => a.Code).ToArray();
        var figures = new ObservationTable(source.Get(codes, [.. CeilingVariables.Values]));
        // Each count from the latest year CBS published it for the buurt (KWB 2024 has households but not yet dwellings).
        var ceilings = codes.ToDictionary(c => c.Value, c => (IReadOnlyDictionary<string, double>)CeilingVariables
            .Select(v => (v.Key, figures.YearsOf(c).OrderDescending().Select(y => figures.Get(c, y, v.Value).Value).FirstOrDefault(x => x is not null)))
            .Where(v => v.Item2 is not null).ToDictionary(v => v.Key, v => v.Item2!.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        return new CbsBuurtCounts(year, buurten, ceilings);
    }
}
