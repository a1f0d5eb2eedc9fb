using System.Globalization;
using Wijkmix.Simulation.Resources;

namespace Wijkmix.Simulation.Results;

/// <summary>Dutch (or English) labels for the stable identifiers in an outcome.</summary>
public static class SimulationLabels
{
    public static string Measure(string id) => Get("Measure_" + id) ?? id;

    /// <summary>The label of a calibration quantity (data/calibration/doelen.json).</summary>
    public static string Quantity(string id) => Get("Calibration_" + id) ?? id;

    public static string Group(string id) => Get("Group_" + id) ?? id;

    private static string? Get(string key) => SimulationText.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);
}
