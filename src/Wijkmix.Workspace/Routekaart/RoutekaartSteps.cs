using Wijkmix.Workspace.Internal;

namespace Wijkmix.Workspace.Routekaart;

/// <summary>One of the three phases of the routekaart (richten, inrichten, verrichten).</summary>
public sealed record RoutekaartPhase(string Name, string Purpose);

/// <summary>One of the nine steps ("perrons") with the questions the source asks the partners.</summary>
public sealed record RoutekaartStep(int Number, RoutekaartPhase Phase, string Title, IReadOnlyList<string> Questions);

/// <summary>
/// The routekaart of the learning network "De gemengde wijk als tussenstap naar de inclusieve wijk" (chapter 4,
/// Movisie's richten–inrichten–verrichten), with its questions quoted from the source.
/// </summary>
public static class RoutekaartSteps
{
    private static readonly Source Read = EmbeddedJson.Read<Source>("routekaart.json");

    public static IReadOnlyList<RoutekaartPhase> Phases { get; } = Read.Phases;

    /// <summary>The nine steps in order, as <c>routekaart.json</c> quotes them.</summary>
    public static IReadOnlyList<RoutekaartStep> All { get; } = Read.Steps
        .Select(s => new RoutekaartStep(s.Number, Phases.Single(p => p.Name == s.Phase), s.Title, s.Questions)).ToList();

    /// <summary>The step with this number, or null.</summary>
    public static RoutekaartStep? Find(int number) => number is >= 1 and <= 9 ? All[number - 1] : null;

    private sealed record Source(IReadOnlyList<RoutekaartPhase> Phases, IReadOnlyList<StepSource> Steps);

    private sealed record StepSource(int Number, string Phase, string Title, IReadOnlyList<string> Questions);
}
