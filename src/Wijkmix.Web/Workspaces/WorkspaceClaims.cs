using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Workspaces;

/// <summary>Adds the account's display name to the sign-in cookie, so the audit log can name people, not only addresses.</summary>
internal sealed class WorkspaceClaims(UserManager<WorkspaceUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WorkspaceUser>(users, options)
{
    public const string DisplayName = "wijkmix:naam";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WorkspaceUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(DisplayName, user.DisplayName));
        return identity;
    }
}
