using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Wijkmix.Core.Variables;

namespace Wijkmix.Monitor.Indicators;

/// <summary>The indicators of the factsheet and the wijkkompas, in display order.</summary>
public static class IndicatorSet
{
    public static IReadOnlyList<Indicator> All { get; } = Load();

    /// <summary>Indicators the wijkkompas uses when the user names none.</summary>
    public static IReadOnlyList<string> CompassDefaults { get; } =
    [
        "households_low_income_pct", "income_per_inhabitant", "social_assistance_per_1000", "dwellings_corporation_pct",
        "education_low_share", "age_65_plus_share", "households_one_person_share", "woz_value_avg",
    ];

    public static bool TryGet(string id, [NotNullWhen(true)] out Indicator? indicator)
    {
        indicator = All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));
        return indicator is not null;
    }

    private static Indicator[] Load() =>
        CatalogueCsv.Read(typeof(IndicatorSet).Assembly, "Wijkmix.Monitor.indicators.csv")
            .Select(r => new Indicator(
                r["id"],
                r["theme"],
                r["unit"] switch
                {
                    "count" => MeasureUnit.Count,
                    "percent" => MeasureUnit.Percent,
                    "euro" => MeasureUnit.Euro,
                    "per_1000" => MeasureUnit.PerThousand,
                    "category" => MeasureUnit.Category,
                    _ => MeasureUnit.Number,
                },
                r["direction"] switch { "+" => Direction.HigherIsBetter, "-" => Direction.HigherIsWorse, _ => Direction.Neutral },
                NullIfEmpty(r["direct"]),
                NullIfEmpty(r["numerator"]),
                r["denominator"].Split('+', StringSplitOptions.RemoveEmptyEntries),
                double.Parse(r["factor"], CultureInfo.InvariantCulture),
                r["name_nl"],
                r["name_en"]))
            .ToArray();

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
