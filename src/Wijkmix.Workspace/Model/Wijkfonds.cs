namespace Wijkmix.Workspace.Model;

/// <summary>The kinds of line in the wijkfonds ledger.</summary>
public enum FundEntryKind
{
    /// <summary>Toezegging: a partner pledges an amount (not yet in the fund).</summary>
    Pledge = 0,

    /// <summary>Storting: a partner pays an amount into the fund.</summary>
    Payment = 1,

    /// <summary>Uitgave: an amount granted by a decision leaves the fund.</summary>
    Grant = 2,

    /// <summary>Correctie: corrects an earlier line by the signed amount given; the earlier line stays.</summary>
    Correction = 3,
}

/// <summary>
/// One line of the wijkfonds ledger. Lines are only ever added: the store refuses to change or delete one,
/// and a mistake is corrected by a <see cref="FundEntryKind.Correction"/> line that points at it.
/// </summary>
public sealed class FundEntry
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public FundEntryKind Kind { get; set; }

    /// <summary>The contributing or receiving organisation (or initiative).</summary>
    public required string Party { get; set; }

    /// <summary>Euros; positive for pledges, payments and grants; signed for corrections.</summary>
    public decimal Amount { get; set; }

    public required string Description { get; set; }

    public int? ProposalId { get; set; }

    /// <summary>For a correction: the line it corrects.</summary>
    public int? CorrectsEntryId { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>A proposal from residents for spending from the wijkfonds.</summary>
public sealed class FundProposal
{
    public int Id { get; set; }

    public int WorkspaceId { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The residents or initiative proposing it.</summary>
    public required string ProposedBy { get; set; }

    public decimal Amount { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset At { get; set; }

    public FundDecision? Decision { get; set; }
}

/// <summary>The outcome of a vote of the neighbourhood alliance on a proposal.</summary>
public enum DecisionOutcome
{
    Granted = 0,
    Rejected = 1,
}

/// <summary>How one member of the alliance voted.</summary>
public enum VoteChoice
{
    For = 0,
    Against = 1,
    Abstain = 2,
}

/// <summary>The alliance's decision on one proposal, with every vote; a granted decision adds a grant line to the ledger.</summary>
public sealed class FundDecision
{
    public int Id { get; set; }

    public int ProposalId { get; set; }

    public DecisionOutcome Outcome { get; set; }

    public decimal AmountGranted { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset At { get; set; }

    public List<FundVote> Votes { get; } = [];
}

/// <summary>One vote in a wijkfonds decision.</summary>
public sealed class FundVote
{
    public int Id { get; set; }

    public int DecisionId { get; set; }

    public required string Voter { get; set; }

    public string Organisation { get; set; } = "";

    public VoteChoice Choice { get; set; }
}
