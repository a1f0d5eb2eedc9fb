using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.Interventions;

/// <summary>
/// One instrument in the catalogue. <see cref="SimulatorInstrument"/> names the simulator's instrument type
/// (docs/simulatie.md) when the intervention can be tried in the simulator first.
/// </summary>
public sealed record CatalogueEntry(string Key, string Name, InterventionKind Kind, string Description, string? SimulatorInstrument);

/// <summary>The instruments of PRODUCT.md ("Instruments from the sources"), grouped as physical, social and economic.</summary>
public static class InterventionCatalogue
{
    public static IReadOnlyList<CatalogueEntry> All { get; } =
    [
        new("sloop-nieuwbouw", "Herstructurering: sloop en nieuwbouw", InterventionKind.Physical,
            "Goedkope voorraad slopen en gemengd terugbouwen, met herhuisvesting van bewoners (urgentie, terugkeerrecht).", "sloop_nieuwbouw"),
        new("verkoop", "Verkoop sociale huurwoningen", InterventionKind.Physical,
            "Sociale huurwoningen verkopen aan bewoners of beleggers; de eigendomsverhouding verandert.", "verkoop"),
        new("middenhuur", "Middenhuur bijbouwen", InterventionKind.Physical,
            "Middenhuur toevoegen in wijken met veel corporatiebezit.", "middenhuur_bijbouwen"),
        new("gespiegeld-bouwen", "Gespiegeld bouwen", InterventionKind.Physical,
            "Sociale huur toevoegen in wijken met weinig corporatiebezit.", "gespiegeld_bouwen"),
        new("renovatie", "Verduurzaming en renovatie", InterventionKind.Physical,
            "Woningen verduurzamen of renoveren, soms met tijdelijke verhuizing; ook een moment om bewoners te bereiken.", "renovatie"),
        new("bijzondere-woonvorm", "Housing First, Skaeve Huse, tussenvoorzieningen", InterventionKind.Physical,
            "Bijzondere woonvormen voor zorgdoelgroepen, met een eigen instroom.", "bijzondere_woonvorm"),
        new("passend-toewijzen", "Passend toewijzen en inkomensgrenzen", InterventionKind.Physical,
            "Huur en inkomen op elkaar afstemmen bij toewijzing van sociale huurwoningen.", "passend_toewijzen"),
        new("directe-bemiddeling", "Directe bemiddeling met spreiding", InterventionKind.Physical,
            "Bijzondere doelgroepen buiten de wachtlijst om plaatsen, gespreid over de stad.", "directe_bemiddeling"),
        new("complexgrens", "Complexgrenzen (maximum per portiek of complex)", InterventionKind.Physical,
            "Een maximum aantal kwetsbare huishoudens per complex.", "complexgrens"),
        new("rotterdamwet", "Rotterdamwet (Wbmgp)", InterventionKind.Physical,
            "Selectieve woningtoewijzing in aangewezen gebieden, met de voorwaarden uit de wet.", "rotterdamwet"),
        new("lokale-binding", "Lokale binding", InterventionKind.Physical,
            "Voorrang voor woningzoekenden met een band met de wijk of gemeente.", "lokale_binding"),
        new("wijkballotage", "Wijkballotage", InterventionKind.Physical,
            "Bewoners kiezen mee wie er komt wonen.", "wijkballotage"),
        new("huur-op-maat", "Huur op Maat", InterventionKind.Physical,
            "Inkomensafhankelijke huur, zodat stijgers kunnen blijven.", "huur_op_maat"),
        new("wijkregisseur", "Wijkregisseur", InterventionKind.Social,
            "Eén procestrekker die het overzicht bewaart en partners verbindt (routekaart stap 7 en 8).", null),
        new("weekstart", "Weekstart", InterventionKind.Social,
            "Een wekelijks kort overleg van professionals in de wijk om signalen te delen en samen op te pakken.", null),
        new("ontmoetingsplek", "Ontmoetingsplek", InterventionKind.Social,
            "Een plek waar bewoners elkaar ontmoeten; zet hem op de schatkaart.", null),
        new("bewonersinitiatief", "Ondersteuning van bewonersinitiatieven", InterventionKind.Social,
            "Initiatieven van bewoners vinden, ondersteunen en verbinden.", null),
        new("wonen-zorg", "Afspraken over wonen en zorg", InterventionKind.Social,
            "Begeleiding van uitstromers en kwetsbare nieuwe bewoners, afgestemd tussen corporatie, zorg en gemeente.", null),
        new("wijkfonds", "Wijkfonds of buurtbudget", InterventionKind.Economic,
            "Een gezamenlijk budget dat een wijkalliantie met bewoners besteedt; boekhouding in de werkruimte.", null),
        new("werk-en-inkomen", "Werk, schulden en inkomen", InterventionKind.Economic,
            "Toeleiding naar werk, schuldhulp en armoedebestrijding in de wijk.", null),
        new("lokale-economie", "Lokale economie en social return", InterventionKind.Economic,
            "Opdrachten en banen in de wijk voor bewoners, bijvoorbeeld bij renovatie of beheer.", null),
    ];

    /// <summary>The entry with this key, or null.</summary>
    public static CatalogueEntry? Find(string? key) => All.FirstOrDefault(e => e.Key == key);
}
