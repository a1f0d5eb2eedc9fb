using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Scenarios;
using Wijkmix.Web.Features.Simulatie;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>
/// What the web page checks before it queues a simulation (<see cref="SimulationJobs"/> runs it): scenario texts read
/// and checked against the areas cached in <see cref="MonitorData"/>, with the same messages as the command line,
/// and the work limit of <see cref="MaxWork"/> household-years with a smaller scale to suggest.
/// </summary>
public sealed class SimulationRuns(MonitorData data, SimulationRuns.Limits limits)
{
    /// <summary>
    /// Default for <c>Wijkmix:MaxSimulationWork</c>: households × (years + burn-in years) × replicates × variants.
    /// At 0.2–0.5 µs per household-year (docs/simulatie.md) this is under a minute on two cores.
    /// </summary>
    public const long DefaultMaxWork = 200_000_000;

    /// <summary>The replicate counts the page offers.</summary>
    public static IReadOnlyList<int> ReplicateChoices { get; } = [1, 5, 20];

    /// <summary>The scales the form offers, as fractions of the households.</summary>
    public static IReadOnlyList<double> ScaleChoices { get; } = [0.1, 0.25, 1];

    public long MaxWork => limits.MaxWork;

    /// <summary>The simulator's limit on a run.</summary>
    public sealed record Limits(long MaxWork);

    /// <summary>
    /// Reads a scenario text and checks it as the command line does (<c>SimulationSetups.Prepare</c>), on the cached
    /// areas and the <paramref name="figures"/> of its municipality.
    /// </summary>
    public (SimulationSetup? Setup, IReadOnlyList<ScenarioProblem> Problems) Prepare(string text, string fileName, Func<AreaCode, MunicipalityFigures?> figures) =>
        SimulationSetups.Prepare(text, fileName, data.Areas, figures);

    /// <summary>
    /// Simulated households (at the scenario's scale) × (years + burn-in years) × replicates × variants, the baseline
    /// included: the burn-in is simulated month by month like the recorded years, so it counts as work.
    /// </summary>
    public static long Work(SimulationSetup setup, int replicates)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var s = setup.Scenario;
        return Households(setup) * (s.Years + s.BurnInYears) * replicates * (s.Variants.Count + 1);
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
}
