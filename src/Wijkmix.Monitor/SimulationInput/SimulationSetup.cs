using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Resources;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Monitor.SimulationInput;

/// <summary>A scenario checked against the municipality it names, with the figures to fit the starting state to.</summary>
public sealed record SimulationSetup(Scenario Scenario, MunicipalityFigures Figures);

/// <summary>Reads a scenario, finds its municipality in the store and checks every area code against it (CLI and web share this).</summary>
public static class SimulationSetups
{
    public static (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) Prepare(IObservationSource store, string text, string file)
    {
        ArgumentNullException.ThrowIfNull(store);
        var first = ScenarioReader.Read(text, file);
        if (first.Scenario is null)
        {
            return (null, first.Problems);
        }

        var query = first.Scenario.Municipality;
        var matches = AreaSearch.Find(store.AllAreas(), query, AreaLevel.Municipality, limit: 1);
        var municipality = AreaCode.TryParse(query, out var code) && code.Level == AreaLevel.Municipality && store.FindArea(code) is { } exact
            ? exact
            : matches.Count > 0 ? matches[0].Area : null;
        if (municipality is null)
        {
            return (null, [new ScenarioProblem(file, null, "gemeente", string.Format(CultureInfo.CurrentCulture, MonitorText.SimUnknownMunicipality, query))]);
        }

        if (SimulationFigures.Read(store, municipality.Code) is not { } figures)
        {
            return (null, [new ScenarioProblem(file, null, "gemeente", string.Format(CultureInfo.CurrentCulture, MonitorText.SimNoFigures, municipality.DisplayName))]);
        }

        var codes = figures.Units.Select(u => u.Code).Concat(figures.Units.Select(u => u.ParentCode)).ToHashSet(StringComparer.Ordinal);
        var catalogue = new AreaCatalogue(figures.Code, figures.Name, codes, string.Join(", ", figures.Units.Take(2).Select(u => u.Code)));
        var checkedRead = ScenarioReader.Read(text, file, catalogue);
        return checkedRead.Scenario is { } scenario
            ? (new SimulationSetup(scenario, figures), [])
            : (null, checkedRead.Problems);
    }
}
