using Microsoft.AspNetCore.Mvc;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Web.Features.Werkruimte.ComplexLevel;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Complexes;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Kompas;

/// <summary>A complex in the kompas: its vulnerable lettings share against its buurt and the workspace, in points.</summary>
/// <param name="Number">Its number on the Complexen page.</param>
public sealed record ComplexCompassLine(ComplexRow Row, int Number, LettingShare Lettings, double? GapBuurt, double? GapWorkspace);

/// <summary>
/// The wijkkompas of the workspace's own wijk, with a level below the buurt. <c>niveau=buurt</c> (default): the
/// public wijkkompas's rows for the buurten of the wijk against the gemeente. <c>niveau=complex</c>: the partners'
/// complexes with their vulnerable lettings share against their buurt and the whole workspace, and the workspace's
/// flag as the signal. The CBS indicators do not exist per complex and the lettings share does not exist per buurt
/// for CBS, so each level shows its own measure against its own reference; the complex level reads the same
/// published, suppressed rows as the Complexen page (<see cref="ComplexLayer"/>), so a hidden complex is not in it.
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorData data, MonitorViews views) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "kompas";

    [FromQuery(Name = "niveau")]
    public string? LevelChoice { get; set; }

    [FromQuery(Name = "indicator")]
    public string? IndicatorChoice { get; set; }

    public bool ComplexLevel => string.Equals(LevelChoice, "complex", StringComparison.Ordinal);

    public static IReadOnlyList<Indicator> Indicators => CompassQuestion.Defaults;

    public Indicator Indicator { get; private set; } = CompassQuestion.Defaults[0];

    public Area? Municipality { get; private set; }

    public CompassRules Rules { get; private set; } = CompassRules.Default;

    /// <summary>Per buurt of the wijk: its latest year with a gap to the gemeente (or its latest year).</summary>
    public IReadOnlyList<CompassRow> BuurtRows { get; private set; } = [];

    /// <summary>The shown complexes with a visible lettings share, flagged first (as on the Complexen page).</summary>
    public IReadOnlyList<ComplexCompassLine> ComplexLines { get; private set; } = [];

    public ComplexOverviewResult? Overview { get; private set; }

    public async Task OnGetAsync()
    {
        Municipality = AreaCode.TryParse(Workspace.MunicipalityCode, out var city) ? data.Find(city) : null;
        if (ComplexLevel)
        {
            var view = await ComplexLayer.LoadAsync(this, Db, views).ConfigureAwait(false);
            Overview = view.Overview;
            var workspaceShare = Overview?.WorkspaceShare;
            ComplexLines =
            [
                .. view.Numbered.Where(p => p.Row.Lettings is not null).Select(p => new ComplexCompassLine(p.Row, p.Number, p.Row.Lettings!,
                    Points(p.Row.Lettings!.Share, p.Row.Lettings.BuurtShare), Points(p.Row.Lettings.Share, workspaceShare))),
            ];
            return;
        }

        if (Municipality is null || !AreaCode.TryParse(Workspace.AreaCode, out var area))
        {
            return;
        }

        var result = views.Compass(Municipality.Code, AreaLevel.Neighbourhood, Indicators);
        if (result is null)
        {
            return;
        }

        Rules = result.Rules;
        var buurten = (area.Level == AreaLevel.Neighbourhood ? [area] : data.Within(area, AreaLevel.Neighbourhood).Select(b => b.Code)).ToHashSet();
        var inWijk = result.Rows.Where(r => buurten.Contains(r.Area.Code)).ToList();
        Indicator = Indicators.FirstOrDefault(i => i.Id == IndicatorChoice)
                    ?? Indicators.FirstOrDefault(i => inWijk.Any(r => r.Indicator == i && r.Value.HasValue)) ?? Indicators[0];
        BuurtRows =
        [
            .. inWijk.Where(r => r.Indicator == Indicator).GroupBy(r => r.Area.Code)
                .Select(g => g.OrderBy(r => r.Year).LastOrDefault(r => r.Gap is not null) ?? g.MaxBy(r => r.Year)!)
                .OrderBy(r => r.Area.DisplayName, StringComparer.CurrentCulture),
        ];
    }

    /// <summary>The difference of two shares in percentage points (null when either is unknown).</summary>
    public static double? Points(double share, double? reference) => reference is { } r ? 100 * (share - r) : null;

    public IEnumerable<(string Css, string Word, string Rule)> Signals(CompassRow row) =>
        global::Wijkmix.Web.Features.Kompas.IndexModel.Signals(row?.Flags ?? CompassSignals.None, Rules, Indicator);
}
