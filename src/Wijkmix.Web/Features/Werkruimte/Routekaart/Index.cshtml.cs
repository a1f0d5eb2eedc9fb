using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Routekaart;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Routekaart;

/// <summary>
/// The nine steps with their questions and the current shared answer. Saving adds a revision; a member who saved
/// on an older revision than the current one gets a conflict message with both texts, and nothing is overwritten.
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock) : WorkspacePage(db, audit)
{
    /// <summary>Longest answer accepted, in characters.</summary>
    public const int MaxLength = 20_000;

    protected override string AuditTarget => "routekaart";

    public IReadOnlyDictionary<int, StepAnswer> Current { get; private set; } = new Dictionary<int, StepAnswer>();

    /// <summary>The step whose save was refused, with the text the member sent (kept so nothing is lost) and why.</summary>
    public (int Step, string Text, string Message)? Refused { get; private set; }

    public async Task OnGetAsync() => await Load().ConfigureAwait(false);

    [Needs(Right.AnswerRoutekaart)]
    public async Task<IActionResult> OnPostAsync(int stap, int revisie, string? tekst)
    {
        var step = RoutekaartSteps.Find(stap);
        var text = (tekst ?? string.Empty).Trim();
        if (step is null || text.Length == 0 || text.Length > MaxLength)
        {
            return await Refuse(stap, text, step is null
                ? $"Stap {stap} bestaat niet; de routekaart heeft de stappen 1 tot en met 9."
                : $"Het antwoord op stap {stap} moet 1 tot {MaxLength:N0} tekens hebben (veld 'Antwoord op stap {stap}').", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var latest = await Db.StepAnswers.Where(a => a.WorkspaceId == WorkspaceId && a.Step == stap)
            .OrderByDescending(a => a.Revision).FirstOrDefaultAsync().ConfigureAwait(false);
        if ((latest?.Revision ?? 0) != revisie)
        {
            return await Conflict(stap, text, latest).ConfigureAwait(false);
        }

        Db.StepAnswers.Add(new StepAnswer
        {
            WorkspaceId = WorkspaceId, Step = stap, Revision = revisie + 1, Text = text, AuthorId = UserId, AuthorName = MemberName, At = clock.GetUtcNow(),
        });
        try
        {
            await Db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another member saved the same revision between our read and our write: the unique key refused ours.
            Db.ChangeTracker.Clear();
            latest = await Db.StepAnswers.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId && a.Step == stap)
                .OrderByDescending(a => a.Revision).FirstAsync().ConfigureAwait(false);
            return await Conflict(stap, text, latest).ConfigureAwait(false);
        }

        ChangeDescription = $"routekaart stap {stap}, versie {revisie + 1}";
        return SeeOther(Link("routekaart") + $"#stap-{stap}");
    }

    private Task<IActionResult> Conflict(int stap, string text, StepAnswer? latest) =>
        Refuse(stap, text, $"Stap {stap} is intussen gewijzigd door {latest?.AuthorName} ({WorkspaceDisplay.Moment(latest?.At)}). Uw tekst is niet opgeslagen; " +
            "u ziet hieronder de nieuwe versie en uw eigen tekst in het invulveld. Voeg ze samen en sla opnieuw op.", StatusCodes.Status409Conflict);

    /// <summary>Shows the page again with the message and the member's text; 400 for bad input, 409 for a conflict.</summary>
    private async Task<IActionResult> Refuse(int stap, string text, string message, int status)
    {
        ChangeSucceeded = false;
        Refused = (stap, text, message);
        await Load().ConfigureAwait(false);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The latest revision of each step, read with the (workspace, step, revision) key (revisions count up from 1).</summary>
    private async Task Load()
    {
        var latest = await Db.StepAnswers.AsNoTracking()
            .Where(a => a.WorkspaceId == WorkspaceId
                && a.Revision == Db.StepAnswers.Where(b => b.WorkspaceId == a.WorkspaceId && b.Step == a.Step).Max(b => b.Revision))
            .ToListAsync().ConfigureAwait(false);
        Current = latest.ToDictionary(a => a.Step);
    }
}
