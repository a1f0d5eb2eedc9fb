namespace Wijkmix.Simulation.Scenarios;

/// <summary>
/// A policy instrument, active in <see cref="Areas"/> (buurt or wijk codes; empty = the whole
/// municipality) from <see cref="FromYear"/> to <see cref="ToYear"/> inclusive (null = open).
/// </summary>
public abstract record Instrument(IReadOnlyList<string> Areas, int? FromYear, int? ToYear)
{
    /// <summary>Allocation rules replace one another between baseline and variant; stock interventions add up.</summary>
    public virtual bool IsRule => true;

    public bool ActiveIn(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);
}

/// <summary>Passend toewijzen: ≥ <see cref="MinimumShare"/> of huurtoeslag-entitled households at or below the aftopping; the income threshold widened by <see cref="IncomeMargin"/>.</summary>
public sealed record PassendToewijzen(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double MinimumShare, double IncomeMargin) : Instrument(Areas, FromYear, ToYear);

/// <summary>Share of vacancies free for households above the DAEB limit.</summary>
public sealed record FreeRoom(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double Share) : Instrument(Areas, FromYear, ToYear);

/// <summary>Household-size labels: large dwellings to families, one-room dwellings to at most two persons.</summary>
public sealed record SizeLabels(IReadOnlyList<string> Areas, int? FromYear, int? ToYear) : Instrument(Areas, FromYear, ToYear);

/// <summary>Share of vacancies let by lottery instead of registration time.</summary>
public sealed record Lottery(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double Share) : Instrument(Areas, FromYear, ToYear);

/// <summary>Share of vacancies with priority for seekers with local binding.</summary>
public sealed record LocalBinding(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double Share) : Instrument(Areas, FromYear, ToYear);

/// <summary>Wijkballotage: share of vacancies where residents co-select, favouring seekers from the same wijk and with work.</summary>
public sealed record CoSelection(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double Share) : Instrument(Areas, FromYear, ToYear);

/// <summary>Direct placement of statushouders and uitstromers outside the queue, avoiding buurten above <see cref="MaxVulnerableShare"/> for at most <see cref="MaxWaitMonths"/>.</summary>
public sealed record DirectPlacement(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double MaxVulnerableShare, int MaxWaitMonths) : Instrument(Areas, FromYear, ToYear);

/// <summary>At most this share of vulnerable households per complex.</summary>
public sealed record ComplexCap(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double MaxVulnerableShare) : Instrument(Areas, FromYear, ToYear);

/// <summary>Wbmgp selection in designated areas: art. 8 income requirement, art. 9 priority share, art. 10 screening refusal rate.</summary>
public sealed record Rotterdamwet(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, bool Article8, double Article9Share, double Article10RefusalRate) : Instrument(Areas, FromYear, ToYear);

/// <summary>Huur op Maat: rent follows income, so tenants whose income rises stay.</summary>
public sealed record HuurOpMaat(IReadOnlyList<string> Areas, int? FromYear, int? ToYear) : Instrument(Areas, FromYear, ToYear);

/// <summary>The segments a new-build programme consists of, as shares adding up to 1.</summary>
public sealed record SegmentMix(double SocialRent, double MidRent, double PrivateRent, double Owner);

/// <summary>Demolition of a share of the social stock in <see cref="FromYear"/>, rebuilt after <see cref="BuildYears"/> in <see cref="Mix"/>; residents get urgency and, optionally, a right of return.</summary>
public sealed record DemolishRebuild(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double DemolishShare, double RebuildFactor, SegmentMix Mix, int BuildYears, bool RightOfReturn) : Instrument(Areas, FromYear, ToYear)
{
    public override bool IsRule => false;
}

/// <summary>Sale of social rental homes when they fall vacant, up to <see cref="PerYear"/> a year.</summary>
public sealed record SaleOfSocial(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, int PerYear) : Instrument(Areas, FromYear, ToYear)
{
    public override bool IsRule => false;
}

/// <summary>New dwellings of one segment, spread over the areas, delivered in <see cref="FromYear"/>: mid rent added to corporation areas, or social rent in new areas (gespiegeld bouwen).</summary>
public sealed record NewBuild(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, int Dwellings, bool Social) : Instrument(Areas, FromYear, ToYear)
{
    public override bool IsRule => false;
}

/// <summary>Renovation of a share of the social stock: residents move out for <see cref="Months"/> and return.</summary>
public sealed record Renovation(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, double Share, int Months) : Instrument(Areas, FromYear, ToYear)
{
    public override bool IsRule => false;
}

/// <summary>Special housing forms (Housing First, Skaeve Huse) with their own inflow of people leaving care.</summary>
public sealed record SpecialHousing(IReadOnlyList<string> Areas, int? FromYear, int? ToYear, int Places) : Instrument(Areas, FromYear, ToYear)
{
    public override bool IsRule => false;
}
