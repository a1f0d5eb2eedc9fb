namespace Wijkmix.Simulation.Results;

/// <summary>
/// One calibration quantity in a result: the observed target (null where the gemeente has none), what
/// the baseline of this run produced over its recorded years, and where the target comes from.
/// </summary>
public sealed record CalibrationRow(string Quantity, double? Target, Band Model, string Source)
{
    /// <summary>Model median − target; NaN without a target.</summary>
    public double Difference => Target is { } target ? Model.Median - target : double.NaN;
}

/// <summary>
/// How the run's behavioural parameters were set: from the gemeente's bundled calibration (with the
/// parameters it set), or the stated defaults because the gemeente has no observed allocation figures.
/// </summary>
public sealed record CalibrationReport(bool Fitted, IReadOnlyDictionary<string, double> Parameters, IReadOnlyList<CalibrationRow> Rows);
