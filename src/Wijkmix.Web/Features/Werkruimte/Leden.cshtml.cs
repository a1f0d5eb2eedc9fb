using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte;

/// <summary>Members and their roles; a coordinator invites partners (a one-time link) and changes roles.</summary>
public sealed class LedenModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "leden";

    public IReadOnlyList<Membership> Members { get; private set; } = [];

    public IReadOnlyList<Invitation> Open { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>The link of the invitation just made, shown once.</summary>
    [TempData]
    public string? NewLink { get; set; }

    public async Task OnGetAsync() => await ReloadAsync().ConfigureAwait(false);

    [Needs(Right.ManageMembers)]
    public async Task<IActionResult> OnPostInviteAsync(string? email, string? organisatie, WorkspaceRole rol)
    {
        var check = MemberRules.CheckInvite(email, organisatie, rol);
        if (check.Value is not { } invite)
        {
            return await Refuse(check.FirstMessage!).ConfigureAwait(false);
        }

        (email, organisatie) = (invite.Email, invite.Organisation);

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Db.Invitations.Add(new Invitation
        {
            WorkspaceId = WorkspaceId, Token = token, Email = email, Organisation = organisatie, Role = rol, InvitedBy = MemberName, CreatedAt = clock.GetUtcNow(),
        });
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"uitnodiging voor {email} als {Rights.Dutch(rol)}";
        NewLink = $"{Request.Scheme}://{Request.Host}/account/uitnodiging/{token}";
        return SeeOther(Link("leden"));
    }

    [Needs(Right.ManageMembers)]
    public async Task<IActionResult> OnPostRoleAsync(int lid, WorkspaceRole rol)
    {
        var member = await Db.Memberships.FirstOrDefaultAsync(m => m.Id == lid && m.WorkspaceId == WorkspaceId).ConfigureAwait(false);
        var coordinators = await Db.Memberships.CountAsync(m => m.WorkspaceId == WorkspaceId && m.Role == WorkspaceRole.Coordinator).ConfigureAwait(false);
        if (MemberRules.CheckRoleChange(member, rol, coordinators) is { } problem)
        {
            return await Refuse(problem).ConfigureAwait(false);
        }

        var before = member!.Role;
        member.Role = rol;
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"rol van lid {lid}: {Rights.Dutch(before)} → {Rights.Dutch(rol)}";
        return SeeOther(Link("leden"));
    }

    private Task<IActionResult> Refuse(string message)
    {
        Problem = message;
        return RefuseAsync(StatusCodes.Status400BadRequest);
    }

    protected override async Task ReloadAsync()
    {
        Members = await Db.Memberships.AsNoTracking().Include(m => m.User).Where(m => m.WorkspaceId == WorkspaceId)
            .OrderByDescending(m => m.Role).ThenBy(m => m.Organisation).ToListAsync().ConfigureAwait(false);
        Open = Can(Right.ManageMembers)
            ? await Db.Invitations.AsNoTracking().Where(i => i.WorkspaceId == WorkspaceId && i.AcceptedAt == null).OrderBy(i => i.Id).ToListAsync().ConfigureAwait(false)
            : [];
    }
}
