using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Wijkfonds;

namespace Wijkmix.Web.Features.Werkruimte.Wijkfonds;

/// <summary>
/// The wijkfonds: pledges and payments by partners, proposals by residents, decisions of the buurtalliantie with
/// every vote, and the ledger with its running balance. Lines are only added; a mistake is corrected by a new line
/// (<see cref="FundRules"/>, <see cref="FundLines"/>).
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock) : WorkspacePage(db, audit)
{
    /// <summary>Vote rows on the decision form (empty rows are skipped).</summary>
    public const int VoteRows = 9;

    protected override string AuditTarget => "wijkfonds";

    public IReadOnlyList<LedgerRow> Rows { get; private set; } = [];

    public decimal Balance { get; private set; }

    public IReadOnlyList<PartyPledge> Pledges { get; private set; } = [];

    public IReadOnlyList<FundProposal> Proposals { get; private set; } = [];

    /// <summary>Ids of lines that a later correction points at, with the correcting lines' ids.</summary>
    public ILookup<int, int> CorrectedBy { get; private set; } = Array.Empty<int>().ToLookup(i => i);

    /// <summary>The form whose post was refused ("entry", "proposal", "decision-{id}", "correction") and why.</summary>
    public (string Form, string Message)? Refused { get; private set; }

    public async Task OnGetAsync() => await ReloadAsync().ConfigureAwait(false);

    [Needs(Right.Contribute)]
    public async Task<IActionResult> OnPostEntryAsync(string? soort, string? partij, string? bedrag, string? omschrijving)
    {
        var check = FundRules.CheckEntry(soort, partij, bedrag, omschrijving);
        if (check.Value is not { } entry)
        {
            return await Refuse("entry", check).ConfigureAwait(false);
        }

        Db.FundEntries.Add(FundLines.Entry(WorkspaceId, entry, MemberName, clock.GetUtcNow()));
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"wijkfonds {Ledger.Dutch(entry.Kind)} {entry.Party} {Ledger.Euro(entry.Amount)}";
        return SeeOther(Link("wijkfonds") + "#kasboek");
    }

    [Needs(Right.ProposeToFund)]
    public async Task<IActionResult> OnPostProposalAsync(string? titel, string? beschrijving, string? voorgesteldDoor, string? bedrag)
    {
        var check = FundRules.CheckProposal(titel, beschrijving, voorgesteldDoor, bedrag);
        if (check.Value is not { } values)
        {
            return await Refuse("proposal", check).ConfigureAwait(false);
        }

        var proposal = Db.FundProposals.Add(FundLines.Proposal(WorkspaceId, values, MemberName, clock.GetUtcNow())).Entity;
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"wijkfonds voorstel {proposal.Id}: {proposal.Title}";
        return SeeOther(Link("wijkfonds") + $"#voorstel-{proposal.Id}");
    }

    [Needs(Right.DecideFund)]
    public async Task<IActionResult> OnPostDecisionAsync(int voorstel, string? uitkomst, string? toegekend, string[]? stemmer, string[]? stemorganisatie, string[]? stemkeuze)
    {
        var form = $"decision-{voorstel}";
        var check = FundRules.CheckDecision(uitkomst, toegekend, stemmer ?? [], stemorganisatie ?? [], stemkeuze ?? []);
        if (check.Value is not { } values)
        {
            return await Refuse(form, check).ConfigureAwait(false);
        }

        try
        {
            // Balance and decision in one serializable transaction: two decisions cannot both spend the same euros.
            await using var transaction = await Db.Database.BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
            var proposal = await Db.FundProposals.Include(p => p.Decision)
                .FirstOrDefaultAsync(p => p.Id == voorstel && p.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (FundRules.CanDecide(voorstel, proposal, WorkspaceDisplay.Moment(proposal?.Decision?.At)) is { } refusal)
            {
                return await Refuse(form, refusal.Message, refusal.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            var balance = Ledger.Balance(await Db.FundEntries.Where(e => e.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false));
            if (Ledger.CheckDecision(Ledger.Tally(values.Votes.Select(v => v.Choice)), values.Outcome, values.Granted, proposal!.Amount, balance) is { } problem)
            {
                return await Refuse(form, problem, StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            var (decision, grant) = FundLines.Decision(proposal, values, MemberName, clock.GetUtcNow());
            Db.FundDecisions.Add(decision);
            if (grant is not null)
            {
                Db.FundEntries.Add(grant);
            }

            await Db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
            ChangeDescription = $"wijkfonds besluit voorstel {proposal.Id}: {Ledger.Dutch(values.Outcome)} {Ledger.Euro(values.Granted)}";
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            // Another decision was recorded between our read and our write (unique proposal, or a serialization failure).
            return await Refuse(form, FundRules.DecisionConflict, StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        return SeeOther(Link("wijkfonds") + $"#voorstel-{voorstel}");
    }

    [Needs(Right.Contribute)]
    public async Task<IActionResult> OnPostCorrectionAsync(int regel, string? bedrag, string? reden)
    {
        const string form = "correction";
        var check = FundRules.CheckCorrection(bedrag, reden);
        if (check.Value is not { } values)
        {
            return await Refuse(form, check).ConfigureAwait(false);
        }

        try
        {
            await using var transaction = await Db.Database.BeginTransactionAsync(IsolationLevel.Serializable).ConfigureAwait(false);
            var entries = await Db.FundEntries.AsNoTracking().Where(e => e.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
            if (entries.FirstOrDefault(e => e.Id == regel) is not { } original)
            {
                return await Refuse(form, FundRules.LineMissing(regel), StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            if (original.Kind == FundEntryKind.Grant && !Can(Right.DecideFund))
            {
                ChangeSucceeded = false;
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            if (Ledger.CheckCorrection(original, values.Amount, entries) is { } problem)
            {
                return await Refuse(form, problem, StatusCodes.Status400BadRequest).ConfigureAwait(false);
            }

            Db.FundEntries.Add(FundLines.Correction(original, values, MemberName, clock.GetUtcNow()));
            await Db.SaveChangesAsync().ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            return await Refuse(form, FundRules.CorrectionConflict, StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        ChangeDescription = $"wijkfonds correctie op regel {regel}: {Ledger.Euro(values.Amount)}";
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

    private Task<IActionResult> Refuse<T>(string form, Checked<T> check)
        where T : class => Refuse(form, check.FirstMessage!, StatusCodes.Status400BadRequest);

    private Task<IActionResult> Refuse(string form, string message, int status)
    {
        Refused = (form, message);
        return RefuseAsync(status);
    }

    protected override async Task ReloadAsync()
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
