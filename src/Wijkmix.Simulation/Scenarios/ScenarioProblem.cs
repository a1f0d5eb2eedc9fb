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
public sealed record AreaCatalogue(string MunicipalityCode, string MunicipalityName, IReadOnlySet<string> Codes, string Example)
{
    /// <summary>The names of the codes (code → name), so a scenario may name an area instead of giving its code.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The codes whose name is <paramref name="name"/> (ignoring case and surrounding spaces).</summary>
    public IReadOnlyList<string> CodesNamed(string name) =>
        Names.Where(n => string.Equals(n.Value.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)).Select(n => n.Key).Order(StringComparer.Ordinal).ToList();
}

/// <summary>A scenario, or why it could not be read.</summary>
public sealed record ScenarioReadResult(Scenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    public bool Succeeded => Scenario is not null && Problems.Count == 0;
}
