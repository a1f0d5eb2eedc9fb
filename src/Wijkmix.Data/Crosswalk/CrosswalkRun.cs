using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Crosswalk;

/// <summary>What a crosswalk run did, for the command's summary.</summary>
/// <param name="Joined">Later areas in scope joined to the same code without estimation.</param>
/// <param name="Split">Earlier areas in scope spread over more than one later area.</param>
/// <param name="Merged">Later areas in scope made of more than one earlier area.</param>
/// <param name="Estimated">Later areas in scope that received estimates.</param>
/// <param name="Uncovered">Earlier areas the later division does not cover (their figures are carried nowhere).</param>
public sealed record CrosswalkSummary(
    EstimateSet Set,
    int FromAreas,
    int ToAreas,
    int Joined,
    int Split,
    int Merged,
    int Estimated,
    IReadOnlyList<AreaCode> Uncovered,
    int Stored);

/// <summary>Boundaries from the store → crosswalk → estimates → the store (one transaction).</summary>
public static class CrosswalkRun
{
    /// <summary>
    /// Crosswalks the stored boundaries of <paramref name="fromLevel"/> in <paramref name="fromYear"/> to those of
    /// <paramref name="toLevel"/> in <paramref name="toYear"/> and stores the estimates. With
    /// <paramref name="municipalities"/> only later areas inside those gemeenten (of the later division) are
    /// estimated. Returns null when either year has no boundaries at that level.
    /// </summary>
    public static CrosswalkSummary? Run(WijkmixStore store, AreaLevel fromLevel, int fromYear, AreaLevel toLevel, int toYear,
        IReadOnlyCollection<AreaCode>? municipalities = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var from = Division.FromGeoJson(fromLevel, fromYear, store.Geometries(fromLevel, fromYear));
        var to = Division.FromGeoJson(toLevel, toYear, store.Geometries(toLevel, toYear));
        if (from.Areas.Count == 0 || to.Areas.Count == 0)
        {
            return null;
        }

        var crosswalk = DivisionCrosswalk.Compute(from, to);
        var scope = municipalities is { Count: > 0 }
            ? to.Areas.Select(a => a.Code).Where(c => municipalities.Any(m => m.Contains(c))).ToHashSet()
            : to.Areas.Select(a => a.Code).ToHashSet();
        var contributors = crosswalk.Links.Where(l => scope.Contains(l.To)).Select(l => l.From).Distinct().ToArray();
        var variables = VariableCatalogue.Default.Variables.Select(v => v.Id).ToArray();
        var set = CrosswalkEstimates.Estimate(crosswalk, store.Get(contributors, variables), scope);
        var stored = store.StoreEstimates(set.Method, set.Estimates, clock);

        var inScope = crosswalk.Links.Where(l => scope.Contains(l.To)).ToList();
        return new CrosswalkSummary(
            set,
            contributors.Length,
            scope.Count,
            scope.Count(crosswalk.Joined.Contains),
            inScope.GroupBy(l => l.From).Count(g => crosswalk.ByFrom[g.Key].Count() > 1),
            inScope.GroupBy(l => l.To).Count(g => g.Count() > 1),
            set.Estimates.Select(o => o.Area).Distinct().Count(),
            municipalities is { Count: > 0 } ? [] : crosswalk.Uncovered,
            stored);
    }
}
