using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Features.Account;

/// <summary>Signs out (POST only, with the anti-forgery token, so a link elsewhere cannot sign anyone out).</summary>
public sealed class UitloggenModel(SignInManager<WorkspaceUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
