using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wijkmix.Core.Tables;
using Wijkmix.Simulation.Results;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>A value over the replicates: the 5th percentile, the median and the 95th percentile (the simulator's band, as kept).</summary>
public readonly record struct Spread(double Low, double Median, double High);

/// <summary>One figure of a variant in one year (a row of the simulator's outcome).</summary>
public sealed record KeptRow(int Year, string Section, string Level, string Code, string Name, string Measure, Spread Value);

/// <summary>Households moved by an intervention, from the unit they had to leave to where they live at the end ("" = still seeking or left).</summary>
public sealed record KeptFlow(string FromCode, string FromName, string ToCode, string ToName, Spread Households);

/// <summary>What a variant produced: its summary lines, its figures and its flows.</summary>
public sealed record KeptVariant(string Name, IReadOnlyList<string> Summary, IReadOnlyList<KeptRow> Rows, IReadOnlyList<KeptFlow> Flows);

/// <summary>
/// What the result page shows and exports of a simulation, read from the simulator's outcome once and kept in the
/// application store (compressed JSON), so a shared link is served after a restart without running again.
/// </summary>
public sealed record KeptOutcome(
    string ScenarioName,
    int StartYear,
    int Years,
    string MunicipalityCode,
    string MunicipalityName,
    string UnitLevel,
    int Replicates,
    IReadOnlyList<string> Notes,
    IReadOnlyList<KeptVariant> Variants)
{
    /// <summary>The tidy table's columns, as the command line writes a simulation.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["variant", "year", "section", "level", "area_code", "area_name", "measure", "low", "median", "high", "to_code", "to_name", "synthetic"];

    private static readonly JsonSerializerOptions Json = new()
    {
        // A band over replicates with no finite value is NaN; JSON has no NaN of its own.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public KeptVariant Baseline => Variants[0];

    public static KeptOutcome Of(SimulationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var scenario = outcome.Scenario;
        return new KeptOutcome(scenario.Name, scenario.StartYear, scenario.Years, outcome.MunicipalityCode, outcome.MunicipalityName, outcome.UnitLevel,
            outcome.Replicates, [.. outcome.Notes], [.. outcome.Variants.Select(Of)]);
    }

    private static KeptVariant Of(VariantOutcome variant) => new(
        variant.Name,
        [.. variant.Summary],
        [.. variant.Rows.Select(r => new KeptRow(r.Year, r.Section, r.Level, r.Code, r.Name, r.Measure, Of(r.Value)))],
        [.. variant.Flows.Select(f => new KeptFlow(f.FromCode, f.FromName, f.ToCode, f.ToName, Of(f.Households)))]);

    private static Spread Of(Band band) => new(band.Low, band.Median, band.High);

    /// <summary>The tidy table of every figure and flow, the same as <c>wijkmix simulate</c> writes.</summary>
    public TidyTable Table()
    {
        var table = new TidyTable(Columns);
        var flowYear = StartYear + Years;
        foreach (var variant in Variants)
        {
            foreach (var r in variant.Rows)
            {
                table.Add(variant.Name, r.Year, r.Section, r.Level, r.Code, r.Name, r.Measure, Cell(r.Value.Low), Cell(r.Value.Median), Cell(r.Value.High), null, null, true);
            }

            foreach (var f in variant.Flows)
            {
                var h = f.Households;
                table.Add(variant.Name, flowYear, "flows", UnitLevel, f.FromCode, f.FromName, "households_moved", Cell(h.Low), Cell(h.Median), Cell(h.High), f.ToCode, f.ToName, true);
            }
        }

        return table;
    }

    private static double? Cell(double v) => double.IsFinite(v) ? v : null;

    /// <summary>The outcome as Brotli-compressed JSON (doubles written so they read back exactly).</summary>
    public byte[] Compress()
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(brotli, this, Json);
        }

        return buffer.ToArray();
    }

    public static KeptOutcome Decompress(byte[] stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var brotli = new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<KeptOutcome>(brotli, Json) ?? throw new InvalidDataException(nameof(KeptOutcome));
    }
}
