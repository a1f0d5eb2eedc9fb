using System.Globalization;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Web.Charts;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Simulatie;

/// <summary>A unit whose share of vulnerable households differs most between a variant and the baseline in the final year.</summary>
public sealed record UnitChange(string Code, string Name, double Households, double Baseline, double Variant)
{
    public double Difference => Variant - Baseline;
}

/// <summary>What the result page shows of an outcome: look-ups by variant, measure and year, and formatting per measure.</summary>
public sealed class SimulationView
{
    public const int TopUnits = 10;

    public const int MaxFlows = 25;

    /// <summary>The gemeente-level segregation and concentration measures compared per year.</summary>
    public static IReadOnlyList<string> CityMeasures { get; } =
        ["d_low_income", "d_vulnerable", "d_outside_europe", "m_income", "m_between_wijken_share", "concentrated_complex_share"];

    /// <summary>The gemeente's composition at the start and at the end.</summary>
    public static IReadOnlyList<string> CompositionMeasures { get; } =
        ["households", "vulnerable_share", "low_income_share", "outside_europe_share", "mean_income"];

    private readonly Dictionary<(string Variant, string Section, string Level, string Code, string Measure, int Year), Spread> _rows = [];

    public SimulationView(KeptOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Outcome = outcome;
        foreach (var v in outcome.Variants)
        {
            foreach (var r in v.Rows)
            {
                _rows[(v.Name, r.Section, r.Level, r.Code, r.Measure, r.Year)] = r.Value;
            }
        }

        Groups = outcome.Baseline.Rows.Where(r => r.Section == "waiting").Select(r => r.Code).Distinct().ToList();
    }

    public KeptOutcome Outcome { get; }

    public int FirstYear => Outcome.StartYear;

    /// <summary>The situation on 1 January after the last simulated year.</summary>
    public int LastYear => FirstYear + Outcome.Years;

    /// <summary>The last year whose lettings are counted (waiting rows belong to the year in which they happened).</summary>
    public int LastLettingYear => LastYear - 1;

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, Outcome.Years + 1);

    public IReadOnlyList<KeptVariant> Variants => Outcome.Variants;

    public IEnumerable<KeptVariant> Alternatives => Outcome.Variants.Skip(1);

    /// <summary>The seeker groups, in the simulator's order.</summary>
    public IReadOnlyList<string> Groups { get; }

    public bool HasBands => Outcome.Replicates > 1;

    /// <summary>The section of the outcome a gemeente measure is in.</summary>
    public static string SectionOf(string measure) =>
        measure == "concentrated_complex_share" ? "concentration" : CompositionMeasures.Contains(measure) ? "composition" : "segregation";

    public Spread? City(KeptVariant variant, string section, string measure, int year) =>
        Get(variant, section, "gemeente", Outcome.MunicipalityCode, measure, year);

    public Spread? Waiting(KeptVariant variant, string group, string measure) =>
        Get(variant, "waiting", "gemeente", group, measure, LastLettingYear);

    private Spread? Get(KeptVariant variant, string section, string level, string code, string measure, int year) =>
        _rows.TryGetValue((variant.Name, section, level, code, measure, year), out var band) ? band : null;

    /// <summary>The units where the variant's final share of vulnerable households differs most from the baseline's (medians).</summary>
    public IReadOnlyList<UnitChange> LargestChanges(KeptVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var level = Outcome.UnitLevel;
        return Outcome.Baseline.Rows
            .Where(r => r.Year == LastYear && r.Section == "composition" && r.Level == level && r.Measure == "vulnerable_share")
            .Select(r => Get(variant, "composition", level, r.Code, "vulnerable_share", LastYear) is { } v
                ? new UnitChange(r.Code, r.Name, Get(Outcome.Baseline, "composition", level, r.Code, "households", LastYear)?.Median ?? double.NaN, r.Value.Median, v.Median)
                : null)
            .OfType<UnitChange>()
            .Where(c => double.IsFinite(c.Difference))
            .OrderByDescending(c => Math.Abs(c.Difference)).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(TopUnits)
            .ToList();
    }

    public static IReadOnlyList<KeptFlow> LargestFlows(KeptVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return variant.Flows.OrderByDescending(f => f.Households.Median).ThenBy(f => f.FromCode, StringComparer.Ordinal).Take(MaxFlows).ToList();
    }

    /// <summary>D (low income) of every variant over the years, with its band.</summary>
    public string SegregationChart()
    {
        var series = Variants.Select((v, i) =>
        {
            var bands = Years.Select(y => (Year: y, Band: City(v, "segregation", "d_low_income", y))).Where(p => p.Band is not null).ToList();
            return new Series(v.Name, "variant-" + (i % 4).ToString(CultureInfo.InvariantCulture),
                bands.Select(p => ((double)p.Year, (double?)Finite(p.Band!.Value.Median))).ToList(),
                HasBands ? bands.Select(p => ((double)p.Year, p.Band!.Value.Low, p.Band!.Value.High)).ToList() : null);
        }).ToList();
        return SvgCharts.Lines("d-laag-inkomen", string.Format(CultureInfo.CurrentCulture, Text.SimChartTitle, Outcome.MunicipalityName), series, Wording.Index);
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;

    /// <summary>A value as the measure reads: counts whole, shares as percentages, years with one decimal, indices with three.</summary>
    public static string Value(string measure, double value) =>
        !double.IsFinite(value) ? "–"
        : measure switch
        {
            // The label of mean_income names the euro; a neutral culture has no currency symbol of its own.
            "households" or "lettings" or "vulnerable_lettings" or "mean_income" => value.ToString("N0", CultureInfo.CurrentCulture),
            "registration_years" or "search_years" => value.ToString("N1", CultureInfo.CurrentCulture),
            _ when measure.EndsWith("_share", StringComparison.Ordinal) || measure == "success_rate" => Display.Share(value),
            _ => Wording.Index(value),
        };

    /// <summary>The median, with the band behind it when there is more than one replicate.</summary>
    public string Banded(string measure, Spread? band) =>
        band is not { } b ? "–"
        : HasBands && double.IsFinite(b.Low) ? $"{Value(measure, b.Median)} ({Value(measure, b.Low)}–{Value(measure, b.High)})"
        : Value(measure, b.Median);

    /// <summary>A difference in percentage points, with its sign.</summary>
    public static string Points(double difference) =>
        (100 * difference).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture);

    public static string Label(string measure) => Wording.SimulationMeasure(measure);

    /// <summary>A seeker group's label, starting with a capital as a row header.</summary>
    public static string GroupLabel(string group)
    {
        var label = Wording.SimulationGroup(group);
        return label.Length == 0 ? label : string.Concat(label[..1].ToUpper(CultureInfo.CurrentCulture), label.AsSpan(1));
    }
}
