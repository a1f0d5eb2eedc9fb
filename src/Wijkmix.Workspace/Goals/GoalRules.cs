namespace Wijkmix.Workspace.Goals;

/// <summary>Where a goal stands: reached, on track or not on track (or nothing measured yet).</summary>
public enum ProgressStatus
{
    NoResult,
    NotOnTrack,
    OnTrack,
    Reached,
}

/// <summary>A goal's progress: the share of the way from baseline to target covered by the latest result, and its status.</summary>
public sealed record Progress(double? Share, double? TimeShare, ProgressStatus Status)
{
    public string Dutch => Status switch
    {
        ProgressStatus.Reached => "bereikt",
        ProgressStatus.OnTrack => "op koers",
        ProgressStatus.NotOnTrack => "niet op koers",
        _ => "nog geen resultaat",
    };
}

/// <summary>A registered figure moving one way while resident perception moves the other (between two common years).</summary>
public sealed record DivergenceFinding(int FromYear, int ToYear, double RegisteredChange, double PerceptionChange, bool Flagged, string Explanation);

/// <summary>The rules the doelen page applies, written out on the page.</summary>
public static class GoalRules
{
    /// <summary>How far perception must move (in its own unit, e.g. percentage points) to count as moving.</summary>
    public const double PerceptionTolerance = 2.0;

    public const string ProgressRule =
        "Voortgang = (laatste resultaat − nulmeting) ÷ (doel − nulmeting): het deel van de weg van nulmeting naar doel dat is afgelegd. " +
        "Bereikt: de voortgang is 100 % of meer. Op koers: de voortgang is minstens even groot als het deel van de looptijd dat verstreken is " +
        "((jaar van het laatste resultaat − nulmetingsjaar) ÷ (doeljaar − nulmetingsjaar)). Anders: niet op koers.";

    public const string DivergenceRule =
        "Registratie en beleving lopen uiteen als, tussen de twee laatste jaren waarin beide een cijfer hebben, het geregistreerde cijfer " +
        "richting het doel beweegt terwijl de beleving meer dan 2 punten daalt, of het geregistreerde cijfer van het doel af beweegt terwijl " +
        "de beleving meer dan 2 punten stijgt. Belevingscijfers worden gelezen als 'hoger is beter' (bijvoorbeeld % bewoners dat zich veilig voelt).";

    /// <summary>The progress of a result <paramref name="latest"/> in <paramref name="latestYear"/> against the goal.</summary>
    public static Progress ProgressOf(double? baseline, int? baselineYear, double target, int targetYear, double? latest, int? latestYear)
    {
        if (latest is not { } value || baseline is not { } start || latestYear is not { } year)
        {
            return new Progress(null, null, ProgressStatus.NoResult);
        }

        double? time = baselineYear is { } y0 && targetYear > y0 ? Math.Clamp((double)(year - y0) / (targetYear - y0), 0, 1) : null;
        if (target.Equals(start))
        {
            var reached = value.Equals(target);
            return new Progress(reached ? 1 : 0, time, reached ? ProgressStatus.Reached : ProgressStatus.NotOnTrack);
        }

        var share = (value - start) / (target - start);
        var status = share >= 1 - 1e-9 ? ProgressStatus.Reached
            : share >= (time ?? 1) - 1e-9 ? ProgressStatus.OnTrack
            : ProgressStatus.NotOnTrack;
        return new Progress(share, time, status);
    }

    /// <summary>
    /// Compares the registered series (towards the goal means towards <paramref name="target"/> from <paramref name="baseline"/>)
    /// with the perception series (higher is better) between their two latest common years; null when they share fewer than two years.
    /// </summary>
    public static DivergenceFinding? Divergence(IReadOnlyDictionary<int, double> registered, IReadOnlyDictionary<int, double> perception, double baseline, double target,
        double tolerance = PerceptionTolerance)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(perception);
        var common = registered.Keys.Intersect(perception.Keys).Order().ToList();
        if (common.Count < 2)
        {
            return null;
        }

        var (from, to) = (common[^2], common[^1]);
        var registeredChange = registered[to] - registered[from];
        var perceptionChange = perception[to] - perception[from];
        var towards = Math.Sign(target - baseline) * registeredChange;
        var flagged = (towards > 0 && perceptionChange < -tolerance) || (towards < 0 && perceptionChange > tolerance);
        var registeredWay = towards > 0 ? "richting het doel" : towards < 0 ? "van het doel af" : "niet";
        var perceptionWay = perceptionChange > tolerance ? "omhoog" : perceptionChange < -tolerance ? "omlaag" : "binnen de marge";
        var explanation = $"{from}–{to}: het geregistreerde cijfer beweegt {registeredWay}, de beleving beweegt {perceptionWay}" +
            (flagged ? ": registratie en beleving lopen uiteen." : ": geen tegenstrijdigheid.");
        return new DivergenceFinding(from, to, registeredChange, perceptionChange, flagged, explanation);
    }
}
