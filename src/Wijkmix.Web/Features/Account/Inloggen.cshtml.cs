using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Wijkmix.Web.Resources;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Features.Account;

/// <summary>Sign in with a local account (e-mail and password), or through the municipality when that is configured.</summary>
public sealed class InloggenModel(SignInManager<WorkspaceUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccFillEmail))]
    [EmailAddress(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccValidEmail))]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccFillPassword))]
    [DataType(DataType.Password)]
    [Display(Name = "Wachtwoord")]
    public string Password { get; set; } = "";

    [FromQuery(Name = "terug")]
    public string? ReturnTo { get; set; }

    public IReadOnlyList<AuthenticationScheme> External { get; private set; } = [];

    public async Task OnGetAsync() => External = [.. await signIn.GetExternalAuthenticationSchemesAsync().ConfigureAwait(false)];

    public async Task<IActionResult> OnPostAsync()
    {
        External = [.. await signIn.GetExternalAuthenticationSchemesAsync().ConfigureAwait(false)];
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnTo) ? ReturnTo : "/werkruimte");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? Text.AccountLockedOut
            : Text.AccountWrongPassword);
        return Page();
    }

    /// <summary>Starts the municipal sign-in (OpenID Connect).</summary>
    public async Task<IActionResult> OnPostExternAsync(string? scheme)
    {
        // Only a configured sign-in: an unknown scheme would otherwise fail the challenge (500).
        var schemes = await signIn.GetExternalAuthenticationSchemesAsync().ConfigureAwait(false);
        if (schemes.FirstOrDefault(s => s.Name == scheme) is not { } chosen)
        {
            return BadRequest();
        }

        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, "/account/extern?terug=" + Uri.EscapeDataString(ReturnTo ?? "/werkruimte"));
        return Challenge(properties, chosen.Name);
    }
}
