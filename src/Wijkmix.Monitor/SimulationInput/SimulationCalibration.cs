using System.Text.Json;
using Wijkmix.Simulation.Calibration;
using Wijkmix.Simulation.Results;

namespace Wijkmix.Monitor.SimulationInput;

/// <summary>A calibration file as read: the fit, or the line and field where it is not valid.</summary>
public sealed record CalibrationFileRead(CalibrationFit? Fit, long Line, string Field);

/// <summary>
/// The shells' way to the simulator's calibration (<c>wijkmix simulate --calibrate</c>, decision 0017):
/// which gemeenten have observed figures, the fit itself, and reading and writing calibration files.
/// </summary>
public static class SimulationCalibration
{
    /// <summary>The gemeenten with observed allocation figures (data/calibration/doelen.json).</summary>
    public static IReadOnlyList<string> Municipalities => CalibrationTargets.Municipalities;

    /// <summary>The calibration's default budget of objective evaluations.</summary>
    public static int DefaultEvaluations => new CalibrationSettings().Evaluations;

    public static bool HasTargets(string code) => CalibrationTargets.For(code).Count > 0;

    /// <summary>The parameters a calibration of <paramref name="code"/> moves (by their scenario names).</summary>
    public static IReadOnlyList<string> Knobs(string code) => Calibrator.KnobsFor(code);

    /// <summary>The label of a calibration quantity in the current language.</summary>
    public static string Label(string quantity) => SimulationLabels.Quantity(quantity);

    /// <summary>
    /// Fits the setup's gemeente with the default settings, <paramref name="evaluations"/> as the budget and the
    /// scenario's start year and seed; starting from <paramref name="previous"/> when a calibration exists.
    /// <paramref name="seconds"/> gives the wall-clock time the shell measured, stored in the fit.
    /// </summary>
    public static CalibrationFit Fit(SimulationSetup setup, int evaluations, CalibrationFit? previous, IProgress<int>? progress, Func<double> seconds)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(seconds);
        var settings = new CalibrationSettings { Evaluations = evaluations, StartYear = setup.Scenario.StartYear, Seed = setup.Scenario.Seed };
        var start = previous?.Apply(setup.Scenario.Market) ?? setup.Scenario.Market;
        var fit = Calibrator.Fit(setup.Figures, start, settings, progress);
        return fit with { Seconds = Math.Round(seconds(), 1) };
    }

    public static string ToJson(CalibrationFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.ToJson();
    }

    /// <summary>Reads a calibration file's text; an invalid one gives its line (1-based) and field.</summary>
    public static CalibrationFileRead Read(string json)
    {
        try
        {
            return new CalibrationFileRead(CalibrationFit.FromJson(json), 0, "");
        }
        catch (JsonException e)
        {
            return new CalibrationFileRead(null, (e.LineNumber ?? 0) + 1, e.Path ?? "$");
        }
    }
}
