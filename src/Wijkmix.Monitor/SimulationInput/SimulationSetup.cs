using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Monitor.Resources;
using Wijkmix.Simulation;
using Wijkmix.Simulation.Analysis;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Monitor.SimulationInput;

/// <summary>A scenario checked against the municipality it names, with the figures to fit the starting state to.</summary>
public sealed record SimulationSetup(Scenario Scenario, MunicipalityFigures Figures)
{
    /// <summary>The same setup with another seed for the random draws (the command line's <c>--seed</c>).</summary>
    public SimulationSetup WithSeed(ulong seed) => this with { Scenario = Scenario with { Seed = seed } };

    /// <summary>
    /// The same setup starting from partners' housing complexes (their dwellings and, where known, their residents'
    /// incomes; the rest of each buurt is fitted as before). When a complex cannot be used (a buurt code that is not one
    /// of the figures' units, a repeated code, impossible counts) there is no setup and the problems say why, under
    /// <paramref name="file"/> (the partner file the complexes came from).
    /// </summary>
    public (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) WithComplexes(IReadOnlyList<ComplexFigures> complexes, string file)
    {
        ArgumentNullException.ThrowIfNull(complexes);
        var problems = ComplexFigures.Check(complexes, Figures, file);
        return problems.Count > 0 ? (null, problems) : (this with { Figures = Figures with { Complexes = complexes } }, []);
    }

    /// <summary>Runs the scenario and its variants <paramref name="replicates"/> times each (the shells' one way into the engine).</summary>
    public SimulationOutcome Run(int replicates, IProgress<SimulationProgress>? progress = null, CancellationToken cancellation = default) =>
        Simulator.Run(Scenario, Figures, replicates, progress, cancellation);

    /// <summary>Morris screening of the assumed market parameters on this scenario (<see cref="Sensitivity"/>).</summary>
    public SensitivityResult Screen(int trajectories, IProgress<SimulationProgress>? progress = null, CancellationToken cancellation = default) =>
        Sensitivity.Run(Scenario, Figures, trajectories, progress: progress, cancellation: cancellation);
}

/// <summary>
/// Reads a scenario text, finds its municipality and checks every area code against it (CLI and web share this).
/// The command line reads the areas and figures from the store; the web passes the ones it has cached.
/// </summary>
public static class SimulationSetups
{
    public static (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) Prepare(IObservationSource store, string text, string file)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Prepare(text, file, query => Municipality(store.AllAreas(), query, store.FindArea), code => SimulationFigures.Read(store, code));
    }

    /// <summary>As <see cref="Prepare(IObservationSource, string, string)"/>, with the areas and the figures of a municipality from elsewhere (a cache).</summary>
    public static (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) Prepare(
        string text, string file, IReadOnlyList<Area> areas, Func<AreaCode, MunicipalityFigures?> figures)
    {
        ArgumentNullException.ThrowIfNull(areas);
        return Prepare(text, file, query => Municipality(areas, query, code => areas.FirstOrDefault(a => a.Code == code)), figures);
    }

    /// <summary>
    /// Why <paramref name="figures"/> cannot be simulated: their units lack the housing mix or an income share of their
    /// own (<see cref="MunicipalityFigures.Missing"/>), so every unit would copy the gemeente. Null when they can.
    /// </summary>
    public static string? Refusal(MunicipalityFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Missing.Count == 0 ? null
            : string.Format(CultureInfo.CurrentCulture, MonitorText.SimMissingFigures, figures.Name, figures.UnitLevel, figures.Year, string.Join(", ", figures.Missing));
    }

    /// <summary>
    /// <paramref name="scenario"/> (built from a form rather than read from a file) with the settings the scenario
    /// reader gives a file that leaves them out: the default burn-in, so a form's run starts from the same
    /// stationary state as the file the form writes.
    /// </summary>
    public static Scenario WithReaderDefaults(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario with { BurnInYears = Scenario.DefaultBurnInYears };
    }

    /// <summary>The areas a scenario on <paramref name="figures"/> may name: its units, their parents and the municipality.</summary>
    public static AreaCatalogue Catalogue(MunicipalityFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var codes = figures.Units.Select(u => u.Code).Concat(figures.Units.Select(u => u.ParentCode)).ToHashSet(StringComparer.Ordinal);
        var names = figures.Units.Select(u => (u.Code, u.Name)).Concat(figures.Units.Select(u => (Code: u.ParentCode, Name: u.ParentName)))
            .Where(n => n.Code != figures.Code).DistinctBy(n => n.Code).ToDictionary(n => n.Code, n => n.Name, StringComparer.Ordinal);
        return new AreaCatalogue(figures.Code, figures.Name, codes, string.Join(", ", figures.Units.Take(2).Select(u => u.Code))) { Names = names };
    }

    private static (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) Prepare(
        string text, string file, Func<string, Area?> findMunicipality, Func<AreaCode, MunicipalityFigures?> readFigures)
    {
        var first = ScenarioReader.Read(text, file);
        if (first.Scenario is null)
        {
            return (null, first.Problems);
        }

        var query = first.Scenario.Municipality;
        if (findMunicipality(query) is not { } municipality)
        {
            return (null, [new ScenarioProblem(file, null, "gemeente", string.Format(CultureInfo.CurrentCulture, MonitorText.SimUnknownMunicipality, query))]);
        }

        if (readFigures(municipality.Code) is not { } figures)
        {
            return (null, [new ScenarioProblem(file, null, "gemeente", string.Format(CultureInfo.CurrentCulture, MonitorText.SimNoFigures, municipality.DisplayName))]);
        }

        if (Refusal(figures) is { } refusal)
        {
            return (null, [new ScenarioProblem(file, null, "gemeente", refusal)]);
        }

        var catalogue = Catalogue(figures);
        var checkedRead = ScenarioReader.Read(text, file, catalogue);
        return checkedRead.Scenario is { } scenario
            ? (new SimulationSetup(scenario, figures with { Notes = [.. figures.Notes, .. AreasNote(scenario, catalogue)] }), [])
            : (null, checkedRead.Problems);
    }

    /// <summary>The areas the scenario's instruments are limited to, each with its code, name and variant (none when all apply city-wide).</summary>
    internal static IEnumerable<string> AreasNote(Scenario scenario, AreaCatalogue catalogue)
    {
        var named = scenario.AllVariants.SelectMany(v => v.Instruments.SelectMany(i => i.Areas).Where(a => a != catalogue.MunicipalityCode).Distinct()
                .Select(a => string.Format(CultureInfo.CurrentCulture, MonitorText.SimAreaNamed, a, catalogue.Names.GetValueOrDefault(a, a), v.Name)))
            .Distinct().ToList();
        return named.Count == 0 ? [] : [string.Format(CultureInfo.CurrentCulture, MonitorText.SimScenarioAreas, string.Join("; ", named))];
    }

    /// <summary>The municipality a scenario names: by its code, else the best match of its name.</summary>
    private static Area? Municipality(IReadOnlyList<Area> areas, string query, Func<AreaCode, Area?> find)
    {
        var matches = AreaSearch.Find(areas, query, AreaLevel.Municipality, limit: 1);
        return AreaCode.TryParse(query, out var code) && code.Level == AreaLevel.Municipality && find(code) is { } exact
            ? exact
            : matches.Count > 0 ? matches[0].Area : null;
    }
}
