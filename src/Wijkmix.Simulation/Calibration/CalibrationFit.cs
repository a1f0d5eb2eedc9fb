using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Calibration;

/// <summary>How a fit was made: the optimiser, its budget and the runs each evaluation used.</summary>
public sealed record CalibrationSettings
{
    [JsonPropertyName("methode")]
    public string Method { get; init; } = "nelder_mead_herstart_eenheidskubus_crn";

    /// <summary>Most objective evaluations (each runs <see cref="Replicates"/> replicates).</summary>
    [JsonPropertyName("budget_evaluaties")]
    public int Evaluations { get; init; } = 60;

    [JsonPropertyName("replicaties")]
    public int Replicates { get; init; } = 2;

    [JsonPropertyName("schaal")]
    public double Scale { get; init; } = 0.2;

    [JsonPropertyName("inloopjaren")]
    public int BurnInYears { get; init; } = Scenario.DefaultBurnInYears;

    /// <summary>Recorded years after the burn-in over which the quantities are measured.</summary>
    [JsonPropertyName("meetjaren")]
    public int MeasuredYears { get; init; } = 5;

    [JsonPropertyName("seed")]
    public ulong Seed { get; init; } = 1;

    [JsonPropertyName("startjaar")]
    public int StartYear { get; init; } = 2025;
}

/// <summary>One quantity of a fit: target and the model's value at the best parameters.</summary>
public sealed record FitQuantity(
    [property: JsonPropertyName("grootheid")] string Quantity,
    [property: JsonPropertyName("doel")] double Target,
    [property: JsonPropertyName("model")] double Model,
    [property: JsonPropertyName("gewicht")] double Weight);

/// <summary>
/// A gemeente's calibration as stored in data/calibration/GMxxxx.json (decision 0017): the fitted
/// parameters by their scenario names, the fit reached and how it was made. Bundled files are
/// embedded and read by default; <c>wijkmix simulate --calibrate</c> writes them.
/// </summary>
public sealed record CalibrationFit
{
    [JsonPropertyName("gemeente")]
    public required string Municipality { get; init; }

    [JsonPropertyName("naam")]
    public required string Name { get; init; }

    [JsonPropertyName("parameters")]
    public required IReadOnlyDictionary<string, double> Parameters { get; init; }

    [JsonPropertyName("passing")]
    public required IReadOnlyList<FitQuantity> Fit { get; init; }

    /// <summary>Σ weight × (relative difference)² at the best parameters.</summary>
    [JsonPropertyName("afstand")]
    public double Distance { get; init; }

    [JsonPropertyName("evaluaties")]
    public int Evaluations { get; init; }

    /// <summary>Wall-clock seconds of the calibration run (the command line measures it).</summary>
    [JsonPropertyName("seconden")]
    public double Seconds { get; init; }

    [JsonPropertyName("instellingen")]
    public required CalibrationSettings Settings { get; init; }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";

    public static CalibrationFit FromJson(string json) => JsonSerializer.Deserialize<CalibrationFit>(json, Options)!;

    /// <summary>The bundled calibration of gemeente <paramref name="code"/>, or null when it has none.</summary>
    public static CalibrationFit? Bundled(string code)
    {
        using var stream = BundledFiles.Open(code + ".json");
        return stream is null ? null : JsonSerializer.Deserialize<CalibrationFit>(stream, Options);
    }

    /// <summary>The fitted parameters over <paramref name="market"/>, except those the scenario set itself.</summary>
    public MarketParameters Apply(MarketParameters market)
    {
        ArgumentNullException.ThrowIfNull(market);
        foreach (var (name, value) in Parameters)
        {
            if (!market.Given.Contains(name) && CalibrationKnobs.Named(name) is { } knob)
            {
                market = knob.Set(market, value);
            }
        }

        return market;
    }
}
