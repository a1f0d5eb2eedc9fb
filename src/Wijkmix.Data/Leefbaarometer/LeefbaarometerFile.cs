namespace Wijkmix.Data.Leefbaarometer;

/// <summary>
/// The Leefbaarometer 3.0 score file per gemeente, wijk or buurt as users download it: a code column
/// (<c>gm_code</c>, <c>wk_code</c> or <c>bu_code</c>), optionally its name (<c>wk_naam</c>), <c>jaar</c>, the score
/// <c>lbm</c> and the deviations per dimension (<c>afw</c>, <c>fys</c>, <c>onv</c>, <c>soc</c>, <c>vrz</c>, <c>won</c>).
/// The scores are stored as ordinary figures under the dataset <see cref="Dataset"/>.
/// </summary>
public static class LeefbaarometerFile
{
    /// <summary>The source name the scores are stored under (never the KWB's, so a CBS figure is never replaced).</summary>
    public const string Dataset = "leefbaarometer";

    /// <summary>The score column of the file and the variable id it is stored as, in the file's order.</summary>
    public static IReadOnlyList<(string Column, string VariableId)> Scores { get; } =
    [
        ("lbm", "lbm_score"),
        ("afw", "lbm_afw"),
        ("fys", "lbm_fys"),
        ("onv", "lbm_onv"),
        ("soc", "lbm_soc"),
        ("vrz", "lbm_vrz"),
        ("won", "lbm_won"),
    ];

    /// <summary>The code columns by the level they name, in the order they are looked for.</summary>
    internal static IReadOnlyList<string> CodeColumns { get; } = ["bu_code", "wk_code", "gm_code"];

    /// <summary>True when a header line (lower case) is that of a Leefbaarometer score file.</summary>
    internal static bool IsHeader(string firstLine)
    {
        var names = firstLine.TrimEnd('\r').Replace("\"", string.Empty, StringComparison.Ordinal)
            .Split([',', ';', '\t']).Select(n => n.Trim()).ToHashSet(StringComparer.Ordinal);
        return names.Contains("lbm") && names.Contains("jaar") && CodeColumns.Any(names.Contains);
    }
}
