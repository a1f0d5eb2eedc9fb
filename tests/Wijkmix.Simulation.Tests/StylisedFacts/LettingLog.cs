using Wijkmix.Simulation.Engine;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Rules;

namespace Wijkmix.Simulation.Tests.StylisedFacts;

/// <summary>
/// Who got each social letting of one replicate, tallied per unit (buurt) from the engine's letting
/// hook: the engine's yearly snapshots have no letting counts by work status or for displaced
/// households, and the stylised facts are about exactly those.
/// </summary>
internal sealed class LettingLog
{
    private LettingLog(int units)
    {
        Lettings = new double[units];
        Vulnerable = new double[units];
        Employed = new double[units];
        NewcomerWithoutWork = new double[units];
        Special = new double[units];
        Displaced = new double[units];
    }

    public double[] Lettings { get; }

    /// <summary>Lettings to households below the low-income line, statushouders and uitstromers.</summary>
    public double[] Vulnerable { get; }

    public double[] Employed { get; }

    /// <summary>Lettings to households without work who arrived less than six years ago (those Wbmgp art. 8 may refuse).</summary>
    public double[] NewcomerWithoutWork { get; }

    /// <summary>Lettings to statushouders and uitstromers.</summary>
    public double[] Special { get; }

    /// <summary>Lettings to households moved out by a demolition or renovation.</summary>
    public double[] Displaced { get; }

    /// <summary>A log that fills as <paramref name="engine"/> lets social homes.</summary>
    public static LettingLog Attach(Replicate engine)
    {
        var w = engine.World;
        var log = new LettingLog(w.UnitCount);
        engine.LetObserver = (h, d, t) =>
        {
            var u = w.DUnit[d];
            var flags = w.HFlags[h];
            log.Lettings[u]++;
            log.Vulnerable[u] += w.IsVulnerable(h) ? 1 : 0;
            log.Employed[u] += (flags & HouseholdTraits.Employed) != 0 ? 1 : 0;
            log.NewcomerWithoutWork[u] += (flags & HouseholdTraits.Employed) == 0 && t - w.HArrived[h] < RuleBook.RotterdamwetResidenceMonths ? 1 : 0;
            log.Special[u] += (flags & (HouseholdTraits.StatusHolder | HouseholdTraits.CareLeaver)) != 0 ? 1 : 0;
            log.Displaced[u] += (flags & HouseholdTraits.Displaced) != 0 ? 1 : 0;
        };
        return log;
    }

    public static double Sum(double[] values, IEnumerable<int> units) => units.Sum(u => values[u]);
}
