using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Wijkmix.Web.Resources;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Features.Account;

/// <summary>
/// Return point of the municipal sign-in: signs in the account linked to that login, or links it to the account
/// with the same e-mail address, or creates one.
/// </summary>
public sealed class ExternModel(SignInManager<WorkspaceUser> signIn, UserManager<WorkspaceUser> users) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? terug)
    {
        var target = Url.IsLocalUrl(terug) ? terug : "/werkruimte";
        var info = await signIn.GetExternalLoginInfoAsync().ConfigureAwait(false);
        if (info is null)
        {
            Problem = Text.AccountExternalFailed;
            return Page();
        }

        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(target);
        }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrEmpty(email))
        {
            Problem = Text.AccountNoEmail;
            return Page();
        }

        var user = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null)
        {
            user = new WorkspaceUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = info.Principal.FindFirstValue(ClaimTypes.Name) ?? email };
            var created = await users.CreateAsync(user).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                Problem = string.Join(" ", created.Errors.Select(e => e.Description));
                return Page();
            }
        }

        await users.AddLoginAsync(user, info).ConfigureAwait(false);
        await signIn.SignInAsync(user, isPersistent: false).ConfigureAwait(false);
        return LocalRedirect(target);
    }
}
