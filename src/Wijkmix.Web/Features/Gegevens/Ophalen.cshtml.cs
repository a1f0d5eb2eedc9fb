using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>The progress of one change of the store from the Gegevens page, a download or an upload (administrators only); it reloads itself until the change ends.</summary>
public sealed class OphalenModel(StoreJobs jobs, UserManager<WorkspaceUser> users) : PageModel
{
    /// <summary>Seconds between reloads while the change runs.</summary>
    public const int RefreshSeconds = 2;

    public StoreJob Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (User.Identity?.IsAuthenticated != true || (await users.GetUserAsync(User).ConfigureAwait(false))?.IsAdministrator != true)
        {
            return StatusCode(User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        if (jobs.Find(id) is not { } job)
        {
            return NotFound();
        }

        Job = job;
        return Page();
    }
}
