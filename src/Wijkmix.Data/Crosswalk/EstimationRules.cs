using Wijkmix.Core.Variables;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Crosswalk;

/// <summary>How a variable is carried from an earlier division to a later one.</summary>
public enum Estimation
{
    /// <summary>A count: the earlier areas' counts times their weights, summed.</summary>
    Sum,
    /// <summary>A share or average: the earlier areas' values averaged, weighted by weight × the denominator they are a share or average of.</summary>
    WeightedMean,
    /// <summary>Not estimated: no honest way to carry it over (medians, categories, densities, surfaces, unknown denominators).</summary>
    Refused,
}

/// <param name="Denominator">For <see cref="Estimation.WeightedMean"/>: the counts (summed) the value is a share or average of.</param>
/// <param name="Reason">For <see cref="Estimation.Refused"/>: why, in English (developer-facing; the CLI names the variable).</param>
public sealed record EstimationRule(string VariableId, Estimation Kind, IReadOnlyList<string> Denominator, string? Reason = null);

/// <summary>
/// The rule per variable of the catalogue. Counts are summed; shares and averages are averaged weighted
/// by the population they are taken over, where the store has that population as a count; everything
/// else is refused rather than guessed.
/// </summary>
public static class EstimationRules
{
    private static readonly string[] Inhabitants = ["inhabitants"];
    private static readonly string[] Households = ["households"];
    private static readonly string[] Dwellings = ["dwellings"];
    private static readonly string[] Educated = ["education_low", "education_middle", "education_high"];

    public static EstimationRule For(VariableDefinition variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var id = variable.Id;
        if (variable.Unit == MeasureUnit.Count)
        {
            return new EstimationRule(id, Estimation.Sum, []);
        }

        string[]? denominator = id switch
        {
            "household_wealth_median" => null,
            "labour_participation_pct" or "youth_care_pct" => null, // taken over age bands the store has no count for
            "income_per_recipient" => ["income_recipients"],
            "income_per_inhabitant" or "wmo_clients_per_1000" => Inhabitants,
            "household_size_avg" or "ses_woa_score" => Households,
            "woz_value_avg" => Dwellings,
            _ when id.StartsWith("age_", StringComparison.Ordinal) && id.EndsWith("_pct", StringComparison.Ordinal) => Inhabitants,
            _ when id.StartsWith("origin_", StringComparison.Ordinal) && id.EndsWith("_pct", StringComparison.Ordinal) => Inhabitants,
            _ when id.StartsWith("households_", StringComparison.Ordinal) && id.EndsWith("_pct", StringComparison.Ordinal) => Households,
            _ when id.StartsWith("dwellings_", StringComparison.Ordinal) && id.EndsWith("_pct", StringComparison.Ordinal) => Dwellings,
            _ when id.StartsWith("education_", StringComparison.Ordinal) && id.EndsWith("_pct", StringComparison.Ordinal) => Educated,
            _ => null,
        };
        if (denominator is not null)
        {
            return new EstimationRule(id, Estimation.WeightedMean, denominator);
        }

        var reason = variable.Unit switch
        {
            _ when id.EndsWith("_median", StringComparison.Ordinal) => Messages.RefusedMedian,
            MeasureUnit.Category => Messages.RefusedCategory,
            MeasureUnit.PerSquareKilometre or MeasureUnit.Hectare => Messages.RefusedSurface,
            MeasureUnit.Kilometre => Messages.RefusedDistance,
            _ => Messages.RefusedNoCount,
        };
        return new EstimationRule(id, Estimation.Refused, [], reason);
    }
}
