using System.Globalization;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Resources;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Calibration;

/// <summary>What every result says about the calibration behind it: the parameters used, and target, model and difference per quantity.</summary>
internal static class CalibrationReports
{
    /// <summary>The scenario with the gemeente's bundled calibration over the market parameters it does not set itself.</summary>
    public static (Scenario Scenario, CalibrationFit? Fit) Resolve(Scenario scenario, string code)
    {
        var fit = scenario.UseCalibration ? CalibrationFit.Bundled(code) : null;
        return fit is null ? (scenario, null) : (scenario with { Market = fit.Apply(scenario.Market) }, fit);
    }

    public static CalibrationReport Report(string code, Scenario scenario, CalibrationFit? fit, IReadOnlyList<ReplicateResult> baseline)
    {
        var targets = CalibrationTargets.For(code);
        var rows = CalibrationMeasures.Quantities.Select(q =>
        {
            var target = targets.FirstOrDefault(t => t.Quantity == q);
            return new CalibrationRow(q, target?.Value, CalibrationMeasures.Of(q, baseline), target?.Source ?? "");
        }).ToArray();
        var parameters = CalibrationKnobs.All.ToDictionary(k => k.Name, k => k.Get(scenario.Market));
        return new CalibrationReport(fit is not null, parameters, rows);
    }

    public static IEnumerable<string> Notices(MunicipalityFigures figures, Scenario original, CalibrationFit? fit)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (!original.UseCalibration)
        {
            yield return SimulationText.CalibrationOff;
        }
        else if (fit is not null)
        {
            var used = fit.Parameters.Where(p => !original.Market.Given.Contains(p.Key))
                .Select(p => $"{p.Key} {p.Value.ToString("G4", culture)}");
            yield return string.Format(culture, SimulationText.CalibrationFitted, figures.Name, figures.Code, string.Join(", ", used));
            var own = fit.Parameters.Keys.Where(original.Market.Given.Contains).ToArray();
            if (own.Length > 0)
            {
                yield return string.Format(culture, SimulationText.CalibrationOwn, string.Join(", ", own));
            }
        }
        else
        {
            var text = CalibrationTargets.For(figures.Code).Count > 0 ? SimulationText.CalibrationNotYet : SimulationText.CalibrationDefault;
            yield return string.Format(culture, text, figures.Name);
        }
    }
}
