using Wijkmix.Core.Tables;
using Wijkmix.Simulation.Results;

namespace Wijkmix.Monitor.Tables;

/// <summary>A simulation outcome as one tidy table: every figure with its band, the flows as rows of their own.</summary>
public static class SimulationTable
{
    public static TidyTable Of(SimulationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var table = new TidyTable(["variant", "year", "section", "level", "area_code", "area_name", "measure", "low", "median", "high", "to_code", "to_name", "synthetic"]);
        foreach (var variant in outcome.Variants)
        {
            foreach (var r in variant.Rows)
            {
                table.Add(r.Variant, r.Year, r.Section, r.Level, r.Code, r.Name, r.Measure, Cell(r.Value.Low), Cell(r.Value.Median), Cell(r.Value.High), null, null, true);
            }

            foreach (var f in variant.Flows)
            {
                table.Add(f.Variant, outcome.Scenario.StartYear + outcome.Scenario.Years, "flows", outcome.UnitLevel, f.FromCode, f.FromName, "households_moved", Cell(f.Households.Low), Cell(f.Households.Median), Cell(f.Households.High), f.ToCode, f.ToName, true);
            }
        }

        return table;
    }

    private static double? Cell(double v) => double.IsFinite(v) ? v : null;
}
