namespace Wijkmix.Data.Import.Internal;

/// <summary>What a column that is not a variable means: the area code, its name, the region type or the year.</summary>
internal enum ColumnRole
{
    Code,
    Name,
    MunicipalityName,
    Level,
    Year,
    Ignored,
}

/// <summary>The header spellings of the non-variable columns in every format, in order of preference.</summary>
internal static class ColumnRoles
{
    private static readonly (ColumnRole Role, string[] Spellings)[] Known =
    [
        (ColumnRole.Code, ["codering_3", "wijkenenbuurten", "gwb_code_10", "gwb_code", "regioaanduiding/codering (code)",
            "regiocode (gemeente, wijk, buurt) (code)", "regios", "buurtcode", "wijkcode", "gemeentecode", "bu_code", "wk_code", "gm_code", "statcode",
            "regiocode", "identifier", "code"]),
        (ColumnRole.Name, ["regio", "wijken en buurten", "buurtnaam", "wijknaam", "bu_naam", "wk_naam", "naam", "title", "statnaam"]),
        (ColumnRole.MunicipalityName, ["gm_naam", "gemeentenaam_1", "regioaanduiding/gemeentenaam (naam)", "gemeentenaam"]),
        (ColumnRole.Level, ["soortregio_2", "recs", "regioaanduiding/soort regio (omschrijving)"]),
        (ColumnRole.Year, ["year", "perioden", "jaar"]),
        (ColumnRole.Ignored, ["id", "fid", "gwb_code_8", "ind_wbi", "indelingswijzigingwijkenenbuurten_4", "indelingswijziginggemeentewijkbuurt_4",
            "regioaanduiding/indelingswijziging wijken en buurten (code)", "meestvoorkomendepostcode_125", "pst_mvp", "bbg_peiljaar"]),
    ];

    public static (ColumnRole Role, int Preference)? Find(string header)
    {
        var normalised = string.Join(' ', header.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        foreach (var (role, spellings) in Known)
        {
            var i = Array.IndexOf(spellings, normalised);
            if (i >= 0)
            {
                return (role, i);
            }
        }

        return null;
    }

    /// <summary>The area level a region-type cell names ("Gemeente  ", "Wijk", "Buurt", "Land").</summary>
    public static Core.Areas.AreaLevel? ParseLevel(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "land" or "nederland" => Core.Areas.AreaLevel.Country,
        "gemeente" => Core.Areas.AreaLevel.Municipality,
        "wijk" => Core.Areas.AreaLevel.District,
        "buurt" => Core.Areas.AreaLevel.Neighbourhood,
        _ => null,
    };
}
