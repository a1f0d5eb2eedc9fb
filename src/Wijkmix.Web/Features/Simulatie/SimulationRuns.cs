using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;
using Wijkmix.Web.Features.Simulatie;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>A finished run: the scenario text it came from (for a form, written from the scenario it built), the form (if any) and the outcome.</summary>
public sealed record SimulationRun(string Key, string Text, string FileName, int Replicates, string Culture, SimulationOutcome Outcome, SimulationForm? Form);

/// <summary>
/// Runs simulations for the web page, one at a time (a run keeps both cores busy), refuses runs
/// above <see cref="MaxWork"/> household-years, and keeps the last few outcomes so the result page
/// and its downloads are served without running again. Scenario texts are read and checked against the
/// areas cached in <see cref="MonitorData"/>, with the same messages as the command line.
/// </summary>
public sealed class SimulationRuns(MonitorData data, SimulationRuns.Limits limits) : IDisposable
{
    /// <summary>Default for <c>Wijkmix:MaxSimulationWork</c>: households × years × replicates × variants.</summary>
    public const long DefaultMaxWork = 40_000_000;

    /// <summary>How many outcomes are kept (the oldest is forgotten first).</summary>
    public const int Capacity = 8;

    /// <summary>The replicate counts the page offers.</summary>
    public static IReadOnlyList<int> ReplicateChoices { get; } = [1, 5, 20];

    /// <summary>The scales the form offers, as fractions of the households.</summary>
    public static IReadOnlyList<double> ScaleChoices { get; } = [0.1, 0.25, 1];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _lock = new();
    private readonly LinkedList<SimulationRun> _recent = new();

    public long MaxWork => limits.MaxWork;

    /// <summary>The simulator's limit on a run.</summary>
    public sealed record Limits(long MaxWork);

    /// <summary>
    /// Reads a scenario text and checks it as the command line does (<c>SimulationSetups.Prepare</c>), on the cached
    /// areas and the <paramref name="figures"/> of its municipality.
    /// </summary>
    public (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) Prepare(string text, string fileName, Func<AreaCode, MunicipalityFigures?> figures) =>
        SimulationSetups.Prepare(text, fileName, data.Areas, figures);

    /// <summary>Simulated households (at the scenario's scale) × years × replicates × variants, the baseline included.</summary>
    public static long Work(SimulationSetup setup, int replicates)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var s = setup.Scenario;
        return Households(setup) * s.Years * replicates * (s.Variants.Count + 1);
    }

    /// <summary>The households the run simulates: the figures' households at the scenario's scale.</summary>
    public static long Households(SimulationSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return (long)Math.Round(setup.Figures.Units.Sum(u => u.Households) * setup.Scenario.Scale);
    }

    /// <summary>
    /// The largest scale at which the same years, replicates and variants fit the limit: the largest offered
    /// scale below the asked one when one fits, else the exact bound; null when not even the smallest scale fits.
    /// </summary>
    public double? SmallerScale(SimulationSetup setup, int replicates)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var scale = setup.Scenario.Scale;
        var bound = scale * MaxWork / Work(setup, replicates);
        var offered = ScaleChoices.Where(c => c < scale && c <= bound).ToList();
        if (offered.Count > 0)
        {
            return offered.Max();
        }

        var floored = Math.Floor(bound * 1000) / 1000;
        return floored >= 0.001 ? floored : null;
    }

    /// <summary>The key of a run: the scenario text, the replicates and the language the summary is written in.</summary>
    public static string KeyOf(string text, int replicates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = string.Create(CultureInfo.InvariantCulture, $"{replicates}|{CultureInfo.CurrentUICulture.Name}|{text}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(input)))[..32];
    }

    public SimulationRun? Find(string? key)
    {
        if (key is null)
        {
            return null;
        }

        lock (_lock)
        {
            var node = _recent.First;
            while (node is not null && node.Value.Key != key)
            {
                node = node.Next;
            }

            if (node is null)
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value;
        }
    }

    /// <summary>The run of <paramref name="key"/>: kept from before, or run now after any run in progress.</summary>
    public async Task<SimulationRun> RunAsync(string key, string text, string fileName, SimulationSetup setup, int replicates, SimulationForm? form, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (Find(key) is { } kept)
        {
            return kept;
        }

        await _gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (Find(key) is { } justRun)
            {
                return justRun;
            }

            var outcome = setup.Run(replicates, null, cancellation);
            var run = new SimulationRun(key, text, fileName, replicates, CultureInfo.CurrentUICulture.Name, outcome, form);
            lock (_lock)
            {
                _recent.AddFirst(run);
                while (_recent.Count > Capacity)
                {
                    _recent.RemoveLast();
                }
            }

            return run;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
