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
    public const int MaxLength = StepAnswerRules.MaxLength;

    protected override string AuditTarget => "routekaart";

    public IReadOnlyDictionary<int, StepAnswer> Current { get; private set; } = new Dictionary<int, StepAnswer>();

    /// <summary>The step whose save was refused, with the text the member sent (kept so nothing is lost) and why.</summary>
    public (int Step, string Text, string Message)? Refused { get; private set; }

    public async Task OnGetAsync() => await ReloadAsync().ConfigureAwait(false);

    [Needs(Right.AnswerRoutekaart)]
    public async Task<IActionResult> OnPostAsync(int stap, int revisie, string? tekst)
    {
        var text = (tekst ?? string.Empty).Trim();
        var check = StepAnswerRules.Check(stap, tekst);
        if (check.Value is not { } values)
        {
            return await Refuse(stap, text, check.FirstMessage!, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var latest = await Latest(stap, tracked: true).ConfigureAwait(false);
        if (StepAnswerRules.Next(values, revisie, latest, WorkspaceId, UserId, MemberName, clock.GetUtcNow()) is not { } answer)
        {
            return await Conflict(stap, text, latest).ConfigureAwait(false);
        }

        Db.StepAnswers.Add(answer);
        try
        {
            await Db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another member saved the same revision between our read and our write: the unique key refused ours.
            Db.ChangeTracker.Clear();
            return await Conflict(stap, text, await Latest(stap, tracked: false).ConfigureAwait(false)).ConfigureAwait(false);
        }

        ChangeDescription = $"routekaart stap {stap}, versie {answer.Revision}";
        return SeeOther(Link("routekaart") + $"#stap-{stap}");
    }

    private Task<StepAnswer?> Latest(int stap, bool tracked) =>
        (tracked ? Db.StepAnswers : Db.StepAnswers.AsNoTracking()).Where(a => a.WorkspaceId == WorkspaceId && a.Step == stap)
            .OrderByDescending(a => a.Revision).FirstOrDefaultAsync();

    private Task<IActionResult> Conflict(int stap, string text, StepAnswer? latest) =>
        Refuse(stap, text, StepAnswerRules.Conflict(stap, latest, WorkspaceDisplay.Moment(latest?.At)), StatusCodes.Status409Conflict);

    /// <summary>Shows the page again with the message and the member's text; 400 for bad input, 409 for a conflict.</summary>
    private Task<IActionResult> Refuse(int stap, string text, string message, int status)
    {
        Refused = (stap, text, message);
        return RefuseAsync(status);
    }

    /// <summary>The latest revision of each step, read with the (workspace, step, revision) key (revisions count up from 1).</summary>
    protected override async Task ReloadAsync()
    {
        var latest = await Db.StepAnswers.AsNoTracking()
            .Where(a => a.WorkspaceId == WorkspaceId
                && a.Revision == Db.StepAnswers.Where(b => b.WorkspaceId == a.WorkspaceId && b.Step == a.Step).Max(b => b.Revision))
            .ToListAsync().ConfigureAwait(false);
        Current = latest.ToDictionary(a => a.Step);
    }
}
