using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Goals;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Goals;
using Wijkmix.Workspace.Resources;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Doelen;

/// <summary>A goal with its results, progress and (when it names one) resident perception beside it.</summary>
public sealed record GoalView(
    Goal Goal,
    string IndicatorName,
    IReadOnlyList<ResultPoint> Results,
    ResultPoint? Latest,
    Progress Progress,
    IReadOnlyList<(int Year, double Value, string Source)> Perception,
    DivergenceFinding? Divergence,
    string Chart);

/// <summary>
/// Doelen en resultaten: every goal beside its latest result and progress, a small trend per goal with a table,
/// result entry for eigen indicators, and the resident survey (template and upload, all or nothing).
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorViews views, TimeProvider clock) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "doelen";

    public IReadOnlyList<GoalView> Goals { get; private set; } = [];

    public IReadOnlyList<SurveyFigure> Survey { get; private set; } = [];

    /// <summary>Problems of a refused post (each names its field, or file, row and column).</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The goal whose result form was refused, with what the member typed.</summary>
    public (int Goal, string? Year, string? Value, string? Source)? RefusedResult { get; private set; }

    public async Task OnGetAsync() => await Load().ConfigureAwait(false);

    /// <summary>The survey template as CSV (UTF-8, semicolons).</summary>
    public IActionResult OnGetTemplate() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SurveyCsv.Template(Workspace.AreaCode))).ToArray(), "text/csv; charset=utf-8", "bewonersenquete-sjabloon.csv");

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostResultAsync(int doel, string? jaar, string? waarde, string? bron)
    {
        var goal = await Db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.Id == doel && g.WorkspaceId == WorkspaceId).ConfigureAwait(false);
        if (goal is null)
        {
            return NotFound();
        }

        var problems = new List<string>();
        if (goal.Source != IndicatorSource.Custom)
        {
            problems.Add(WorkspaceText.Format("GoalResultsOwnOnly", goal.Title));
        }

        var year = GoalInput.Year(jaar, WorkspaceText.Get("FieldYear"), problems);
        var value = GoalInput.Number(waarde, WorkspaceText.Get("FieldValue"), problems, required: true);
        var source = (bron ?? string.Empty).Trim();
        if (source.Length is 0 or > 300)
        {
            problems.Add(WorkspaceText.Format("GoalSource", 300));
        }

        if (problems.Count > 0)
        {
            RefusedResult = (doel, jaar, waarde, bron);
            return await Refuse(problems).ConfigureAwait(false);
        }

        Db.GoalResults.Add(new GoalResult { GoalId = goal.Id, Year = year!.Value, Value = value!.Value, SourceNote = source, EnteredBy = MemberName, At = clock.GetUtcNow() });
        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"resultaat {year} bij doel: {goal.Title}";
        return SeeOther(Link("doelen") + $"#doel-{goal.Id}");
    }

    [Needs(Right.UploadData)]
    public async Task<IActionResult> OnPostSurveyAsync(IFormFile? bestand)
    {
        if (bestand is null || bestand.Length == 0)
        {
            return await Refuse([$"{bestand?.FileName ?? WorkspaceText.Get("SurveyFileField")}: {WorkspaceText.Get("SurveyNoFile")}"]).ConfigureAwait(false);
        }

        var name = Path.GetFileName(bestand.FileName);
        if (bestand.Length > SurveyCsv.MaxBytes)
        {
            return await Refuse([WorkspaceText.Format("SurveyTooLarge", name)]).ConfigureAwait(false);
        }

        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await bestand.CopyToAsync(buffer).ConfigureAwait(false);
            content = buffer.ToArray();
        }

        var read = SurveyCsv.Read(content, name, AllowedSurveyAreas());
        if (!read.IsValid)
        {
            return await Refuse(read.Problems).ConfigureAwait(false);
        }

        var now = clock.GetUtcNow();
        var existing = await Db.SurveyFigures.Where(s => s.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false);
        foreach (var row in read.Rows)
        {
            // A figure already imported for the same area, indicator and year is replaced by the new file's.
            if (existing.FirstOrDefault(s => s.AreaCode == row.AreaCode && s.Indicator == row.Indicator && s.Year == row.Year) is { } old)
            {
                (old.Value, old.SourceNote, old.ImportedAt) = (row.Value, row.Source, now);
            }
            else
            {
                Db.SurveyFigures.Add(new SurveyFigure
                {
                    WorkspaceId = WorkspaceId, AreaCode = row.AreaCode, Indicator = row.Indicator, Year = row.Year, Value = row.Value, SourceNote = row.Source, ImportedAt = now,
                });
            }
        }

        await Db.SaveChangesAsync().ConfigureAwait(false);
        ChangeDescription = $"bewonersenquête geladen: {name}, {read.Rows.Count} cijfers";
        return SeeOther(Link("doelen") + "#beleving");
    }

    /// <summary>Codes a survey row may name: the workspace's area, its buurten, and its wijk when the area is a buurt.</summary>
    private HashSet<string> AllowedSurveyAreas()
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal) { Workspace.AreaCode };
        if (AreaCode.TryParse(Workspace.AreaCode, out var code))
        {
            if (code.Level == AreaLevel.District)
            {
                allowed.UnionWith(views.Data.Within(code, AreaLevel.Neighbourhood).Select(a => a.Code.Value));
            }
            else if (code.Level == AreaLevel.Neighbourhood && code.Parent is { } wijk)
            {
                allowed.Add(wijk.Value);
            }
        }

        return allowed;
    }

    private async Task<IActionResult> Refuse(IReadOnlyList<string> problems)
    {
        ChangeSucceeded = false;
        Problems = problems;
        Db.ChangeTracker.Clear();
        await Load().ConfigureAwait(false);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task Load() => (Goals, Survey) = await GoalBoard.LoadAsync(Db, views, Workspace).ConfigureAwait(false);
}
