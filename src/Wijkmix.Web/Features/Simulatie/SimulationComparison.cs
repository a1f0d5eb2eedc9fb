using System.Globalization;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>A variant offered for comparison: <c>KEY:index</c> of a kept result, and how the page names it.</summary>
public sealed record VariantChoice(string Value, string Label);

/// <summary>One measure in one year for two variants: each median with its band, and the difference of the medians.</summary>
public sealed record ComparedRow(string Measure, int Year, Spread? First, Spread? Second)
{
    /// <summary>Second minus first (medians); null when either is missing or not a number.</summary>
    public double? Difference => First is { } a && Second is { } b && double.IsFinite(a.Median) && double.IsFinite(b.Median) ? b.Median - a.Median : null;

    /// <summary>
    /// Whether each median lies inside the other's band (5–95 % over the replicates): then the difference is no larger
    /// than the spread of the runs. Null without bands (one replicate).
    /// </summary>
    public bool? WithinBands => First is { } a && Second is { } b && double.IsFinite(a.Low) && double.IsFinite(b.Low)
        ? a.Median >= b.Low && a.Median <= b.High && b.Median >= a.Low && b.Median <= a.High
        : null;
}

/// <summary>
/// Two variants side by side, from one kept result (e.g. the baseline and a variant) or from two kept results of
/// the same gemeente: every gemeente measure per year, each with its band, and the difference.
/// </summary>
public sealed class SimulationComparison
{
    /// <summary>The measures compared: segregation and concentration, then composition.</summary>
    public static IReadOnlyList<string> Measures { get; } = [.. SimulationView.CityMeasures, .. SimulationView.CompositionMeasures];

    public SimulationComparison(SimulationView firstView, KeptVariant first, SimulationView secondView, KeptVariant second, string firstLabel, string secondLabel)
    {
        ArgumentNullException.ThrowIfNull(firstView);
        ArgumentNullException.ThrowIfNull(secondView);
        (FirstView, First, SecondView, Second, FirstLabel, SecondLabel) = (firstView, first, secondView, second, firstLabel, secondLabel);
        var years = firstView.Years.Union(secondView.Years).Order().ToList();
        Rows = Measures.SelectMany(m => years.Select(y => new ComparedRow(m, y,
            firstView.City(first, SimulationView.SectionOf(m), m, y), secondView.City(second, SimulationView.SectionOf(m), m, y)))).ToList();
    }

    public SimulationView FirstView { get; }

    public SimulationView SecondView { get; }

    public KeptVariant First { get; }

    public KeptVariant Second { get; }

    public string FirstLabel { get; }

    public string SecondLabel { get; }

    public IReadOnlyList<ComparedRow> Rows { get; }

    /// <summary>Whether both sides have bands (more than one replicate each).</summary>
    public bool HasBands => FirstView.HasBands && SecondView.HasBands;

    /// <summary>The variants a result offers, and those of the browser's earlier results for the same gemeente.</summary>
    public static IReadOnlyList<VariantChoice> Choices(SimulationRun run, IEnumerable<EarlierResult> earlier)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(earlier);
        var own = run.Outcome.Variants.Select((v, i) => new VariantChoice($"{run.Key}:{i}", v.Name));
        var others = earlier.Where(e => e.Key != run.Key).SelectMany(e => e.Variants.Select((v, i) => new VariantChoice(
            $"{e.Key}:{i}", string.Format(CultureInfo.CurrentCulture, Text.SimEarlierVariant, v, e.Name, e.At.ToLocalTime().ToString("g", CultureInfo.CurrentCulture)))));
        return [.. own, .. others];
    }

    /// <summary>Reads <c>KEY:index</c>; null when it is not of that form.</summary>
    public static (string Key, int Index)? Parse(string? choice) =>
        choice is { Length: > 33 } && choice[32] == ':' && int.TryParse(choice.AsSpan(33), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? (choice[..32], index)
            : null;

    /// <summary>A difference as the measure reads: percentage points for shares, three decimals for indices, whole numbers for counts.</summary>
    public static string Difference(string measure, double? difference) =>
        difference is not { } d ? "–"
        : measure.EndsWith("_share", StringComparison.Ordinal) ? string.Format(CultureInfo.CurrentCulture, Text.SimPoints, SimulationView.Points(d))
        : measure is "households" or "mean_income" ? d.ToString("+#,0;−#,0;0", CultureInfo.CurrentCulture)
        : d.ToString("+0.000;−0.000;0.000", CultureInfo.CurrentCulture);

    public static string Within(bool? within) => within switch
    {
        true => Text.SimWithinBand,
        false => Text.SimOutsideBand,
        null => "–",
    };
}
