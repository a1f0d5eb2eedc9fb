using System.Globalization;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Resources;

namespace Wijkmix.Simulation.Results;

/// <summary>The notes that say a run started from partners' complexes: which, whose, where, and what the start had to adjust.</summary>
internal static class ComplexNotice
{
    private static CultureInfo Culture => CultureInfo.CurrentUICulture;

    /// <summary>Empty for a wholly synthetic start.</summary>
    public static IReadOnlyList<string> Of(StartingPlan plan)
    {
        if (plan.Complexes.Count == 0)
        {
            return [];
        }

        var units = plan.Figures.Units;
        var complexes = plan.Complexes.Select(c => c.Figures).ToArray();
        var organisations = string.Join(", ", complexes.Select(c => c.Organisation).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var buurten = string.Join(", ", plan.Complexes.Select(c => c.Unit).Distinct().Order().Select(u => $"{units[u].Name} ({units[u].Code})"));
        var lines = new List<string>
        {
            string.Format(Culture, SimulationText.ComplexStart, complexes.Length, complexes.Sum(c => c.Dwellings).ToString("N0", Culture), organisations, buurten, complexes.Count(c => c.IncomeKnown)),
        };
        foreach (var raise in plan.Raises)
        {
            var segment = SimulationText.ResourceManager.GetString("Segment_" + raise.Segment, Culture) ?? raise.Segment.ToString();
            lines.Add(string.Format(Culture, SimulationText.ComplexRaise, units[raise.Unit].Name, units[raise.Unit].Code, Unscaled(raise.Used, plan), segment, Unscaled(raise.Kwb, plan)));
        }

        if (plan.AddedHouseholds > 0)
        {
            lines.Add(string.Format(Culture, SimulationText.ComplexAdded, Unscaled(plan.AddedHouseholds, plan)));
        }

        return lines;
    }

    private static string Unscaled(int count, StartingPlan plan) => Math.Round(count / plan.Scale).ToString("N0", Culture);
}
