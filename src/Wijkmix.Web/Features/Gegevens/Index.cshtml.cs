using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Download;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Shared;
using Wijkmix.Web.Resources;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>
/// Gegevens: upload CBS files (validated first, stored all-or-nothing) and download stored figures.
/// Reading is public; changing the shared store is a site administrator's (beheerder's) right, and
/// every attempt, allowed or refused, is in the audit log.
/// </summary>
public sealed class IndexModel(
    MonitorViews views, SharedStore store, UploadLimits limits, UserManager<WorkspaceUser> users, WorkspaceAudit audit, WorkspaceDb db, AuditWriter writer,
    StoreJobs jobs)
    : PageModel
{
    /// <summary>What the audit log names for a change of the shared statistics store.</summary>
    public const string AuditTarget = "gedeelde cijfers (Gegevens)";

    /// <summary>The file types the importers read (gzip of each too).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".json", ".geojson", ".topojson", ".xlsx", ".gpkg", ".zip", ".gz"];

    public const int MaxFiles = 10;

    public Area? Municipality { get; private set; }

    public IReadOnlyList<ImportProblem> Refused { get; private set; } = [];

    public StoreInfo Info => store.Info;

    public IReadOnlyList<Area> Municipalities => views.Data.Municipalities;

    public int MaxMegabytes => limits.MaxMegabytes;

    /// <summary>The visitor is a signed-in site administrator, who may change the shared store.</summary>
    public bool CanChange { get; private set; }

    /// <summary>For administrators: the latest changes of the shared store and refused attempts, newest first.</summary>
    public IReadOnlyList<AuditEntry> Changes { get; private set; } = [];

    public const int ChangesShown = 50;

    public async Task OnGetAsync(string? gemeente)
    {
        Choose(gemeente);
        CanChange = await IsAdministratorAsync().ConfigureAwait(false);
        if (CanChange)
        {
            await writer.FlushAsync(HttpContext.RequestAborted).ConfigureAwait(false);
            Changes = await db.AuditLog.AsNoTracking().Where(a => a.WorkspaceId == null && a.Target.StartsWith(AuditTarget))
                .OrderByDescending(a => a.Id).Take(ChangesShown).ToListAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Saves the uploaded files and sends the administrator to the progress page of their import; refused (audited,
    /// 401/403) for anyone else, 400 with the reason for no file, too many, a wrong type or one too large.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(List<IFormFile>? bestanden, string? gemeente)
    {
        Choose(gemeente);
        var files = bestanden ?? [];
        var names = Short(string.Join(", ", files.Select(f => UploadNames.Safe(f.FileName))));
        CanChange = await IsAdministratorAsync().ConfigureAwait(false);
        if (!CanChange)
        {
            RefuseChange($"upload {names}");
            return Page();
        }

        var refused = new List<ImportProblem>();
        if (files.Count == 0)
        {
            refused.Add(new ImportProblem("–", null, null, Text.NoFileChosen));
        }
        else if (files.Count > MaxFiles)
        {
            refused.Add(new ImportProblem("–", null, null, string.Format(CultureInfo.CurrentCulture, Text.TooManyFiles, MaxFiles)));
        }

        foreach (var file in files)
        {
            var name = UploadNames.Safe(file.FileName);
            if (!Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                refused.Add(new ImportProblem(name, null, null, string.Format(CultureInfo.CurrentCulture, Text.WrongFileType, string.Join(", ", Extensions))));
            }
            else if (file.Length > limits.MaxBytes)
            {
                refused.Add(new ImportProblem(name, null, null, string.Format(CultureInfo.CurrentCulture, Text.FileTooLarge, limits.MaxMegabytes)));
            }
        }

        if (refused.Count > 0)
        {
            Refused = refused;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // The request only saves the files (within the upload limits checked above); reading and storing them runs
        // off the request, one change of the store at a time, and the progress page shows the outcome.
        var folder = Directory.CreateTempSubdirectory("wijkmix-upload-");
        List<(string, string)> saved;
        try
        {
            saved = await SaveAsync(files, folder).ConfigureAwait(false);
        }
        catch
        {
            folder.Delete(recursive: true);
            throw;
        }

        var user = User;
        var job = jobs.StartUpload(folder, saved, User.Identity?.Name ?? "?", done =>
            audit.Record(user, null, done.State == StoreJobState.Stored ? AuditAction.Changed : AuditAction.Refused, $"{AuditTarget}: upload {names}"));
        return Redirect($"/gegevens/ophalen/{job.Id}");
    }

    private static async Task<List<(string, string)>> SaveAsync(List<IFormFile> files, DirectoryInfo folder)
    {
        var saved = new List<(string, string)>();
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            var name = UploadNames.Safe(file.FileName);
            // The importer reads metadata files (DataProperties.json) beside a data file by name, so each upload
            // keeps its name in one folder; a name sent twice goes into a folder of its own.
            var path = Path.Combine(folder.FullName, name);
            if (System.IO.File.Exists(path))
            {
                path = Path.Combine(folder.CreateSubdirectory(index.ToString(CultureInfo.InvariantCulture)).FullName, name);
            }

            var stream = System.IO.File.Create(path);
            await using (stream.ConfigureAwait(false))
            {
                await file.CopyToAsync(stream).ConfigureAwait(false);
            }

            saved.Add((path, name));
        }

        return saved;
    }

    /// <summary>The years the download form offers: every KWB edition.</summary>
    public static IReadOnlyCollection<int> DownloadYears => KwbTables.Years;

    /// <summary>
    /// Starts fetching KWB figures (and boundaries) for one gemeente from CBS and PDOK, off the request, and
    /// sends the administrator to its progress page; refused like an upload for anyone else.
    /// </summary>
    public async Task<IActionResult> OnPostDownloadAsync(string? ophalen, int? van, int? tot, string? niveau, bool grenzen)
    {
        Choose(ophalen);
        CanChange = await IsAdministratorAsync().ConfigureAwait(false);
        var what = Short($"ophalen {ophalen} {van}–{tot} {niveau}{(grenzen ? Text.AuditWithBoundaries : string.Empty)}");
        if (!CanChange)
        {
            RefuseChange(what);
            return Page();
        }

        var level = Wording.ParseLevel(niveau);
        if (Municipality is null || van is not { } from || tot is not { } to || from > to
            || !KwbTables.Years.Contains(from) || !KwbTables.Years.Contains(to) || level is not (AreaLevel.Municipality or AreaLevel.District or AreaLevel.Neighbourhood))
        {
            Refused = [new ImportProblem("–", null, Municipality is null ? "gemeente" : level is null ? "niveau" : "jaren",
                string.Format(CultureInfo.CurrentCulture, Text.DownloadBadRequest, KwbTables.Years.Min(), KwbTables.Years.Max()))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var request = new DownloadRequest([Municipality.Code], Enumerable.Range(from, to - from + 1).ToList(), level.Value, grenzen);
        var user = User;
        var job = jobs.StartDownload(request, User.Identity?.Name ?? "?", done =>
            audit.Record(user, null, done.State == StoreJobState.Stored ? AuditAction.Changed : AuditAction.Refused, $"{AuditTarget}: {what}"));
        return Redirect($"/gegevens/ophalen/{job.Id}");
    }

    /// <summary>What an audit line repeats of a request is bounded: a refused visitor cannot fill the log.</summary>
    private static string Short(string text) => text.Length <= 200 ? text : text[..199] + "…";

    /// <summary>Refuses a change by someone who is no administrator: audited, 401 to sign in or 403, with the reason on the page.</summary>
    private void RefuseChange(string what)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        audit.Record(User, null, AuditAction.Refused, $"{AuditTarget}: {what}");
        Refused = [new ImportProblem("–", null, null, signedIn ? Text.StoreChangeNotAllowed : Text.StoreChangeSignIn)];
        Response.StatusCode = signedIn ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
    }

    private async Task<bool> IsAdministratorAsync() =>
        User.Identity?.IsAuthenticated == true && (await users.GetUserAsync(User).ConfigureAwait(false))?.IsAdministrator == true;

    private void Choose(string? gemeente)
    {
        Municipality = AreaQuestion.Municipality(views.Data, gemeente).Value;
        ViewData["Gemeente"] = Municipality?.Code.Value;
    }
}
