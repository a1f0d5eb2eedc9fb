
namespace Wijkmix.Simulation.Results;

/// <summary>Groups of seekers whose waiting time and success rate are reported.</summary>
public enum SeekerGroup
{
    Regular,
    LowIncome,
    Urgent,
    StatusHolder,
    CareLeaver,
    Displaced,
    NewcomerWithoutWork,
}

/// <summary>One group's seeking in one year: active seekers, lettings, and months of registration and search at letting.</summary>
internal struct GroupYear
{
    public int Seekers;
    public int Lettings;
    public double RegistrationMonths;
    public double SearchMonths;
}

/// <summary>The year's social lettings as the calibration targets count them (docs/simulatie.md, "Kalibratie en inloop").</summary>
internal struct AllocationYear
{
    /// <summary>Standing social dwellings on 1 January.</summary>
    public int SocialDwellings;

    public int Lettings;

    /// <summary>Lettings to huurtoeslag-entitled households, and of those above the aftoppingsgrens.</summary>
    public int Entitled;
    public int Exceptions;

    /// <summary>Vacancies advertised to the regular queue, and the reactions they drew (reaction rate × searching seekers who could take them).</summary>
    public int Adverts;
    public double Reactions;

    /// <summary>Lettings from the regular queue and the sum of their candidate numbers (eligible offers up to the one accepted).</summary>
    public int QueueLettings;
    public long CandidateNumbers;
}

/// <summary>Households and dwellings in and out during a year; the books must balance.</summary>
public readonly record struct Ledger(
    int HouseholdsAtStart,
    int Entered,
    int Left,
    int HouseholdsAtEnd,
    int DwellingsAtStart,
    int Built,
    int Demolished,
    int DwellingsAtEnd)
{
    public bool Balances => HouseholdsAtStart + Entered - Left == HouseholdsAtEnd && DwellingsAtStart + Built - Demolished == DwellingsAtEnd;
}

/// <summary>The state of one replicate's city on 1 January of a year, with what happened in the year before.</summary>
internal sealed class YearSnapshot
{
    public required int Year { get; init; }
    public required float[] Households { get; init; }
    public required float[] Vulnerable { get; init; }
    public required float[] LowIncome { get; init; }
    public required float[] OutsideEurope { get; init; }
    public required float[] MeanIncome { get; init; }
    public required double DissimilarityLowIncome { get; init; }

    /// <summary>D of the national lowest 40 % of incomes (the households passend toewijzen is about) against the rest.</summary>
    public required double DissimilarityLowest40 { get; init; }
    public required double DissimilarityVulnerable { get; init; }
    public required double DissimilarityOutsideEurope { get; init; }
    public required double MutualInformationIncome { get; init; }
    public required double BetweenParentsShare { get; init; }
    public required double ConcentratedComplexShare { get; init; }

    /// <summary>Standing social dwellings without an occupant, as a share of standing social dwellings.</summary>
    public required double VacantSocialShare { get; init; }
    public required GroupYear[] Groups { get; init; }

    public AllocationYear Allocation { get; init; }

    /// <summary>Occupied dwellings per segment (social, mid, private, owner) on 1 January.</summary>
    public int[] SegmentHouseholds { get; init; } = new int[4];
    public required float[] VulnerableInflow { get; init; }

    /// <summary>Social lettings per unit during the year before.</summary>
    public required float[] SocialLettings { get; init; }

    /// <summary>Lettings to statushouders and uitstromers per unit during the year before.</summary>
    public required float[] SpecialInflow { get; init; }
    public required Ledger Ledger { get; init; }
}

/// <summary>Everything one replicate of one variant produced.</summary>
internal sealed class ReplicateResult
{
    public required IReadOnlyList<YearSnapshot> Years { get; init; }

    /// <summary>The state fitted to the KWB figures, before the burn-in (null without one).</summary>
    public YearSnapshot? Fitted { get; init; }

    /// <summary>Households moved by an intervention: (unit left, unit where they live at the end) → count; -1 = still seeking or gone.</summary>
    public required IReadOnlyDictionary<(int From, int To), int> Flows { get; init; }

    /// <summary>Vulnerable share of each complex at the end (NaN when it has fewer than 10 households), and its unit.</summary>
    public required float[] FinalComplexShares { get; init; }

    public required int[] ComplexUnits { get; init; }

    /// <summary>The complexes that are a partner's: complex → index in <see cref="StartingPlan.Complexes"/>.</summary>
    public IReadOnlyDictionary<int, int> PartnerComplexes { get; init; } = new Dictionary<int, int>();
}
