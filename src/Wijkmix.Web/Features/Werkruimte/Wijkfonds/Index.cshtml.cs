using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Wijkfonds;

namespace Wijkmix.Web.Features.Werkruimte.Wijkfonds;

/// <summary>
/// The wijkfonds: pledges and payments by partners, proposals by residents, decisions of the buurtalliantie with
/// every vote, and the ledger with its running balance. Lines are only added; a mistake is corrected by a new line.
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock) : WorkspacePage(db, audit)
{
    /// <summary>Vote rows on the decision form (empty rows are skipped).</summary>
    public const int VoteRows = 9;

    private const int MaxText = 200;
    private const int MaxDescription = 4_000;

    protected override string AuditTarget => "wijkfonds";

    public IReadOnlyList<LedgerRow> Rows { get; private set; } = [];

    public decimal Balance { get; private set; }

    public IReadOnlyList<PartyPledge> Pledges { get; private set; } = [];

    public IReadOnlyList<FundProposal> Proposals { get; private set; } = [];

    /// <summary>Ids of lines that a later correction points at, with the correcting lines' ids.</summary>
    public ILookup<int, int> CorrectedBy { get; private set; } = Array.Empty<int>().ToLookup(i => i);

    /// <summary>The form whose post was refused ("entry", "proposal", "decision-{id}", "correction") and why.</summary>
    public (string Form, string Message)? Refused { get; private set; }

    public async Task OnGetAsync() => await Load().ConfigureAwait(false);

    [Needs(Right.Contribute)]
    public async Task<IActionResult> OnPostEntryAsync(string? soort, string? partij, string? bedrag, string? omschrijving)
    {
        FundEntryKind? kind = soort switch
        {
            "toezegging" => FundEntryKind.Pledge,
            "storting" => FundEntryKind.Payment,
            _ => null,
        };
        var party = (partij ?? string.Empty).Trim();
        var amount = Ledger.ParseAmount(bedrag, "Bedrag", allowNegative: false, out var error);
        error = kind is null ? "Kies toezegging of storting (veld 'Soort')."
            : party.Length is 0 or > MaxText ? $"Vul de partij in, 1 tot {MaxText} tekens (veld 'Partij')."
            : error ?? TooLong(omschrijving, MaxDescription, "Omschrijving");
        if (error is not null)
        {
            return await Refuse("entry", error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        Db.FundEntries.Add(new FundEntry
        {
            WorkspaceId = WorkspaceId, Kind = kind!.Value, Party = party, Amount = amount!.Value, Description = (omschrijving ?? string.Empty).Trim(),
            RecordedBy = MemberName, At = clock.GetUtcNow(),
        });
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"wijkfonds {Ledger.Dutch(kind.Value)} {party} {Ledger.Euro(amount.Value)}";
        return SeeOther(Link("wijkfonds") + "#kasboek");
    }

    [Needs(Right.ProposeToFund)]
    public async Task<IActionResult> OnPostProposalAsync(string? titel, string? beschrijving, string? voorgesteldDoor, string? bedrag)
    {
        var title = (titel ?? string.Empty).Trim();
        var by = (voorgesteldDoor ?? string.Empty).Trim();
        var amount = Ledger.ParseAmount(bedrag, "Gevraagd bedrag", allowNegative: false, out var error);
        error = title.Length is 0 or > MaxText ? $"Vul een titel in, 1 tot {MaxText} tekens (veld 'Titel')."
            : by.Length is 0 or > MaxText ? $"Vul in wie het voorstel doet, 1 tot {MaxText} tekens (veld 'Voorgesteld door')."
            : TooLong(beschrijving, MaxDescription, "Beschrijving") ?? error;
        if (error is not null)
        {
            return await Refuse("proposal", error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var proposal = new FundProposal
        {
            WorkspaceId = WorkspaceId, Title = title, Description = (beschrijving ?? string.Empty).Trim(), ProposedBy = by, Amount = amount!.Value,
            RecordedBy = MemberName, At = clock.GetUtcNow(),
        };
        Db.FundProposals.Add(proposal);
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"wijkfonds voorstel {proposal.Id}: {title}";
        return SeeOther(Link("wijkfonds") + $"#voorstel-{proposal.Id}");
    }

    [Needs(Right.DecideFund)]
    public async Task<IActionResult> OnPostDecisionAsync(int voorstel, string? uitkomst, string? toegekend, string[]? stemmer, string[]? stemorganisatie, string[]? stemkeuze)
    {
        var form = $"decision-{voorstel}";
        DecisionOutcome? outcome = uitkomst switch
        {
            "toegekend" => DecisionOutcome.Granted,
            "afgewezen" => DecisionOutcome.Rejected,
            _ => null,
        };
        if (outcome is null)
        {
            return await Refuse(form, "Kies de uitkomst: toegekend of afgewezen (veld 'Uitkomst').", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var granted = 0m;
        if (outcome == DecisionOutcome.Granted || !string.IsNullOrWhiteSpace(toegekend))
        {
            if (Ledger.ParseAmount(toegekend, "Toegekend bedrag", allowNegative: false, out var amountError) is not { } parsed)
            {
                return await Refuse(form, amountError!, StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            granted = parsed;
        }

        var votes = ReadVotes(stemmer ?? [], stemorganisatie ?? [], stemkeuze ?? [], out var voteError);
        if (voteError is not null)
        {
            return await Refuse(form, voteError, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        try
        {
            // Balance and decision in one serializable transaction: two decisions cannot both spend the same euros.
            await using var transaction = await Db.Database.BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
            var proposal = await Db.FundProposals.Include(p => p.Decision)
                .FirstOrDefaultAsync(p => p.Id == voorstel && p.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (proposal is null)
            {
                return await Refuse(form, $"Voorstel {voorstel} bestaat niet in deze werkruimte (veld 'Voorstel').", StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            if (proposal.Decision is not null)
            {
                return await Refuse(form, AlreadyDecided(proposal), StatusCodes.Status409Conflict).ConfigureAwait(false);
            }

            var balance = Ledger.Balance(await Db.FundEntries.Where(e => e.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false));
            if (Ledger.CheckDecision(Ledger.Tally(votes.Select(v => v.Choice)), outcome.Value, granted, proposal.Amount, balance) is { } refusal)
            {
                return await Refuse(form, refusal, StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            var now = clock.GetUtcNow();
            var decision = new FundDecision { ProposalId = proposal.Id, Outcome = outcome.Value, AmountGranted = granted, RecordedBy = MemberName, At = now };
            decision.Votes.AddRange(votes);
            Db.FundDecisions.Add(decision);
            if (outcome == DecisionOutcome.Granted)
            {
                Db.FundEntries.Add(new FundEntry
                {
                    WorkspaceId = WorkspaceId, Kind = FundEntryKind.Grant, Party = proposal.ProposedBy, Amount = granted,
                    Description = $"Toekenning voorstel {proposal.Id}: {proposal.Title}", ProposalId = proposal.Id, RecordedBy = MemberName, At = now,
                });
            }

            await Db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            ChangeDescription = $"wijkfonds besluit voorstel {proposal.Id}: {Ledger.Dutch(outcome.Value)} {Ledger.Euro(granted)}";
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            // Another decision was recorded between our read and our write (unique proposal, or a serialization failure).
            Db.ChangeTracker.Clear();
            return await Refuse(form, "Het wijkfonds is intussen gewijzigd door een ander lid; uw besluit is niet opgeslagen. " +
                "Bekijk het kasboek en het voorstel hieronder en leg het besluit zo nodig opnieuw vast.", StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        return SeeOther(Link("wijkfonds") + $"#voorstel-{voorstel}");
    }

    [Needs(Right.Contribute)]
    public async Task<IActionResult> OnPostCorrectionAsync(int regel, string? bedrag, string? reden)
    {
        const string form = "correction";
        var amount = Ledger.ParseAmount(bedrag, "Correctiebedrag", allowNegative: true, out var error);
        var why = (reden ?? string.Empty).Trim();
        error ??= why.Length is 0 or > MaxDescription ? $"Geef de reden van de correctie, 1 tot {MaxDescription:N0} tekens (veld 'Reden')." : null;
        if (error is not null)
        {
            return await Refuse(form, error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
            var entries = await Db.FundEntries.AsNoTracking().Where(e => e.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
            if (entries.FirstOrDefault(e => e.Id == regel) is not { } original)
            {
                return await Refuse(form, $"Regel {regel} bestaat niet in het kasboek van deze werkruimte (veld 'Regel').", StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            if (original.Kind == FundEntryKind.Grant && !Can(Right.DecideFund))
            {
                ChangeSucceeded = false;
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            if (Ledger.CheckCorrection(original, amount!.Value, entries) is { } refusal)
            {
                return await Refuse(form, refusal, StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            Db.FundEntries.Add(new FundEntry
            {
                WorkspaceId = WorkspaceId, Kind = FundEntryKind.Correction, Party = original.Party, Amount = amount.Value,
                Description = why, CorrectsEntryId = original.Id, ProposalId = original.ProposalId, RecordedBy = MemberName, At = clock.GetUtcNow(),
            });
            await Db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            Db.ChangeTracker.Clear();
            return await Refuse(form, "Het kasboek is intussen gewijzigd door een ander lid; uw correctie is niet opgeslagen. Bekijk het kasboek en probeer het opnieuw.",
                StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        ChangeDescription = $"wijkfonds correctie op regel {regel}: {Ledger.Euro(amount.Value)}";
        return SeeOther(Link("wijkfonds") + "#kasboek");
    }

    /// <summary>What the member typed in the refused form, so nothing is lost; empty otherwise.</summary>
    public string Kept(string form, string field, int index = 0)
    {
        if (Refused?.Form != form || !Request.HasFormContentType)
        {
            return string.Empty;
        }

        // Browsers repeat the name for every row; "stemmer[2]" is the indexed form of the same list.
        return Request.Form.TryGetValue(field, out var values) && index < values.Count ? values[index] ?? string.Empty
            : Request.Form.TryGetValue($"{field}[{index}]", out var indexed) ? indexed.ToString()
            : string.Empty;
    }

    private static List<FundVote> ReadVotes(string[] voters, string[] organisations, string[] choices, out string? error)
    {
        error = null;
        var votes = new List<FundVote>();
        for (var i = 0; i < Math.Max(voters.Length, choices.Length); i++)
        {
            var name = (i < voters.Length ? voters[i] : null)?.Trim() ?? string.Empty;
            var organisation = (i < organisations.Length ? organisations[i] : null)?.Trim() ?? string.Empty;
            var choice = i < choices.Length ? choices[i] : null;
            if (name.Length == 0 && string.IsNullOrEmpty(choice))
            {
                continue;
            }

            VoteChoice? parsed = choice switch
            {
                "voor" => VoteChoice.For,
                "tegen" => VoteChoice.Against,
                "onthouding" => VoteChoice.Abstain,
                _ => null,
            };
            if (name.Length is 0 or > MaxText || organisation.Length > MaxText)
            {
                error = $"Stem {i + 1}: vul de naam van de stemmer in, 1 tot {MaxText} tekens (veld 'Naam stemmer {i + 1}').";
                return [];
            }

            if (parsed is null)
            {
                error = $"Stem {i + 1} ({name}): kies voor, tegen of onthouding (veld 'Stem {i + 1}').";
                return [];
            }

            votes.Add(new FundVote { Voter = name, Organisation = organisation, Choice = parsed.Value });
        }

        return votes;
    }

    private static string? TooLong(string? text, int max, string field) =>
        (text?.Trim().Length ?? 0) > max ? $"Ten hoogste {max:N0} tekens (veld '{field}')." : null;

    private static string AlreadyDecided(FundProposal proposal) =>
        $"Over voorstel {proposal.Id} ('{proposal.Title}') is intussen al besloten door {proposal.Decision!.RecordedBy} " +
        $"({Wijkmix.Web.Workspaces.WorkspaceDisplay.Moment(proposal.Decision.At)}): {Ledger.Dutch(proposal.Decision.Outcome)}. Uw besluit is niet opgeslagen; een besluit wordt niet overschreven.";

    private async Task<IActionResult> Refuse(string form, string message, int status)
    {
        ChangeSucceeded = false;
        Refused = (form, message);
        Db.ChangeTracker.Clear();
        await Load().ConfigureAwait(false);
        Response.StatusCode = status;
        return Page();
    }

    private async Task Load()
    {
        var entries = await Db.FundEntries.AsNoTracking().Where(e => e.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        Rows = Ledger.Running(entries);
        Balance = Rows.Count == 0 ? 0m : Rows[^1].Balance;
        Pledges = Ledger.Pledges(entries);
        CorrectedBy = entries.Where(e => e.CorrectsEntryId is not null).ToLookup(e => e.CorrectsEntryId!.Value, e => e.Id);
        var proposals = await Db.FundProposals.AsNoTracking().Include(p => p.Decision).ThenInclude(d => d!.Votes)
            .Where(p => p.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        Proposals = [.. proposals.OrderByDescending(p => p.At).ThenByDescending(p => p.Id)];
    }
}
