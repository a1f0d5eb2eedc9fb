using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Crosswalk;

/// <summary>What a crosswalk did at one level of the later division, for the command's summary.</summary>
/// <param name="Table">The crosswalk at this level (all areas, not only the scope).</param>
/// <param name="Scope">The later areas this run estimated (or found it could not); their earlier estimates of the same method are replaced.</param>
/// <param name="FromAreas">Earlier areas that contribute to the later areas in scope.</param>
/// <param name="ToAreas">Later areas in scope.</param>
/// <param name="Joined">Later areas in scope joined to the same code without estimation.</param>
/// <param name="Split">Earlier areas contributing to the scope that are spread over more than one later area.</param>
/// <param name="Merged">Later areas in scope made of more than one earlier area.</param>
/// <param name="Estimated">Later areas in scope that received estimates.</param>
public sealed record CrosswalkLevelSummary(CrosswalkTable Table, EstimateSet Set, IReadOnlySet<AreaCode> Scope, int FromAreas, int ToAreas, int Joined, int Split, int Merged, int Estimated);

/// <param name="Levels">The crosswalk's own level first; for buurten also their wijken.</param>
/// <param name="Uncovered">Earlier areas that no later area covers (their figures are carried nowhere).</param>
public sealed record CrosswalkSummary(DivisionKey From, DivisionKey To, IReadOnlyList<CrosswalkLevelSummary> Levels, IReadOnlyList<AreaCode> Uncovered, int Stored);

/// <summary>Boundaries from the store → crosswalk → estimates → the store (one transaction).</summary>
public static class CrosswalkRun
{
    /// <summary>
    /// Crosswalks the stored boundaries at <paramref name="level"/> of <paramref name="fromYear"/> to those of
    /// <paramref name="toYear"/> and stores the estimates; a buurt crosswalk also estimates the later division's
    /// wijken (their buurten's weights summed). With <paramref name="municipalities"/> only later areas inside those
    /// gemeenten are estimated. Returns null when either year has no boundaries at that level.
    /// </summary>
    public static CrosswalkSummary? Run(WijkmixStore store, AreaLevel level, int fromYear, int toYear,
        IReadOnlyCollection<AreaCode>? municipalities = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var from = Division.FromGeoJson(level, fromYear, store.Geometries(level, fromYear));
        var to = Division.FromGeoJson(level, toYear, store.Geometries(level, toYear));
        if (from.Areas.Count == 0 || to.Areas.Count == 0)
        {
            return null;
        }

        var crosswalk = DivisionCrosswalk.Compute(from, to);
        var tables = new List<CrosswalkTable> { crosswalk };
        if (level == AreaLevel.Neighbourhood)
        {
            tables.Add(crosswalk.Up(AreaLevel.District, to.Areas.ToDictionary(a => a.Code, a => a.Area)));
        }

        var variables = VariableCatalogue.Default.Variables.Select(v => v.Id).ToArray();
        var levels = new List<CrosswalkLevelSummary>();
        foreach (var table in tables)
        {
            var scope = table.ByTo.Select(g => g.Key)
                .Where(c => municipalities is not { Count: > 0 } || municipalities.Any(m => m.Contains(c))).ToHashSet();
            var inScope = table.Links.Where(l => scope.Contains(l.To)).ToList();
            var contributors = inScope.Select(l => l.From).Distinct().ToArray();
            var set = CrosswalkEstimates.Estimate(table, store.Get(contributors, variables), scope);
            levels.Add(new CrosswalkLevelSummary(table, set, scope, contributors.Length, scope.Count, scope.Count(table.Joined.Contains),
                contributors.Count(c => table.ByFrom[c].Count() > 1), inScope.GroupBy(l => l.To).Count(g => g.Count() > 1),
                set.Estimates.Select(o => o.Area).Distinct().Count()));
        }

        var stored = store.StoreEstimates(levels.Select(l => (l.Set.Method, (IReadOnlyCollection<AreaCode>)l.Scope, l.Set.Estimates)).ToList(), clock);
        var uncovered = municipalities is { Count: > 0 } ? crosswalk.Uncovered.Where(c => municipalities.Any(m => m.Contains(c))).ToList() : crosswalk.Uncovered;
        return new CrosswalkSummary(from.Key, to.Key, levels, uncovered, stored);
    }
}
