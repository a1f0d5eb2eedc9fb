using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.PartnerData;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Workspace.Complexes;

/// <summary>A workspace's complex figures: the latest upload of every partner's complex templates, and the complexes' names and locations.</summary>
/// <param name="Dwellings">Per partner, the latest <c>complexen-woningen</c> upload.</param>
/// <param name="Households">Per partner, the latest <c>complexen-huishoudens</c> upload.</param>
/// <param name="Lettings">Per partner, the latest <c>complexen-verhuringen</c> upload.</param>
/// <param name="Register">Every complex named in the latest dwellings uploads, by area code.</param>
public sealed record ComplexData(
    IReadOnlyList<ComplexBody> Dwellings,
    IReadOnlyList<ComplexBody> Households,
    IReadOnlyList<ComplexBody> Lettings,
    IReadOnlyDictionary<string, PartnerComplex> Register)
{
    /// <summary>True when no partner has delivered complex figures.</summary>
    public bool IsEmpty => Dwellings.Count + Households.Count + Lettings.Count == 0;
}

/// <summary>Reads <see cref="ComplexData"/> from the workspace store.</summary>
public static class ComplexSources
{
    /// <summary>
    /// The latest upload per partner and complex template. <paramref name="viewerOrganisation"/> sees its own
    /// complexes in detail when <paramref name="ownDetail"/> (the workspace's setting) is on.
    /// </summary>
    public static async Task<ComplexData> LoadAsync(WorkspaceDb db, int workspaceId, string? viewerOrganisation, bool ownDetail, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        string[] templates = [PartnerTemplates.ComplexenWoningen.Id, PartnerTemplates.ComplexenHuishoudens.Id, PartnerTemplates.ComplexenVerhuringen.Id];
        var latestIds = await db.PartnerUploads.AsNoTracking().Where(u => u.WorkspaceId == workspaceId && templates.Contains(u.Template))
            .GroupBy(u => new { u.Template, u.Organisation }).Select(g => g.Max(u => u.Id)).ToListAsync(cancellation).ConfigureAwait(false);
        var uploads = await db.PartnerUploads.AsNoTracking().AsSplitQuery().Include(u => u.Figures).Include(u => u.Complexes)
            .Where(u => latestIds.Contains(u.Id)).OrderBy(u => u.Organisation).ToListAsync(cancellation).ConfigureAwait(false);
        List<ComplexBody> Bodies(PartnerTemplate template) =>
        [
            .. uploads.Where(u => u.Template == template.Id)
                .Select(u => new ComplexBody(u, template, ownDetail && string.Equals(u.Organisation, viewerOrganisation, StringComparison.Ordinal))),
        ];
        var register = uploads.SelectMany(u => u.Complexes).GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ComplexData(Bodies(PartnerTemplates.ComplexenWoningen), Bodies(PartnerTemplates.ComplexenHuishoudens), Bodies(PartnerTemplates.ComplexenVerhuringen), register);
    }
}
