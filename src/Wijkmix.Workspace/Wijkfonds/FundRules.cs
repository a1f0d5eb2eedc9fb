using Wijkmix.Workspace.Internal;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Wijkfonds;

/// <summary>A checked pledge or payment.</summary>
public sealed record EntryValues(FundEntryKind Kind, string Party, decimal Amount, string Description);

/// <summary>A checked proposal by residents.</summary>
public sealed record ProposalValues(string Title, string Description, string ProposedBy, decimal Amount);

/// <summary>A checked decision with every vote (not yet checked against the proposal and the balance).</summary>
public sealed record DecisionValues(DecisionOutcome Outcome, decimal Granted, IReadOnlyList<FundVote> Votes);

/// <summary>A checked correction: the signed amount and why.</summary>
public sealed record CorrectionValues(decimal Amount, string Reason);

/// <summary>
/// The wijkfonds forms' rules: what a pledge, payment, proposal, decision or correction must hold, each returning its
/// values or the first problem naming its field. The ledger itself is add-only (<see cref="Ledger"/>,
/// <see cref="FundLines"/>): a mistake is corrected by a new line, and a decision is never overwritten.
/// </summary>
public static class FundRules
{
    public const int MaxText = 200;

    public const int MaxDescription = 4_000;

    /// <summary>A pledge ("toezegging") or payment ("storting") by a party.</summary>
    public static Checked<EntryValues> CheckEntry(string? kind, string? party, string? amount, string? description)
    {
        FundEntryKind? parsed = kind switch
        {
            "toezegging" => FundEntryKind.Pledge,
            "storting" => FundEntryKind.Payment,
            _ => null,
        };
        var name = FormValues.Trim(party);
        var value = Ledger.ParseAmount(amount, WorkspaceText.Get("FieldAmount"), allowNegative: false, out var error);
        var problem = parsed is null ? new FieldProblem("soort", WorkspaceText.Get("FundKind"))
            : name.Length is 0 or > MaxText ? new FieldProblem("partij", WorkspaceText.Format("FundParty", MaxText))
            : error is not null ? new FieldProblem("bedrag", error)
            : TooLong("omschrijving", description, "FieldDescription");
        return problem is null
            ? Checked.Valid(new EntryValues(parsed!.Value, name, value!.Value, FormValues.Trim(description)))
            : Checked.Refused<EntryValues>([problem]);
    }

    /// <summary>A proposal: a title, who proposes it, a description and the amount asked.</summary>
    public static Checked<ProposalValues> CheckProposal(string? title, string? description, string? proposedBy, string? amount)
    {
        var t = FormValues.Trim(title);
        var by = FormValues.Trim(proposedBy);
        var value = Ledger.ParseAmount(amount, WorkspaceText.Get("FieldRequested"), allowNegative: false, out var error);
        var problem = t.Length is 0 or > MaxText ? new FieldProblem("titel", WorkspaceText.Format("FundTitle", MaxText))
            : by.Length is 0 or > MaxText ? new FieldProblem("voorgesteldDoor", WorkspaceText.Format("FundProposedBy", MaxText))
            : TooLong("beschrijving", description, "FieldProposalDescription") ?? (error is null ? null : new FieldProblem("bedrag", error));
        return problem is null
            ? Checked.Valid(new ProposalValues(t, FormValues.Trim(description), by, value!.Value))
            : Checked.Refused<ProposalValues>([problem]);
    }

    /// <summary>A decision: the outcome, the amount granted (needed when granted) and the votes (rows left empty are skipped).</summary>
    public static Checked<DecisionValues> CheckDecision(string? outcome, string? granted, IReadOnlyList<string> voters, IReadOnlyList<string> organisations, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(voters);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(choices);
        DecisionOutcome? parsed = outcome switch
        {
            "toegekend" => DecisionOutcome.Granted,
            "afgewezen" => DecisionOutcome.Rejected,
            _ => null,
        };
        if (parsed is null)
        {
            return Checked.Refused<DecisionValues>("uitkomst", WorkspaceText.Get("FundOutcome"));
        }

        var amount = 0m;
        if (parsed == DecisionOutcome.Granted || !string.IsNullOrWhiteSpace(granted))
        {
            if (Ledger.ParseAmount(granted, WorkspaceText.Get("FieldGranted"), allowNegative: false, out var error) is not { } value)
            {
                return Checked.Refused<DecisionValues>("toegekend", error!);
            }

            amount = value;
        }

        var votes = FundVotes.Read(voters, organisations, choices, out var voteProblem);
        return voteProblem is null
            ? Checked.Valid(new DecisionValues(parsed.Value, amount, votes))
            : Checked.Refused<DecisionValues>([voteProblem]);
    }

    /// <summary>A correction: a signed amount (not yet checked against the line it corrects) and a reason.</summary>
    public static Checked<CorrectionValues> CheckCorrection(string? amount, string? reason)
    {
        var value = Ledger.ParseAmount(amount, WorkspaceText.Get("FieldCorrection"), allowNegative: true, out var error);
        var why = FormValues.Trim(reason);
        return error is not null ? Checked.Refused<CorrectionValues>("bedrag", error)
            : why.Length is 0 or > MaxDescription ? Checked.Refused<CorrectionValues>("reden", WorkspaceText.Format("FundReason", MaxDescription))
            : Checked.Valid(new CorrectionValues(value!.Value, why));
    }

    /// <summary>Why a decision on proposal <paramref name="id"/> cannot be recorded now; null when it can.</summary>
    public static (string Message, bool IsConflict)? CanDecide(int id, FundProposal? proposal, string decidedAt)
    {
        if (proposal is null)
        {
            return (WorkspaceText.Format("FundProposalMissing", id), false);
        }

        return proposal.Decision is { } decision
            ? (WorkspaceText.Format("FundAlreadyDecided", proposal.Id, proposal.Title, decision.RecordedBy, decidedAt, Ledger.Word(decision.Outcome)), true)
            : null;
    }

    /// <summary>Why a correction of line <paramref name="id"/> was refused: it is not in this workspace's ledger.</summary>
    public static string LineMissing(int id) => WorkspaceText.Format("FundLineMissing", id);

    /// <summary>Why a decision was refused when another member changed the fund at the same moment.</summary>
    public static string DecisionConflict => WorkspaceText.Get("FundDecisionConflict");

    /// <summary>Why a correction was refused when another member changed the ledger at the same moment.</summary>
    public static string CorrectionConflict => WorkspaceText.Get("FundCorrectionConflict");

    /// <summary>"Ten hoogste N tekens (veld 'X')." when the trimmed text is longer than <see cref="MaxDescription"/>.</summary>
    private static FieldProblem? TooLong(string field, string? text, string label) =>
        FormValues.Trim(text).Length > MaxDescription ? new FieldProblem(field, WorkspaceText.Format("TooLong", MaxDescription, WorkspaceText.Get(label))) : null;
}
