using Wijkmix.Workspace.Model;

using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Wijkfonds;

/// <summary>
/// The lines the wijkfonds adds: the store never changes or removes one (<see cref="Storage.WorkspaceDb"/>), so a
/// grant is a line of its own and a mistake is corrected by a correction line pointing at the line it corrects.
/// </summary>
public static class FundLines
{
    /// <summary>A pledge or payment.</summary>
    public static FundEntry Entry(int workspaceId, EntryValues values, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new FundEntry
        {
            WorkspaceId = workspaceId, Kind = values.Kind, Party = values.Party, Amount = values.Amount, Description = values.Description,
            RecordedBy = recordedBy, At = at,
        };
    }

    public static FundProposal Proposal(int workspaceId, ProposalValues values, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new FundProposal
        {
            WorkspaceId = workspaceId, Title = values.Title, Description = values.Description, ProposedBy = values.ProposedBy, Amount = values.Amount,
            RecordedBy = recordedBy, At = at,
        };
    }

    /// <summary>The decision with its votes and, when granted, the grant line; both are added, nothing is changed.</summary>
    public static (FundDecision Decision, FundEntry? Grant) Decision(FundProposal proposal, DecisionValues values, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(values);
        var decision = new FundDecision { ProposalId = proposal.Id, Outcome = values.Outcome, AmountGranted = values.Granted, RecordedBy = recordedBy, At = at };
        decision.Votes.AddRange(values.Votes);
        // The line's description is stored data (like the audit log), so it stays Dutch whatever the member's language.
        var grant = values.Outcome != DecisionOutcome.Granted ? null : new FundEntry
        {
            WorkspaceId = proposal.WorkspaceId, Kind = FundEntryKind.Grant, Party = proposal.ProposedBy, Amount = values.Granted,
            Description = WorkspaceText.Format("GrantLine", proposal.Id, proposal.Title), ProposalId = proposal.Id, RecordedBy = recordedBy, At = at,
        };
        return (decision, grant);
    }

    /// <summary>A correction of <paramref name="original"/>: a new line with the signed amount (checked by <see cref="Ledger.CheckCorrection"/>).</summary>
    public static FundEntry Correction(FundEntry original, CorrectionValues values, string recordedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(values);
        return new FundEntry
        {
            WorkspaceId = original.WorkspaceId, Kind = FundEntryKind.Correction, Party = original.Party, Amount = values.Amount,
            Description = values.Reason, CorrectsEntryId = original.Id, ProposalId = original.ProposalId, RecordedBy = recordedBy, At = at,
        };
    }
}
