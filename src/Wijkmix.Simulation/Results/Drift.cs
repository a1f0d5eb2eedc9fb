namespace Wijkmix.Simulation.Results;

/// <summary>
/// How far one index of the baseline moves from the first to the last recorded year under unchanged
/// rules: the change per replicate (banded), and the Monte Carlo band of the last year's value (half
/// the distance between its 5th and 95th percentile) to judge it by.
/// </summary>
public sealed record DriftRow(string Measure, Band Start, Band End, Band Change, double MonteCarloHalfWidth)
{
    /// <summary>Whether the median change stays within the Monte Carlo band.</summary>
    public bool WithinBand => Math.Abs(Change.Median) <= MonteCarloHalfWidth;
}

/// <summary>The gemeente-level indices whose drift every result shows beside the variants' effects.</summary>
internal static class Drift
{
    public static readonly (string Measure, Func<YearSnapshot, double> Value)[] Indices =
    [
        ("d_low_income", s => s.DissimilarityLowIncome),
        ("d_vulnerable", s => s.DissimilarityVulnerable),
        ("d_outside_europe", s => s.DissimilarityOutsideEurope),
        ("m_income", s => s.MutualInformationIncome),
        ("low_income_share", s => Summary.Share(s.LowIncome, s.Households)),
        ("vulnerable_share", s => Summary.Share(s.Vulnerable, s.Households)),
        ("concentrated_complex_share", s => s.ConcentratedComplexShare),
    ];

    public static IReadOnlyList<DriftRow> Of(IReadOnlyList<ReplicateResult> baseline) =>
        [.. Indices.Select(i =>
        {
            var end = Band.Of(baseline.Select(r => i.Value(r.Years[^1])).ToArray());
            return new DriftRow(
                i.Measure,
                Band.Of(baseline.Select(r => i.Value(r.Years[0])).ToArray()),
                end,
                Band.Of(baseline.Select(r => i.Value(r.Years[^1]) - i.Value(r.Years[0])).ToArray()),
                (end.High - end.Low) / 2);
        })];

    /// <summary>The variant's effect on an index in the last year: variant − baseline per replicate pair.</summary>
    public static Band Effect(string measure, IReadOnlyList<ReplicateResult> variant, IReadOnlyList<ReplicateResult> baseline)
    {
        var value = Indices.First(i => i.Measure == measure).Value;
        return Band.Of(variant.Zip(baseline, (a, b) => value(a.Years[^1]) - value(b.Years[^1])).ToArray());
    }
}
