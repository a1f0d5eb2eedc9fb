using System.Globalization;
using Wijkmix.Simulation.Resources;

namespace Wijkmix.Simulation.Scenarios;

/// <summary>What is wrong in a scenario file, and where: file, line (1-based) and the field's path.</summary>
public sealed record ScenarioProblem(string File, int? Line, string Field, string Message)
{
    /// <summary>Reads like <c>scenario.yaml:14, veld varianten[0].instrumenten[1].type: onbekend instrument 'x'; toegestaan: …</c>.</summary>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}, {SimulationText.Field} {Field}: {Message}")
            : $"{File}, {SimulationText.Field} {Field}: {Message}";
}

/// <summary>The areas a scenario may name: the municipality's units, their parents and the municipality itself.</summary>
public sealed record AreaCatalogue(string MunicipalityCode, string MunicipalityName, IReadOnlySet<string> Codes, string Example);

/// <summary>A scenario, or why it could not be read.</summary>
public sealed record ScenarioReadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool Succeeded => Scenario is not null && Problems.Count == 0;
}
