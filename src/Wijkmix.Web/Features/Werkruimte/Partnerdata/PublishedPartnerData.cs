using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Partnerdata;

/// <summary>The one way views (page, report) read partner figures: the stored published tables, never the raw figures.</summary>
public static class PublishedPartnerData
{
    /// <summary>The workspace's uploads, newest first, each with its published tables (null when not yet protected).</summary>
    public static async Task<IReadOnlyList<(PartnerUpload Upload, IReadOnlyList<PublishedPart>? Parts)>> LoadAsync(WorkspaceDb db, int workspaceId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var uploads = await db.PartnerUploads.AsNoTracking().Where(u => u.WorkspaceId == workspaceId)
            .OrderByDescending(u => u.Id).ToListAsync().ConfigureAwait(false);
        return [.. uploads.Select(u => (u, u.Published is null ? null : PartnerTables.DeserializeParts(u.Published)))];
    }
}

/// <summary>One published partner table as the page and the report show it (partial <c>_PartnerTable</c>).</summary>
/// <param name="Upload">The upload it belongs to.</param>
/// <param name="Parts">Its stored published tables (one per category split and year); null when not yet protected (then nothing is shown).</param>
/// <param name="ExportHref">Link to the CSV export, when the viewer may export (<c>&amp;deel=N</c> is added per table).</param>
public sealed record PartnerTableView(PartnerUpload Upload, IReadOnlyList<PublishedPart>? Parts, string? ExportHref);
