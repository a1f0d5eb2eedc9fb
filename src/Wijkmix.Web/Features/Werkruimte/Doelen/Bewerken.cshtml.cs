using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Goals;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Doelen;

/// <summary>
/// Adds a goal or edits one. The form carries the goal's version; a member who saves on an older version gets 409,
/// the current goal and their own input back, and the first edit stays.
/// </summary>
public sealed class BewerkenModel(WorkspaceDb db, WorkspaceAudit audit, MonitorViews views) : WorkspacePage(db, audit)
{
    protected override string AuditTarget => "doelen";

    [FromRoute(Name = "nr")]
    public int? GoalId { get; set; }

    public GoalForm Form { get; private set; } = new();

    /// <summary>The goal as stored now (shown beside the member's input after a conflict).</summary>
    public Goal? Current { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public bool IsConflict { get; private set; }

    /// <summary>The areas a CBS or eigen indicator can be measured on: the workspace's area, its buurten and the gemeente.</summary>
    public IReadOnlyList<Area> AreaChoices { get; private set; } = [];

    /// <summary>The years with data per indicator for the form's area (and the gemeente's segregation), shown beside the years.</summary>
    public IReadOnlyList<GoalYearsRow> YearsWithData => _years ??= GoalYears.For(views,
        string.IsNullOrWhiteSpace(Form.Gebied) ? Workspace.AreaCode : Form.Gebied.Trim().ToUpperInvariant(), Workspace.MunicipalityCode);

    private IReadOnlyList<GoalYearsRow>? _years;

    /// <summary>The name of the form's area, as the choices show it.</summary>
    public string FormAreaName => AreaChoices.FirstOrDefault(a => string.Equals(a.Code.Value, Form.Gebied, StringComparison.OrdinalIgnoreCase))?.DisplayName ?? Workspace.AreaName;

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnGetAsync()
    {
        LoadChoices();
        if (GoalId is { } id)
        {
            if (await Find(id, tracked: false).ConfigureAwait(false) is not { } goal)
            {
                return NotFound();
            }

            Current = goal;
            Form = GoalForm.From(goal);
        }
        else
        {
            Form = new GoalForm { Gebied = Workspace.AreaCode, Indicator = "cbs:households_low_income_pct" };
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(GoalForm invoer)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        LoadChoices();
        Form = invoer;
        Goal goal;
        if (GoalId is { } id)
        {
            if (await Find(id, tracked: true).ConfigureAwait(false) is not { } existing)
            {
                return NotFound();
            }

            goal = existing;
        }
        else
        {
            goal = new Goal { WorkspaceId = WorkspaceId, Title = string.Empty, Indicator = string.Empty, AreaCode = Workspace.AreaCode };
        }

        var problems = invoer.ApplyTo(goal, Workspace, views);
        if (problems.Count > 0)
        {
            return await Refuse(StatusCodes.Status400BadRequest, problems).ConfigureAwait(false);
        }

        if (GoalId is null)
        {
            Db.Goals.Add(goal);
        }

        if ((await VersionedSave.SaveAsync(Db, goal, invoer.Versie, _ => { }, cancel: HttpContext.RequestAborted).ConfigureAwait(false)).IsConflict)
        {
            IsConflict = true;
            return await Refuse(StatusCodes.Status409Conflict, [GoalInput.Conflict(invoer.Titel)]).ConfigureAwait(false);
        }

        ChangeDescription = (GoalId is null ? "doel toegevoegd: " : "doel gewijzigd: ") + goal.Title;
        return SeeOther(Link("doelen") + $"#doel-{goal.Id}");
    }

    private Task<IActionResult> Refuse(int status, IReadOnlyList<string> problems)
    {
        Problems = problems;
        return RefuseAsync(status);
    }

    /// <summary>The goal as stored now; after a conflict the next save compares with the version shown now.</summary>
    protected override async Task ReloadAsync()
    {
        if (GoalId is { } id)
        {
            Current = await Find(id, tracked: false).ConfigureAwait(false);
            if (IsConflict && Current is not null)
            {
                Form.Versie = Current.Version;
            }
        }
    }

    private Task<Goal?> Find(int id, bool tracked) =>
        (tracked ? Db.Goals : Db.Goals.AsNoTracking()).FirstOrDefaultAsync(g => g.Id == id && g.WorkspaceId == WorkspaceId);

    private void LoadChoices()
    {
        var choices = new List<Area>();
        if (AreaCode.TryParse(Workspace.AreaCode, out var code) && views.Data.Find(code) is { } area)
        {
            choices.Add(area);
            if (code.Level == AreaLevel.District)
            {
                choices.AddRange(views.Data.Within(code, AreaLevel.Neighbourhood));
            }
        }

        if (AreaCode.TryParse(Workspace.MunicipalityCode, out var gm) && views.Data.Find(gm) is { } city && choices.All(c => c.Code != gm))
        {
            choices.Add(city);
        }

        AreaChoices = choices;
    }
}
