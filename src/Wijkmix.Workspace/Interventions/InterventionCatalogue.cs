using Wijkmix.Workspace.Internal;
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
    /// <summary>Every instrument, as <c>interventions.json</c> lists them (Dutch, from the sources).</summary>
    public static IReadOnlyList<CatalogueEntry> All { get; } = EmbeddedJson.Read<List<CatalogueEntry>>("interventions.json");

    /// <summary>The entry with this key, or null.</summary>
    public static CatalogueEntry? Find(string? key) => All.FirstOrDefault(e => e.Key == key);
}
