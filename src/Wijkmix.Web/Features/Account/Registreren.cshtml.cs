using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Resources;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Account;

/// <summary>Creates a local account. The very first account of an installation is its administrator (beheerder).</summary>
public sealed class RegistrerenModel(UserManager<WorkspaceUser> users, SignInManager<WorkspaceUser> signIn, WorkspaceDb db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccFillName))]
    [StringLength(100, ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccNameTooLong))]
    [Display(Name = "Naam")]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccFillEmail))]
    [EmailAddress(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccValidEmail))]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(Text), ErrorMessageResourceName = nameof(Text.AccChoosePassword))]
    [DataType(DataType.Password)]
    [Display(Name = "Wachtwoord (minstens 12 tekens)")]
    public string Password { get; set; } = "";

    [FromQuery(Name = "terug")]
    public string? ReturnTo { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var first = !await db.Users.AnyAsync().ConfigureAwait(false);
        var user = new WorkspaceUser { UserName = Email, Email = Email, DisplayName = DisplayName.Trim(), IsAdministrator = first };
        var result = await users.CreateAsync(user, Password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(ReturnTo) ? ReturnTo : "/werkruimte");
    }
}
