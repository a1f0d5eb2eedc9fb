using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Workspaces;

/// <summary>The right a page handler (OnPost…) needs; a handler without one is refused, so nothing is open by accident.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsAttribute(Right right) : Attribute
{
    public Right Right { get; } = right;
}

/// <summary>
/// Base of every page inside a workspace (<c>/werkruimte/{id}/…</c>). Before a handler runs it loads the workspace
/// and the signed-in member, answers 404 to non-members (a workspace's existence is not disclosed), 403 to members
/// whose role lacks the handler's right (<see cref="Rights"/>), and writes the audit log.
/// </summary>
public abstract class WorkspacePage(WorkspaceDb db, WorkspaceAudit audit) : PageModel
{
    protected WorkspaceDb Db { get; } = db;

    [FromRoute(Name = "id")]
    public int WorkspaceId { get; set; }

    public Workspace.Model.Workspace Workspace { get; private set; } = null!;

    public Membership Member { get; private set; } = null!;

    /// <summary>What the audit log calls this page, e.g. "routekaart".</summary>
    protected abstract string AuditTarget { get; }

    /// <summary>Whether the member may do this (for showing or hiding forms).</summary>
    public bool Can(Right right) => Rights.Allows(Member.Role, right);

    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    /// <summary>The member's name as the workspace shows it: display name and organisation.</summary>
    public string MemberName => $"{Member.User?.DisplayName ?? User.Identity?.Name} ({Member.Organisation})";

    // Not a handler: without this Razor Pages offers the override as one (HTTP method "PAGE", ?handler=HandlerExecution).
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var cancel = HttpContext.RequestAborted;
        // One round trip for the workspace, the membership and the member's name: non-members get 404 either way.
        var found = UserId is null ? null : await (
                from m in Db.Memberships.AsNoTracking()
                join w in Db.Workspaces.AsNoTracking() on m.WorkspaceId equals w.Id
                join u in Db.Users.AsNoTracking() on m.UserId equals u.Id
                where m.WorkspaceId == WorkspaceId && m.UserId == UserId
                select new { Member = m, Workspace = w, u.DisplayName, u.Email })
            .FirstOrDefaultAsync(cancel).ConfigureAwait(false);
        if (found is null)
        {
            // Still 404 (a workspace's existence is not disclosed), but the attempt is in the workspace's log.
            if (UserId is not null)
            {
                audit.Record(User, WorkspaceId, AuditAction.Refused, $"{AuditTarget} ({Request.Method}, geen lid)");
            }

            context.Result = NotFound();
            return;
        }

        var (workspace, member) = (found.Workspace, found.Member);
        member.User = new WorkspaceUser { Id = member.UserId, DisplayName = found.DisplayName, Email = found.Email };
        Workspace = workspace;
        Member = member;
        var isRead = HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method);
        var needed = isRead ? ReadRight(context) : context.HandlerMethod?.MethodInfo.GetCustomAttribute<NeedsAttribute>()?.Right;
        if (needed is not { } right || !Can(right))
        {
            audit.Record(User, WorkspaceId, AuditAction.Refused, $"{AuditTarget} ({Request.Method})");
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        if (isRead)
        {
            audit.Record(User, WorkspaceId, ReadAction(context), AuditTarget);
            await next().ConfigureAwait(false);
            return;
        }

        var executed = await next().ConfigureAwait(false);
        if (executed.Exception is null && ChangeSucceeded)
        {
            audit.Record(User, WorkspaceId, AuditAction.Changed, ChangeDescription ?? AuditTarget);
        }
    }

    /// <summary>Set by a handler that refused the change (validation, conflict), so no change is logged.</summary>
    protected bool ChangeSucceeded { get; set; } = true;

    /// <summary>What the handler changed, for the audit log (the page's target when not set).</summary>
    protected string? ChangeDescription { get; set; }

    /// <summary>The right a GET handler needs: <see cref="Right.View"/> unless the handler says otherwise.</summary>
    private static Right ReadRight(PageHandlerExecutingContext context) =>
        context.HandlerMethod?.MethodInfo.GetCustomAttribute<NeedsAttribute>()?.Right ?? Right.View;

    private static AuditAction ReadAction(PageHandlerExecutingContext context) =>
        context.HandlerMethod?.Name?.StartsWith("Export", StringComparison.Ordinal) == true ? AuditAction.Exported : AuditAction.Viewed;

    /// <summary>
    /// Shows the page again after a refused change (400 bad input, 404 gone, 409 conflict): nothing is logged as
    /// changed, nothing half-made stays tracked, and the page's data is read again (<see cref="ReloadAsync"/>).
    /// </summary>
    protected async Task<IActionResult> RefuseAsync(int status)
    {
        ChangeSucceeded = false;
        Db.ChangeTracker.Clear();
        await ReloadAsync().ConfigureAwait(false);
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>Reads what the page shows, again after a refused change.</summary>
    protected virtual Task ReloadAsync() => Task.CompletedTask;

    /// <summary>Redirect after a successful POST (303, so a reload does not post again).</summary>
    protected IActionResult SeeOther(string path)
    {
        Response.Headers.Location = path;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    /// <summary>The address of a page in this workspace, e.g. Link("routekaart").</summary>
    public string Link(string page = "") => $"/werkruimte/{WorkspaceId}" + (page.Length == 0 ? string.Empty : "/" + page);
}
