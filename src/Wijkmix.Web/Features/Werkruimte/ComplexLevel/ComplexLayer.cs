using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Resources;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.ComplexLevel;

/// <summary>The complexes a member may see, with the CBS year of the buurt figures behind the ladder.</summary>
/// <param name="Overview">Null when no partner has delivered complex figures.</param>
public sealed record ComplexView(ComplexOverviewResult? Overview, int? CbsYear)
{
    /// <summary>The shown complexes with their number on the Complexen page (1 = first row), flagged first.</summary>
    public IEnumerable<(ComplexRow Row, int Number)> Numbered => (Overview?.Rows ?? []).Select((r, i) => (r, i + 1));
}

/// <summary>
/// One way to the complex level for every workspace page that shows it (Complexen, schatkaart, wijkkompas): the
/// latest uploads read as the member may see them (<see cref="ComplexSources"/>), the workspace's flag rule and
/// threshold, and CBS's buurt counts. Every complex shown comes from <see cref="ComplexOverview"/>'s rows, which hold
/// only published, unsuppressed figures; a complex without them is in no row and so on no page.
/// </summary>
public static class ComplexLayer
{
    /// <summary>Bootstrap replicates behind the ladder's intervals on the Complexen page: enough for a 90 % interval, bounded per view.</summary>
    public const int LadderReplicates = 200;

    /// <summary>The complex level as <paramref name="page"/>'s member may see it.</summary>
    /// <param name="replicates">Bootstrap replicates for the ladder's intervals (0: none; only the Complexen page shows them).</param>
    public static async Task<ComplexView> LoadAsync(WorkspacePage page, WorkspaceDb db, MonitorViews views, int? from = null, int? to = null, int replicates = 0)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(views);
        var workspace = page.Workspace;
        var ownDetail = workspace.PartnersSeeOwnDetail && page.Can(Right.UploadData);
        var complexes = await ComplexSources.LoadAsync(db, page.WorkspaceId, page.Member.Organisation, ownDetail, page.HttpContext.RequestAborted).ConfigureAwait(false);
        var cbs = AreaCode.TryParse(workspace.MunicipalityCode, out var municipality) ? views.BuurtCounts(municipality) : null;
        var rule = new FlagRule(workspace.ComplexFlagPercent, workspace.ComplexFlagYears, workspace.ComplexFlagBuurtFactor);
        var overview = complexes.IsEmpty ? null
            : ComplexOverview.Build(complexes, rule, cbs?.HouseholdTypes, workspace.SuppressionThreshold, from, to, replicates);
        return new ComplexView(overview, cbs?.Year);
    }

    /// <summary>How a complex is labelled beside other points: C and its number on the Complexen page.</summary>
    public static string Label(int number) => string.Format(CultureInfo.CurrentCulture, Text.ComplexLabel, number);
}
