using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Segregation;

namespace Wijkmix.Monitor.Mix;

/// <summary>A unit left out of a segregation measure, and why.</summary>
public sealed record ExcludedUnit(AreaCode Code, double? Inhabitants, string Reason);

/// <summary>A count table built from stored figures, with each unit's parent and what had to be left out.</summary>
public sealed record GroupTable(
    Grouping Grouping,
    int Year,
    AreaLevel Level,
    CountTable Table,
    IReadOnlyList<AreaCode> Units,
    IReadOnlyList<ExcludedUnit> Excluded)
{
    /// <summary>Inhabitants of the units left out (as far as CBS published them).</summary>
    public double ExcludedInhabitants => Excluded.Sum(e => e.Inhabitants ?? 0);

    /// <summary>Each unit's ancestor at <paramref name="level"/> (its wijk, its gemeente), by code.</summary>
    public IReadOnlyList<string> AncestorsAt(AreaLevel level) =>
        Units.Select(u =>
        {
            for (AreaCode? c = u; c is { } code; c = code.Parent)
            {
                if (code.Level == level)
                {
                    return code.Value;
                }
            }

            return AreaCode.Country.Value;
        }).ToList();
}

/// <summary>
/// Builds count tables for the segregation engine from the store. Policy for suppressed or missing
/// counts: the unit is left out and reported with its inhabitants; CBS's '.' is never read as 0.
/// A remainder group (e.g. Dutch background = inhabitants − Western − non-Western) that comes out
/// slightly negative through CBS's rounding to 5 is set to 0.
/// </summary>
public static class GroupTables
{
    public const string ReasonSuppressed = "suppressed";
    public const string ReasonMissing = "missing";
    public const string ReasonEmpty = "empty";

    public static GroupTable Build(IObservationSource source, AreaCode within, AreaLevel level, int year, Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(grouping);
        var areas = source.AreasWithin(within, level).Where(a => a.Years.Contains(year)).ToList();
        var variables = grouping.Variables.Append("inhabitants").Distinct(StringComparer.Ordinal).ToArray();
        var table = new ObservationTable(source.Get(areas.Select(a => a.Code).ToArray(), variables));

        var rows = new List<(string Unit, string Group, double Count)>();
        var units = new List<AreaCode>();
        var excluded = new List<ExcludedUnit>();
        foreach (var area in areas)
        {
            var inhabitants = table.Get(area.Code, year, "inhabitants").Value;
            var figures = grouping.Groups.Where(g => g.Variable is not null).ToDictionary(g => g.Id, g => table.Get(area.Code, year, g.Variable!));
            var remainders = grouping.Groups.Where(g => g.RemainderOf is not null).ToDictionary(g => g.Id, g => table.Get(area.Code, year, g.RemainderOf!));
            var all = figures.Values.Concat(remainders.Values).ToList();
            if (all.Any(f => f.State == FigureState.Suppressed))
            {
                excluded.Add(new ExcludedUnit(area.Code, inhabitants, ReasonSuppressed));
                continue;
            }

            if (all.Any(f => f.State == FigureState.Unavailable))
            {
                excluded.Add(new ExcludedUnit(area.Code, inhabitants, ReasonMissing));
                continue;
            }

            var counts = grouping.Groups.Select(g => g.Variable is not null
                    ? figures[g.Id].Value!.Value
                    : Math.Max(0, remainders[g.Id].Value!.Value - figures.Values.Sum(f => f.Value!.Value)))
                .ToArray();
            if (counts.Sum() <= 0)
            {
                excluded.Add(new ExcludedUnit(area.Code, inhabitants, ReasonEmpty));
                continue;
            }

            units.Add(area.Code);
            for (var g = 0; g < counts.Length; g++)
            {
                rows.Add((area.Code.Value, grouping.Groups[g].Id, counts[g]));
            }
        }

        if (units.Count == 0)
        {
            throw new SegregationInputException($"no {level} in {within.Value} has published {grouping.Id} counts for {year}");
        }

        return new GroupTable(grouping, year, level, CountTable.FromLong(rows), units, excluded);
    }
}
