using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Results;

/// <summary>A value over the replicates: the 5th percentile, the median and the 95th percentile.</summary>
public readonly record struct Band(double Low, double Median, double High)
{
    public static Band Of(IReadOnlyList<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        return sorted.Length == 0
            ? new Band(double.NaN, double.NaN, double.NaN)
            : new Band(Percentile(sorted, 0.05), Percentile(sorted, 0.5), Percentile(sorted, 0.95));
    }

    /// <summary>Linear interpolation between closest ranks.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}

/// <summary>
/// One figure of a variant in one year. <see cref="Section"/> and <see cref="Measure"/> are stable
/// identifiers (labels in <c>SimulationText</c>); <see cref="Level"/> is buurt, wijk, gemeente or complex.
/// </summary>
public sealed record OutcomeRow(string Variant, int Year, string Section, string Level, string Code, string Name, string Measure, Band Value);

/// <summary>Households moved by an intervention, from the unit they had to leave to where they live at the end ("" = still seeking or left the city).</summary>
public sealed record FlowRow(string Variant, string FromCode, string FromName, string ToCode, string ToName, Band Households);

/// <summary>Everything a variant produced, summarised over the replicates.</summary>
public sealed record VariantOutcome(
    string Name,
    IReadOnlyList<OutcomeRow> Rows,
    IReadOnlyList<FlowRow> Flows,
    IReadOnlyList<string> Summary,
    IReadOnlyList<Ledger> FirstReplicateLedgers);

/// <summary>The result of running a scenario.</summary>
public sealed record SimulationOutcome(
    Scenario Scenario,
    string MunicipalityCode,
    string MunicipalityName,
    int DataYear,
    string UnitLevel,
    int Replicates,
    IReadOnlyList<string> Notes,
    IReadOnlyList<VariantOutcome> Variants)
{
    public VariantOutcome Baseline => Variants[0];

    /// <summary>The calibration behind the run and the fit it reached (target, model, difference per quantity).</summary>
    public CalibrationReport? Calibration { get; init; }

    /// <summary>The baseline's drift per index over the recorded years, shown beside every variant's effect.</summary>
    public IReadOnlyList<DriftRow> BaselineDrift { get; init; } = [];
}
