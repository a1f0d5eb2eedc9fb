using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Risks;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Risicos;

/// <summary>The risk register (routekaart step 9): likelihood × impact, owner, measure and review date, highest score first.</summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock)
    : WorkspaceFormPage<RiskForm, RiskValues, Risk>(db, audit, RiskForm.Empty(DateOnly.MinValue))
{
    public const int MaxText = RiskRules.MaxText;

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    protected override string AuditTarget => "risico's";

    public IReadOnlyList<Risk> Risks { get; private set; } = [];

    /// <summary>Today in the Netherlands.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    /// <summary>Whether the risk's review date has passed.</summary>
    public bool Overdue(Risk risk) => risk is not null && risk.ReviewDate < Today;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public async Task<IActionResult> OnGetAsync(int? bewerk)
    {
        Input = RiskForm.Empty(Today);
        await ReloadAsync().ConfigureAwait(false);
        if (bewerk is { } id)
        {
            if (Risks.FirstOrDefault(r => r.Id == id) is not { } risk)
            {
                return NotFound();
            }

            Input = RiskForm.Of(risk);
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(int risico, int versie, string? omschrijving, string? kans, string? impact, string? eigenaar, string? maatregel, string? herzien)
    {
        var input = RiskForm.Posted(risico, versie, omschrijving, kans, impact, eigenaar, maatregel, herzien);
        return await SaveAsync(input, risico, versie).ConfigureAwait(false);
    }

    protected override (string Change, string Next) Saved(Risk item, bool added) =>
        ($"risico \"{Short(item.Description)}\" " + (added ? "toegevoegd" : "gewijzigd"), Link("risicos") + "#risico-" + item.Id.ToString(CultureInfo.InvariantCulture));

    protected override ItemRules<RiskForm, RiskValues, Risk> Rules { get; } = new RiskRules();

    private static string Short(string text) => text.Length > 60 ? text[..59] + "…" : text;

    protected override async Task ReloadAsync() =>
        Risks = (await Db.Risks.AsNoTracking().Where(r => r.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderByDescending(r => r.Score).ThenBy(r => r.ReviewDate).ThenBy(r => r.Id).ToList();
}
