using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Interventions;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Interventies;

/// <summary>Words for the kinds and statuses in the current language, and the nl-NL formats.</summary>
public static class Labels
{
    public static CultureInfo Dutch => InterventionRules.Dutch;

    public static IReadOnlyList<(InterventionKind Kind, string Key, string Label)> Kinds => InterventionRules.Kinds;

    public static IReadOnlyList<(InterventionStatus Status, string Key, string Label)> Statuses => InterventionRules.Statuses;

    public static string Kind(InterventionKind kind) => Kinds.First(k => k.Kind == kind).Label;

    public static string Status(InterventionStatus status) => Statuses.First(s => s.Status == status).Label;

    public static string Euros(decimal amount) => amount.ToString("C", Dutch);

    public static string Date(DateOnly? date) => date?.ToString("d-M-yyyy", Dutch) ?? "…";
}

/// <summary>
/// Interventions: the catalogue of instruments grouped by kind, the workspace's planned interventions with owner,
/// period, status, cost, areas and the goals they serve, totals per status, and for physical instruments the simulator
/// can run a button that tries them there (a scenario written by <see cref="ScenarioDraft"/>).
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorData monitor, TimeProvider clock)
    : WorkspaceFormPage<InterventionForm, InterventionValues, Intervention>(db, audit, InterventionForm.Empty)
{
    public const int MaxText = InterventionRules.MaxText;

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    protected override string AuditTarget => "interventies";

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    /// <summary>The gemeente's name as the store knows it.</summary>
    public string MunicipalityName => AreaCode.TryParse(Workspace.MunicipalityCode, out var code) && monitor.Find(code) is { } area ? area.DisplayName : Workspace.MunicipalityCode;

    /// <summary>An area's name and code, as the table shows it.</summary>
    public string AreaLabel(string code) => AreaCode.TryParse(code, out var c) && monitor.Find(c) is { } area ? $"{area.DisplayName} ({code})" : code;

    public static IReadOnlyList<string> SplitCodes(string text) => InterventionRules.SplitCodes(text);

    /// <summary>The scenario for trying <paramref name="intervention"/> in the simulator, or null when its catalogue entry has no simulator instrument.</summary>
    public string? Scenario(Intervention intervention)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        var instrument = InterventionCatalogue.Find(intervention.CatalogueKey)?.SimulatorInstrument;
        if (intervention.Kind != InterventionKind.Physical || !ScenarioDraft.Supports(instrument))
        {
            return null;
        }

        var areas = SplitCodes(intervention.AreaCodes);
        return ScenarioDraft.Write(intervention.Name, Workspace.MunicipalityCode, instrument!, areas.Count > 0 ? areas : [Workspace.AreaCode], Today, intervention.Start);
    }

    public async Task<IActionResult> OnGetAsync(int? bewerk, string? plan)
    {
        await ReloadAsync().ConfigureAwait(false);
        if (bewerk is { } id)
        {
            if (Interventions.FirstOrDefault(i => i.Id == id) is not { } intervention)
            {
                return NotFound();
            }

            Input = InterventionForm.Of(intervention);
        }
        else if (plan is not null)
        {
            if (InterventionCatalogue.Find(plan) is not { } entry)
            {
                return NotFound();
            }

            Input = InterventionForm.Of(entry);
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(
        int interventie, int versie, string? sleutel, string? naam, string? soort, string? omschrijving, string? eigenaar, string? start, string? eind,
        string? status, string? kosten, string? gebieden, int[]? doelen)
    {
        var input = InterventionForm.Posted(interventie, versie, sleutel, naam, soort, omschrijving, eigenaar, start, eind, status, kosten, gebieden, doelen);
        await ReloadAsync().ConfigureAwait(false);
        return await SaveAsync(input, interventie, versie).ConfigureAwait(false);
    }

    protected override ItemRules<InterventionForm, InterventionValues, Intervention> Rules =>
        new InterventionRules(MunicipalityName, Workspace.AreaCode, IsAreaOfMunicipality, [.. Goals.Select(g => g.Id)]);

    protected override IQueryable<Intervention> Shape(IQueryable<Intervention> items) => items.Include(i => i.Goals);

    /// <summary>The goals the intervention serves, tracked so they can be linked.</summary>
    protected override async Task<InterventionValues> PrepareAsync(InterventionValues values)
    {
        Db.ChangeTracker.Clear();
        var goals = await Db.Goals.Where(g => g.WorkspaceId == WorkspaceId && values.GoalIds.Contains(g.Id)).ToListAsync().ConfigureAwait(false);
        return values with { Goals = goals };
    }

    protected override (string Change, string Next) Saved(Intervention item, bool added) =>
        ($"interventie {item.Name} " + (added ? "toegevoegd" : "gewijzigd"), Link("interventies") + "#interventie-" + item.Id.ToString(CultureInfo.InvariantCulture));

    private bool IsAreaOfMunicipality(string code) =>
        AreaCode.TryParse(code, out var area)
        && area.Level is AreaLevel.Neighbourhood or AreaLevel.District
        && area.Municipality?.Value == Workspace.MunicipalityCode
        && monitor.Find(area) is not null;

    protected override async Task ReloadAsync()
    {
        Interventions = (await Db.Interventions.AsNoTracking().Include(i => i.Goals).Where(i => i.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderBy(i => i.Status is InterventionStatus.Done or InterventionStatus.Stopped).ThenBy(i => i.Start ?? DateOnly.MaxValue).ThenBy(i => i.Name, StringComparer.CurrentCulture).ToList();
        Goals = (await Db.Goals.AsNoTracking().Where(g => g.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderBy(g => g.Title, StringComparer.CurrentCulture).ToList();
    }
}
