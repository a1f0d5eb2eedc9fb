namespace Wijkmix.Simulation.Rules;

/// <summary>
/// The legal figures of social-rental allocation for one year, each with its source in
/// <c>../shared/DOMAIN.md</c> (sections A3 and A4). Incomes are gross household incomes per year,
/// rents monthly kale huur, in euro of that year.
/// </summary>
public sealed record RuleYear(
    int Year,
    double DaebLimitSingle,
    double DaebLimitMulti,
    double PassendThresholdSingle,
    double PassendThresholdMulti,
    double AftoppingLow,
    double AftoppingHigh,
    double SocialRentCeiling,
    string Source);

/// <summary>Versioned legal figures; years after the last known one are indexed.</summary>
public static class RuleBook
{
    /// <summary>The vacancies that may go to households above the DAEB limit (92.5 %/7.5 %; DOMAIN A3).</summary>
    public const double FreeRoomDefault = 0.075;

    /// <summary>With performance agreements the free room may be 15 % (DOMAIN A3).</summary>
    public const double FreeRoomMaximum = 0.15;

    /// <summary>At least 95 % of huurtoeslag-entitled households get a rent at or below the aftopping (DOMAIN A4).</summary>
    public const double PassendMinimumShare = 0.95;

    /// <summary>Local binding priority for at most 50 % of vacancies (Huisvestingswet 2014; DOMAIN A7).</summary>
    public const double LocalBindingMaximum = 0.5;

    /// <summary>Wbmgp art. 8: newcomers who lived fewer than 6 years in the region (DOMAIN A8).</summary>
    public const int RotterdamwetResidenceMonths = 72;

    private static readonly RuleYear[] Known =
    [
        new(2024, 47_699, 52_671, 27_725, 37_625, 650.43, 697.07, 879.66, "DOMAIN.md A3 (ILT, prijspeil 2024), A4 (Woonbond 2024)"),
        new(2025, 49_669, 54_847, 28_375, 38_500, 682.96, 731.93, 900.07, "DOMAIN.md A3, A4 (Rijksoverheid 18 nov 2024)"),
    ];

    public static int FirstYear => Known[0].Year;

    public static int LastKnownYear => Known[^1].Year;

    /// <summary>
    /// The figures of <paramref name="year"/>; after the last known year they are the last known
    /// figures indexed by <paramref name="indexation"/> per year (DOMAIN A11: parameters are indexed every 1 January).
    /// </summary>
    public static RuleYear For(int year, double indexation)
    {
        if (year <= Known[0].Year)
        {
            return Known[0];
        }

        foreach (var known in Known)
        {
            if (known.Year == year)
            {
                return known;
            }
        }

        var last = Known[^1];
        var f = Math.Pow(1 + indexation, year - last.Year);
        return last with
        {
            Year = year,
            DaebLimitSingle = last.DaebLimitSingle * f,
            DaebLimitMulti = last.DaebLimitMulti * f,
            PassendThresholdSingle = last.PassendThresholdSingle * f,
            PassendThresholdMulti = last.PassendThresholdMulti * f,
            AftoppingLow = last.AftoppingLow * f,
            AftoppingHigh = last.AftoppingHigh * f,
            SocialRentCeiling = last.SocialRentCeiling * f,
            Source = $"{last.Source}, geïndexeerd",
        };
    }
}
