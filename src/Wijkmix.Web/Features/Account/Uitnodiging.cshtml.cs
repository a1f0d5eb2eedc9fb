using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Resources;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Account;

/// <summary>Accepting an invitation: the signed-in account with the invited e-mail address becomes a member.</summary>
[AllowAnonymous]
public sealed class UitnodigingModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock) : PageModel
{
    public Invitation? Invitation { get; private set; }

    public string? Problem { get; private set; }

    public string RoleName => Invitation is null ? string.Empty : Rights.Dutch(Invitation.Role);

    public async Task<IActionResult> OnGetAsync(string token)
    {
        Invitation = await Find(token).ConfigureAwait(false);
        return Invitation is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        Invitation = await Find(token).ConfigureAwait(false);
        if (Invitation is null)
        {
            return NotFound();
        }

        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;
        var user = await db.Users.FirstAsync(u => u.Id == userId).ConfigureAwait(false);
        if (!string.Equals(user.Email, Invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            Problem = string.Format(CultureInfo.CurrentCulture, Text.AccountInvitationForOther, Invitation.Email, user.Email);
            return Page();
        }

        if (Invitation.AcceptedAt is null)
        {
            var tracked = await db.Invitations.FirstAsync(i => i.Id == Invitation.Id).ConfigureAwait(false);
            tracked.AcceptedAt = clock.GetUtcNow();
            if (!await db.Memberships.AnyAsync(m => m.WorkspaceId == tracked.WorkspaceId && m.UserId == userId).ConfigureAwait(false))
            {
                db.Memberships.Add(new Membership { WorkspaceId = tracked.WorkspaceId, UserId = userId, Organisation = tracked.Organisation, Role = tracked.Role, JoinedAt = clock.GetUtcNow() });
            }

            await db.SaveChangesAsync().ConfigureAwait(false);
            audit.Record(User, tracked.WorkspaceId, AuditAction.Changed, $"uitnodiging geaccepteerd als {RoleName}");
        }

        Response.Headers.Location = $"/werkruimte/{Invitation.WorkspaceId}";
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    private Task<Invitation?> Find(string token) =>
        db.Invitations.AsNoTracking().Include(i => i.Workspace).FirstOrDefaultAsync(i => i.Token == token);
}
