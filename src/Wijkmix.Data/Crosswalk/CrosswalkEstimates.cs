using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Crosswalk;

/// <summary>The estimates for the later division, and what was not estimated.</summary>
/// <param name="Estimates">Observations of later areas in earlier years, each with <see cref="Observation.Estimate"/> set to the method's code.</param>
/// <param name="Refused">Variables present in the earlier figures that were not estimated, with the rule that refused them.</param>
/// <param name="Incomplete">Later area, year and variable left out because a contributing earlier area lacked the figure or had it suppressed.</param>
/// <param name="PartlyCovered">Later areas not estimated because the earlier division covers less than <see cref="CrosswalkRules.Covered"/> of them.</param>
public sealed record EstimateSet(EstimateMethod Method, IReadOnlyList<Observation> Estimates, IReadOnlyList<EstimationRule> Refused, int Incomplete,
    int PartlyCovered);

/// <summary>Carries figures of an earlier division over to a later one through a <see cref="CrosswalkTable"/>.</summary>
public static class CrosswalkEstimates
{
    /// <summary>
    /// Estimates every later area that is not joined to an earlier area of the same code, for each year
    /// from the earlier division's year up to (not including) the later division's year, from the earlier
    /// areas' published figures. A figure is only estimated when every earlier area that contributes has it
    /// (and its denominator); otherwise it is left out, never partly summed. Estimates already in
    /// <paramref name="earlier"/> are ignored: estimates are never made from estimates.
    /// </summary>
    /// <param name="only">When given, only these later areas are estimated.</param>
    public static EstimateSet Estimate(CrosswalkTable crosswalk, IEnumerable<Observation> earlier, IReadOnlySet<AreaCode>? only = null,
        VariableCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        ArgumentNullException.ThrowIfNull(earlier);
        catalogue ??= VariableCatalogue.Default;
        var method = new EstimateMethod(crosswalk.From.Level, crosswalk.From.Year, crosswalk.To.Level, crosswalk.To.Year);
        var published = earlier.Where(o => o.Estimate is null && o.Year >= method.FromYear && o.Year < method.ToYear).ToList();
        var table = new ObservationTable(published);
        var years = published.Select(o => o.Year).Distinct().Order().ToArray();
        var rules = published.Select(o => o.VariableId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(v => catalogue.TryGet(v, out var definition) ? EstimationRules.For(definition) : new EstimationRule(v, Estimation.Refused, [], Messages.RefusedNotInCatalogue))
            .ToList();

        var estimates = new List<Observation>();
        var incomplete = 0;
        var partlyCovered = 0;
        foreach (var later in crosswalk.ByTo.OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            if (crosswalk.Joined.Contains(later.Key) || (only is not null && !only.Contains(later.Key)))
            {
                continue;
            }

            // Part of the later area lies outside every earlier area: its figures would be missing from the sum.
            if (crosswalk.Coverage.GetValueOrDefault(later.Key) < crosswalk.Rules.Covered)
            {
                partlyCovered++;
                continue;
            }

            var parts = later.ToArray();
            foreach (var year in years)
            {
                foreach (var rule in rules.Where(r => r.Kind != Estimation.Refused))
                {
                    if (Combine(rule, parts, table, year) is { } value)
                    {
                        estimates.Add(new Observation(later.Key, year, rule.VariableId, value) { Estimate = method.Code });
                    }
                    else if (parts.Any(p => table.Get(p.From, year, rule.VariableId).State != FigureState.Unavailable))
                    {
                        incomplete++;
                    }
                }
            }
        }

        return new EstimateSet(method, estimates, rules.Where(r => r.Kind == Estimation.Refused).ToList(), incomplete, partlyCovered);
    }

    private static double? Combine(EstimationRule rule, CrosswalkLink[] parts, ObservationTable table, int year)
    {
        double sum = 0, weights = 0;
        foreach (var part in parts)
        {
            if (table.Get(part.From, year, rule.VariableId).Value is not { } value)
            {
                return null;
            }

            if (rule.Kind == Estimation.Sum)
            {
                sum += part.Weight * value;
                continue;
            }

            double denominator = 0;
            foreach (var d in rule.Denominator)
            {
                if (table.Get(part.From, year, d).Value is not { } count)
                {
                    return null;
                }

                denominator += count;
            }

            sum += part.Weight * denominator * value;
            weights += part.Weight * denominator;
        }

        return rule.Kind == Estimation.Sum ? sum : weights > 0 ? sum / weights : null;
    }
}
