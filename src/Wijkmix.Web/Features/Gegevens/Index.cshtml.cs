using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;
using Wijkmix.Web.Features.Api;
using Wijkmix.Web.Hosting;
using Wijkmix.Web.Monitor;
using Wijkmix.Web.Resources;

namespace Wijkmix.Web.Features.Gegevens;

/// <summary>Gegevens: upload CBS files (validated first, stored all-or-nothing) and download stored figures.</summary>
public sealed class IndexModel(MonitorViews views, WijkmixWeb.UploadLimits limits) : PageModel
{
    /// <summary>The file types the importers read (gzip of each too).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".json", ".geojson", ".xlsx", ".gpkg", ".zip", ".gz"];

    public const int MaxFiles = 10;

    public Area? Municipality { get; private set; }

    public UploadOutcome? Outcome { get; private set; }

    public IReadOnlyList<ImportProblem> Refused { get; private set; } = [];

    public StoreInfo Info => views.Data.Info;

    public IReadOnlyList<Area> Municipalities => views.Data.Municipalities;

    public int MaxMegabytes => limits.MaxMegabytes;

    public void OnGet(string? gemeente) => Choose(gemeente);

    public async Task OnPostAsync(List<IFormFile>? bestanden, string? gemeente)
    {
        Choose(gemeente);
        var files = bestanden ?? [];
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
            var name = Path.GetFileName(file.FileName);
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
            return;
        }

        var folder = Directory.CreateTempSubdirectory("wijkmix-upload-");
        try
        {
            var saved = new List<(string, string)>();
            foreach (var (file, index) in files.Select((f, i) => (f, i)))
            {
                var name = Path.GetFileName(file.FileName);
                // The importer reads metadata files beside a data file by name, so each upload keeps its name.
                var path = Path.Combine(folder.FullName, index.ToString(CultureInfo.InvariantCulture) + "-" + name);
                var stream = System.IO.File.Create(path);
                await using (stream.ConfigureAwait(false))
                {
                    await file.CopyToAsync(stream).ConfigureAwait(false);
                }

                saved.Add((path, name));
            }

            Outcome = views.Data.Import(saved);
            if (!Outcome.Stored)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private void Choose(string? gemeente)
    {
        Municipality = MonitorApi.Resolve(views, gemeente) is { Level: AreaLevel.Municipality } city ? city : null;
        ViewData["Gemeente"] = Municipality?.Code.Value;
    }
}
