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
    public static readonly RoutekaartPhase Richten = new(
        "Richten",
        "De basis om doelen te bepalen: de huidige situatie, visies en ambities, en wat we verstaan onder de gebruikte termen.");

    public static readonly RoutekaartPhase Inrichten = new(
        "Inrichten",
        "Wat er nodig is om de doelen te halen: welke wegen, welke activiteiten, wie zet ze op en wat doen we als het misgaat.");

    public static readonly RoutekaartPhase Verrichten = new(
        "Verrichten",
        "Doen: reflecteren of we doen wat werkt, en hoe dat wordt geëvalueerd.");

    public static IReadOnlyList<RoutekaartPhase> Phases { get; } = [Richten, Inrichten, Verrichten];

    public static IReadOnlyList<RoutekaartStep> All { get; } =
    [
        new(1, Richten, "Wat verstaan we onder de inclusieve wijk?",
            ["Wat verstaan we onder de inclusieve wijk?", "Welke visies en ambities bestaan er bij de betrokken partijen?"]),
        new(2, Richten, "Voor welke uitdagingen is de inclusieve wijk een oplossing?",
            ["Wat verwachten we van het streven naar de inclusieve wijk?", "Welke opbrengsten zou de strategie moeten hebben voor de wijk?", "Hoe verschilt dat per betrokken partij of belanghebbende?"]),
        new(3, Richten, "Welke veranderingen zijn nodig om tot een inclusieve wijk te komen?",
            ["Wat is er nodig, als we de bestemming naast de huidige uitdagingen leggen?"]),
        new(4, Inrichten, "Wie zijn de doelgroepen?",
            ["Wie heeft er belang bij deze reis? Wiens doel staat voorop?", "Wat verandert er voor betrokken partijen en doelgroepen? Hoe weten we dat?", "Wat zijn onbedoelde effecten en hoe schadelijk kan dat zijn?"]),
        new(5, Inrichten, "Wie worden nu (bewust) niet meegenomen, en waarom?",
            ["Welke partijen en doelgroepen worden meegenomen in het vormgeven en maken van de reis? En welke niet? Waarom is dit?", "In hoeverre heeft iedereen een gelijkwaardige kans om het reisplan te bepalen?", "Hoe ervaren betrokken partijen en doelgroepen het ontwerpproces zelf?"]),
        new(6, Inrichten, "Welke activiteiten, aanpakken en interventies gaan we inzetten?",
            ["Welke concrete acties, bronnen en brandstoffen zijn nodig om de bestemming te bereiken?", "Welke acties werken en welke niet?"]),
        new(7, Inrichten, "Wie is de machinist of procestrekker?",
            ["Wie is verantwoordelijk voor welke activiteiten?", "Wie zorgt dat ze op gang blijven?"]),
        new(8, Verrichten, "Wie zijn nodig om bij de eindbestemming te komen?",
            ["Wie is de reisleider die het overzicht bewaart en zo nodig het reisplan bijstuurt?"]),
        new(9, Verrichten, "Welke risico's kom je onderweg tegen?",
            ["Ligt de trein nog op schema, en hoe gaan we om met opgelopen vertraging?", "Welke partijen en doelgroepen zijn aan boord, hebben de trein gemist of dreigen eraf te vallen?"]),
    ];

    /// <summary>The step with this number, or null.</summary>
    public static RoutekaartStep? Find(int number) => number is >= 1 and <= 9 ? All[number - 1] : null;
}
