using System.Globalization;
using Wijkmix.Core.Areas;

namespace Wijkmix.Core.Observations;

/// <summary>
/// How an estimated figure was made: figures of an earlier division (<see cref="FromLevel"/> areas of
/// <see cref="FromYear"/>) carried over to the areas of a later division (<see cref="ToLevel"/>,
/// <see cref="ToYear"/>) by overlap weights. Its <see cref="Code"/> is stored with every estimate
/// and is the same in every language ("area-weighted:buurt-2019:wijk-2024").
/// </summary>
public sealed record EstimateMethod(AreaLevel FromLevel, int FromYear, AreaLevel ToLevel, int ToYear)
{
    /// <summary>The only weighting Wijkmix applies: shares of the earlier area's land surface.</summary>
    public const string AreaWeighted = "area-weighted";

    /// <summary>The dataset estimates are stored under, so every view can tell them from published figures.</summary>
    public const string Dataset = "kwb-geschat";

    public string Code => string.Create(CultureInfo.InvariantCulture,
        $"{AreaWeighted}:{LevelKey(FromLevel)}-{FromYear}:{LevelKey(ToLevel)}-{ToYear}");

    public override string ToString() => Code;

    /// <summary>Reads a stored <see cref="Code"/>; null when it is not one.</summary>
    public static EstimateMethod? TryParse(string? code)
    {
        var parts = code?.Split(':');
        if (parts is not [AreaWeighted, var from, var to]
            || Part(from) is not { } f || Part(to) is not { } t)
        {
            return null;
        }

        return new EstimateMethod(f.Level, f.Year, t.Level, t.Year);
    }

    private static (AreaLevel Level, int Year)? Part(string text)
    {
        var dash = text.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        AreaLevel? level = text[..dash] switch
        {
            "gemeente" => AreaLevel.Municipality,
            "wijk" => AreaLevel.District,
            "buurt" => AreaLevel.Neighbourhood,
            _ => null,
        };
        return level is { } l ? (l, year) : null;
    }

    private static string LevelKey(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        AreaLevel.Neighbourhood => "buurt",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Only gemeente, wijk and buurt divisions are cross-walked."),
    };
}
