using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkmix.Workspace.Internal;

/// <summary>Reads the catalogues embedded in this assembly as JSON (the interventions, the routekaart), quoted from the sources.</summary>
internal static class EmbeddedJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static T Read<T>(string name)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream("Wijkmix.Workspace." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"{name} is empty.");
    }
}
