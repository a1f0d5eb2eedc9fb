using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Features.Account;

/// <summary>Signs out (POST only, with the anti-forgery token, so a link elsewhere cannot sign anyone out).</summary>
/// <remarks>The account's security stamp is renewed, so a copied identity cookie stops working too.</remarks>
public sealed class UitloggenModel(SignInManager<WorkspaceUser> signIn, UserManager<WorkspaceUser> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is { } user)
        {
            await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
