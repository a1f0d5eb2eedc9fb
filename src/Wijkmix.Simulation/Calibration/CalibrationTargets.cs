using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wijkmix.Simulation.Calibration;

/// <summary>One observed allocation figure of a gemeente (data/calibration/doelen.json, from DOMAIN A12).</summary>
public sealed record CalibrationTarget(
    [property: JsonPropertyName("grootheid")] string Quantity,
    [property: JsonPropertyName("waarde")] double Value,
    [property: JsonPropertyName("jaren")] string Years,
    [property: JsonPropertyName("bron")] string Source,
    [property: JsonPropertyName("afgeleid")] bool Derived,
    [property: JsonPropertyName("gewicht")] double Weight);

/// <summary>The catalogue of observed figures per gemeente, bundled from data/calibration/doelen.json.</summary>
public static class CalibrationTargets
{
    private sealed record Municipality(
        [property: JsonPropertyName("gemeente")] string Code,
        [property: JsonPropertyName("naam")] string Name,
        [property: JsonPropertyName("doelen")] IReadOnlyList<CalibrationTarget> Targets);

    private sealed record Catalogue([property: JsonPropertyName("gemeenten")] IReadOnlyList<Municipality> Municipalities);

    private static readonly Lazy<Catalogue> Bundled = new(() =>
    {
        using var stream = BundledFiles.Open("doelen.json") ?? throw new InvalidOperationException("doelen.json is not embedded");
        return JsonSerializer.Deserialize<Catalogue>(stream)!;
    });

    /// <summary>The gemeenten that have observed figures.</summary>
    public static IReadOnlyList<string> Municipalities => [.. Bundled.Value.Municipalities.Select(m => m.Code)];

    /// <summary>The observed figures of gemeente <paramref name="code"/>; empty when it has none.</summary>
    public static IReadOnlyList<CalibrationTarget> For(string code) =>
        Bundled.Value.Municipalities.FirstOrDefault(m => m.Code == code)?.Targets ?? [];
}

/// <summary>The files under data/calibration embedded in this assembly.</summary>
internal static class BundledFiles
{
    public static Stream? Open(string name) => typeof(BundledFiles).Assembly.GetManifestResourceStream("calibration/" + name);
}
