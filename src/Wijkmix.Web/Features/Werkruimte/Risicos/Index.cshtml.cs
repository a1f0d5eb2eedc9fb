using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Risicos;

/// <summary>What the risk form sends, kept as typed so a refused save loses nothing.</summary>
public sealed record RiskInput(int Id, int Version, string Description, string Likelihood, string Impact, string Owner, string Measure, string ReviewDate)
{
    public static RiskInput Empty(DateOnly today) => new(0, 0, "", "3", "3", "", "", today.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static RiskInput Of(Risk r) => new(r.Id, r.Version, r.Description, I(r.Likelihood), I(r.Impact), r.Owner, r.Measure, r.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The risk register (routekaart step 9): likelihood × impact, owner, measure and review date, highest score first.</summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, TimeProvider clock) : WorkspacePage(db, audit)
{
    public const int MaxText = 2_000;

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    protected override string AuditTarget => "risico's";

    public IReadOnlyList<Risk> Risks { get; private set; } = [];

    public RiskInput Input { get; private set; } = RiskInput.Empty(DateOnly.MinValue);

    public string? Problem { get; private set; }

    public Risk? Current { get; private set; }

    /// <summary>Today in the Netherlands.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    /// <summary>Whether the risk's review date has passed.</summary>
    public bool Overdue(Risk risk) => risk is not null && risk.ReviewDate < Today;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public async Task<IActionResult> OnGetAsync(int? bewerk)
    {
        Input = RiskInput.Empty(Today);
        await Load().ConfigureAwait(false);
        if (bewerk is { } id)
        {
            if (Risks.FirstOrDefault(r => r.Id == id) is not { } risk)
            {
                return NotFound();
            }

            Input = RiskInput.Of(risk);
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(int risico, int versie, string? omschrijving, string? kans, string? impact, string? eigenaar, string? maatregel, string? herzien)
    {
        var input = new RiskInput(risico, versie, (omschrijving ?? "").Trim(), kans ?? "", impact ?? "", (eigenaar ?? "").Trim(), (maatregel ?? "").Trim(), (herzien ?? "").Trim());
        var problem = Check(input, out var likelihood, out var severity, out var review);
        if (problem is not null)
        {
            return await Refuse(input, problem, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        Risk? item;
        if (risico == 0)
        {
            item = new Risk { WorkspaceId = WorkspaceId, Description = input.Description };
            Db.Risks.Add(item);
        }
        else
        {
            item = await Db.Risks.FirstOrDefaultAsync(r => r.Id == risico && r.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (item is null)
            {
                return await Refuse(input, "Dit risico bestaat niet (meer) in de werkruimte; voeg het opnieuw toe.", StatusCodes.Status404NotFound).ConfigureAwait(false);
            }

            Db.Entry(item).Property(x => x.Version).OriginalValue = versie;
            Db.Entry(item).State = EntityState.Modified;
        }

        item.Description = input.Description;
        item.Likelihood = likelihood;
        item.Impact = severity;
        item.Owner = input.Owner;
        item.Measure = input.Measure;
        item.ReviewDate = review;
        try
        {
            await Db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Risks.AsNoTracking().FirstOrDefaultAsync(r => r.Id == risico).ConfigureAwait(false);
            var result = await Refuse(input, "Dit risico is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen. " +
                "Hieronder staan de huidige waarden en, in het formulier, uw eigen invoer. Pas die zo nodig aan en sla opnieuw op.", StatusCodes.Status409Conflict).ConfigureAwait(false);
            Current = current;
            return result;
        }

        ChangeDescription = $"risico \"{Short(item.Description)}\" " + (risico == 0 ? "toegevoegd" : "gewijzigd");
        return SeeOther(Link("risicos") + "#risico-" + item.Id.ToString(CultureInfo.InvariantCulture));
    }

    private static string Short(string text) => text.Length > 60 ? text[..59] + "…" : text;

    private static string? Check(RiskInput input, out int likelihood, out int impact, out DateOnly review)
    {
        likelihood = impact = 0;
        review = default;
        if (input.Description.Length is 0 or > MaxText)
        {
            return $"Vul het veld 'Risico' in (1 tot {MaxText:N0} tekens).";
        }

        if (!Scale(input.Likelihood, out likelihood))
        {
            return $"Het veld 'Kans' moet een geheel getal van 1 tot en met 5 zijn (ingevuld: \"{input.Likelihood}\").";
        }

        if (!Scale(input.Impact, out impact))
        {
            return $"Het veld 'Impact' moet een geheel getal van 1 tot en met 5 zijn (ingevuld: \"{input.Impact}\").";
        }

        if (input.Owner.Length > 200 || input.Measure.Length > MaxText)
        {
            return $"Het veld 'Eigenaar' mag hoogstens 200 tekens hebben en het veld 'Maatregel' hoogstens {MaxText:N0}.";
        }

        return DateOnly.TryParseExact(input.ReviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out review)
            || DateOnly.TryParseExact(input.ReviewDate, ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out review)
            ? null
            : $"Het veld 'Herzien op' moet een datum zijn, bijvoorbeeld 2026-03-31 (ingevuld: \"{input.ReviewDate}\").";
    }

    private static bool Scale(string text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is >= 1 and <= 5;

    private async Task<IActionResult> Refuse(RiskInput input, string message, int status)
    {
        ChangeSucceeded = false;
        Db.ChangeTracker.Clear();
        Input = input;
        Problem = message;
        await Load().ConfigureAwait(false);
        Response.StatusCode = status;
        return Page();
    }

    private async Task Load() =>
        Risks = (await Db.Risks.AsNoTracking().Where(r => r.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderByDescending(r => r.Score).ThenBy(r => r.ReviewDate).ThenBy(r => r.Id).ToList();
}
