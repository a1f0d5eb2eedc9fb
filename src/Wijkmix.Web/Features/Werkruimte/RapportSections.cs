using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;
using Wijkmix.Workspace.Wijkfonds;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>The wijkfonds as the report prints it: the ledger with its running balance, pledges per party, and every proposal with its decision and votes.</summary>
public sealed record RapportFund(IReadOnlyList<LedgerRow> Rows, IReadOnlyList<PartyPledge> Pledges, IReadOnlyList<FundProposal> Proposals)
{
    public static RapportFund Empty { get; } = new([], [], []);

    public decimal Balance => Rows.Count == 0 ? 0m : Rows[^1].Balance;

    public bool IsEmpty => Rows.Count == 0 && Proposals.Count == 0;

    /// <summary>The fund of workspace <paramref name="workspaceId"/>, read the way the wijkfonds page reads it (oldest proposal first here: a report reads as a history).</summary>
    public static async Task<RapportFund> LoadAsync(WorkspaceDb db, int workspaceId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.FundEntries.AsNoTracking().Where(e => e.WorkspaceId == workspaceId).ToListAsync().ConfigureAwait(false);
        var proposals = await db.FundProposals.AsNoTracking().Include(p => p.Decision).ThenInclude(d => d!.Votes)
            .Where(p => p.WorkspaceId == workspaceId).ToListAsync().ConfigureAwait(false);
        return new RapportFund(Ledger.Running(entries), Ledger.Pledges(entries), [.. proposals.OrderBy(p => p.At).ThenBy(p => p.Id)]);
    }
}

/// <summary>The actors as the report prints them: most influence first, then most involvement, then by name (as on the actors page).</summary>
public static class RapportActors
{
    public static async Task<IReadOnlyList<Actor>> LoadAsync(WorkspaceDb db, int workspaceId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var actors = await db.Actors.AsNoTracking().Where(a => a.WorkspaceId == workspaceId).ToListAsync().ConfigureAwait(false);
        return [.. actors.OrderByDescending(a => a.Influence).ThenByDescending(a => a.Involvement).ThenBy(a => a.Organisation, StringComparer.CurrentCulture)];
    }
}
