using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Wijkmix.Web.Features.Shared;

/// <summary>The language switch: remembers the choice in a cookie and returns to the page (only local addresses).</summary>
public sealed class TaalModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? taal, string? terug)
    {
        var culture = taal == "en" ? "en" : "nl";
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), SameSite = SameSiteMode.Lax, IsEssential = true, HttpOnly = true, Secure = Request.IsHttps });
        var target = Url.IsLocalUrl(terug) ? terug! : "/";
        // A "taal" in the query string would override the cookie: drop it.
        return LocalRedirect(System.Text.RegularExpressions.Regex.Replace(target, "([?&])taal=[^&]*&?", "$1").TrimEnd('?', '&'));
    }
}
