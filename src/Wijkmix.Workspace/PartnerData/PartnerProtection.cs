using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Writes the published table of every upload of a workspace: once when an upload is stored and when the
/// threshold changes, never when a page, export or report is viewed (a 738 kB file took 141 s per view).
/// A body is one organisation's uploads of one template; a new version can hide more in the older ones.
/// </summary>
public static class PartnerProtection
{
    /// <summary>
    /// Sets <see cref="PartnerUpload.Published"/> of every upload in <paramref name="uploads"/> (all of one
    /// workspace, figures loaded; a new one not yet saved has Id 0 and counts as the newest).
    /// What each body hid before stays hidden.
    /// </summary>
    public static void Protect(IEnumerable<PartnerUpload> uploads, SuppressionThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        foreach (var body in uploads.GroupBy(u => (u.Template, u.Organisation)))
        {
            var template = PartnerTemplates.Find(body.Key.Template);
            if (template is null)
            {
                continue;
            }

            var versions = body.OrderBy(u => u.Id == 0 ? int.MaxValue : u.Id).ToList();
            if (template.Categories.Count > 0)
            {
                var earlier = versions.Where(u => u.Published is not null).Select(u => PartnerTables.DeserializeParts(u.Published!)).ToList();
                var parts = CategoryBody.Protect(template, [.. versions.Select(u => (IReadOnlyCollection<PartnerFigure>)u.Figures)], threshold, earlier);
                for (var i = 0; i < versions.Count; i++)
                {
                    versions[i].Published = PartnerTables.SerializeParts(parts[i]);
                }

                continue;
            }

            var before = versions.Where(u => u.Published is not null).Select(u => PartnerTables.Deserialize(u.Published!));
            var tables = PartnerBody.Protect(template, [.. versions.Select(u => (IReadOnlyCollection<PartnerFigure>)u.Figures)], threshold, before.ToList());
            for (var i = 0; i < versions.Count; i++)
            {
                versions[i].Published = PartnerTables.Serialize(tables[i]);
            }
        }
    }
}
