namespace Wijkmix.Simulation.Scenarios;

/// <summary>
/// A simulation question: one municipality, a baseline and variants, run for a number of years from
/// a start year. Variants add their instruments to the baseline's (a rule instrument of the same
/// kind in the same areas replaces the baseline's).
/// </summary>
public sealed record Scenario(
    string Name,
    string Municipality,
    int StartYear,
    int Years,
    ulong Seed,
    double Scale,
    MarketParameters Market,
    ScenarioVariant Baseline,
    IReadOnlyList<ScenarioVariant> Variants)
{
    public IEnumerable<ScenarioVariant> AllVariants => Variants.Prepend(Baseline);

    /// <summary>Burn-in the scenario reader sets unless the scenario says otherwise (docs/simulatie.md, "Kalibratie en inloop").</summary>
    public const int DefaultBurnInYears = 60;

    /// <summary>
    /// Years the city runs under the start year's law and the baseline's rules before the first recorded
    /// year, so the baseline starts from the state its flows sustain; 0 = start from the fitted KWB state.
    /// </summary>
    public int BurnInYears { get; init; }

    /// <summary>Whether <see cref="Simulator.Run"/> takes the municipality's bundled calibration for the market parameters the scenario does not set.</summary>
    public bool UseCalibration { get; init; } = true;

    /// <summary>The instruments of a variant with the baseline's underneath.</summary>
    public IReadOnlyList<Instrument> InstrumentsOf(ScenarioVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (ReferenceEquals(variant, Baseline))
        {
            return Baseline.Instruments;
        }

        var own = variant.Instruments;
        var kept = Baseline.Instruments.Where(b => !(b.IsRule && own.Any(v => v.GetType() == b.GetType() && v.Areas.SequenceEqual(b.Areas))));
        return [.. kept, .. own];
    }
}

/// <summary>A named set of instruments.</summary>
public sealed record ScenarioVariant(string Name, IReadOnlyList<Instrument> Instruments);

/// <summary>
/// The market's behaviour. Defaults cite <c>../shared/DOMAIN.md</c>; those marked as an assumption
/// have no source there and are documented as such in docs/simulatie.md.
/// </summary>
public sealed record MarketParameters
{
    /// <summary>Mutatiegraad sociale huur: ≈ 7.0 % per year nationally (DOMAIN A10, 2023).</summary>
    public double TurnoverSocial { get; init; } = 0.07;

    /// <summary>Assumption: mid-rent tenancies turn over faster than social ones.</summary>
    public double TurnoverMidRent { get; init; } = 0.10;

    /// <summary>Assumption: private rent turns over fastest.</summary>
    public double TurnoverPrivateRent { get; init; } = 0.14;

    /// <summary>Assumption: owner-occupied homes change hands about every 16 years.</summary>
    public double TurnoverOwner { get; init; } = 0.06;

    /// <summary>Assumption: share of social tenants who leave by moving within the social stock (doorstroom).</summary>
    public double InternalMoveShare { get; init; } = 0.3;

    /// <summary>Assumption: new social-rent seekers per year (starters and arrivals) as a share of social dwellings.</summary>
    public double NewSeekerRate { get; init; } = 0.09;

    /// <summary>Assumption: share of registered seekers without a home who stop searching per year.</summary>
    public double GiveUpRate { get; init; } = 0.08;

    /// <summary>Statushouders ≈ 8 % of vacated corporation homes (DOMAIN A6, 2023).</summary>
    public double StatusHolderShare { get; init; } = 0.08;

    /// <summary>Urgent households: 41 of 578 lettings, 7.1 % (DOMAIN A6, Pré Wonen 2023).</summary>
    public double UrgentShare { get; init; } = 0.071;

    /// <summary>Uitstroom beschermd wonen/opvang: 27 of 578 lettings, 4.7 % (DOMAIN A6, Pré Wonen 2023).</summary>
    public double CareLeaverShare { get; init; } = 0.047;

    /// <summary>Part of the supply is let by lottery (DOMAIN A2); the share is an assumption.</summary>
    public double LotteryShare { get; init; } = 0.1;

    /// <summary>Free room above the DAEB limit: 7.5 % (DOMAIN A3).</summary>
    public double FreeRoom { get; init; } = Rules.RuleBook.FreeRoomDefault;

    /// <summary>Assumption: yearly indexation of limits, rents and incomes after the last known year.</summary>
    public double Indexation { get; init; } = 0.025;

    /// <summary>Rents follow the yearly indexation of the limits (DOMAIN A11); off only to show what passend toewijzen does without it.</summary>
    public bool IndexRents { get; init; } = true;

    /// <summary>Tunable preference for similar neighbours in the acceptance model (0 = none).</summary>
    public double SimilarityPreference { get; init; } = 1.5;

    /// <summary>"A majority of registered seekers do not react" (DOMAIN A2): share that reacts to a given advert (assumption).</summary>
    public double ReactionRate { get; init; } = 0.3;

    /// <summary>Assumption: registered seekers without a home at the start, per social dwelling.</summary>
    public double SeekersPerSocialDwelling { get; init; } = 0.35;

    /// <summary>Mean registration time at letting ≈ 9 years in the Amsterdam and Utrecht regions (DOMAIN A2, 2018).</summary>
    public double MeanRegistrationYears { get; init; } = 9;

    /// <summary>Social-rent turnover for particular areas (buurt or wijk codes), replacing <see cref="TurnoverSocial"/> there.</summary>
    public IReadOnlyList<AreaRate> SocialTurnoverByArea { get; init; } = [];

    /// <summary>
    /// Assumption (fitted by calibration where zoektijd is observed): mean years a new seeker was
    /// registered before it starts to react; "many register pre-emptively and only later search
    /// actively" (DOMAIN A2). 0 = registration and search start together.
    /// </summary>
    public double RegistrationHeadStartYears { get; init; }

    /// <summary>Assumption (fitted by calibration where the accepting candidate number is observed): the constant of the acceptance model's logit.</summary>
    public double AcceptanceIntercept { get; init; } = 0.6;

    /// <summary>The scenario's own market fields (YAML names), which a bundled calibration leaves as they are.</summary>
    public IReadOnlyCollection<string> Given { get; init; } = [];

    /// <summary>Assumption: extra yearly exit of social tenants whose income rose above the DAEB limit (income-dependent rent rises).</summary>
    public double RiserExitRate { get; init; } = 0.12;
}

/// <summary>A rate for the units of one area code.</summary>
public sealed record AreaRate(string Area, double Rate);
