using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Answers;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Interventions;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Interventies;

/// <summary>What the intervention form sends, kept as typed so a refused save loses nothing.</summary>
public sealed record InterventionInput(
    int Id, int Version, string? CatalogueKey, string Name, string Kind, string Description, string Owner, string Start, string End,
    string Status, string Cost, string Areas, IReadOnlyList<int> Goals)
{
    public static InterventionInput Empty { get; } = new(0, 0, null, "", Labels.KindKey(InterventionKind.Social), "", "", "", "", Labels.StatusKey(InterventionStatus.Idea), "", "", []);

    public static InterventionInput Of(CatalogueEntry entry) =>
        Empty with { CatalogueKey = entry.Key, Name = entry.Name, Kind = Labels.KindKey(entry.Kind), Description = entry.Description };

    public static InterventionInput Of(Intervention i) => new(i.Id, i.Version, i.CatalogueKey, i.Name, Labels.KindKey(i.Kind), i.Description, i.Owner,
        Iso(i.Start), Iso(i.End), Labels.StatusKey(i.Status), i.Cost == 0 ? "" : i.Cost.ToString("0.##", Labels.Dutch), i.AreaCodes, [.. i.Goals.Select(g => g.Id)]);

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Dutch words for the kinds and statuses, and the nl-NL formats.</summary>
public static class Labels
{
    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<(InterventionKind Kind, string Key, string Label)> Kinds { get; } =
    [
        (InterventionKind.Physical, "fysiek", "Fysiek"),
        (InterventionKind.Social, "sociaal", "Sociaal"),
        (InterventionKind.Economic, "economisch", "Economisch"),
    ];

    public static IReadOnlyList<(InterventionStatus Status, string Key, string Label)> Statuses { get; } =
    [
        (InterventionStatus.Idea, "idee", "Idee"),
        (InterventionStatus.Planned, "gepland", "Gepland"),
        (InterventionStatus.Running, "lopend", "Lopend"),
        (InterventionStatus.Done, "afgerond", "Afgerond"),
        (InterventionStatus.Stopped, "gestopt", "Gestopt"),
    ];

    public static string KindKey(InterventionKind kind) => Kinds.First(k => k.Kind == kind).Key;

    public static string Kind(InterventionKind kind) => Kinds.First(k => k.Kind == kind).Label;

    public static string StatusKey(InterventionStatus status) => Statuses.First(s => s.Status == status).Key;

    public static string Status(InterventionStatus status) => Statuses.First(s => s.Status == status).Label;

    public static string Euros(decimal amount) => amount.ToString("C", Dutch);

    public static string Date(DateOnly? date) => date?.ToString("d-M-yyyy", Dutch) ?? "…";
}

/// <summary>
/// Interventions: the catalogue of instruments grouped by kind, the workspace's planned interventions with owner,
/// period, status, cost, areas and the goals they serve, totals per status, and for physical instruments the simulator
/// can run a button that tries them there (a scenario written by <see cref="ScenarioDraft"/>).
/// </summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit, MonitorData monitor, TimeProvider clock) : WorkspacePage(db, audit)
{
    public const int MaxText = 2_000;

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    protected override string AuditTarget => "interventies";

    public IReadOnlyList<Intervention> Interventions { get; private set; } = [];

    public IReadOnlyList<Goal> Goals { get; private set; } = [];

    public InterventionInput Input { get; private set; } = InterventionInput.Empty;

    public string? Problem { get; private set; }

    public Intervention? Current { get; private set; }

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Amsterdam).DateTime);

    /// <summary>The gemeente's name as the store knows it.</summary>
    public string MunicipalityName => AreaCode.TryParse(Workspace.MunicipalityCode, out var code) && monitor.Find(code) is { } area ? area.DisplayName : Workspace.MunicipalityCode;

    /// <summary>An area's name and code, as the table shows it.</summary>
    public string AreaLabel(string code) => AreaCode.TryParse(code, out var c) && monitor.Find(c) is { } area ? $"{area.DisplayName} ({code})" : code;

    public static IReadOnlyList<string> SplitCodes(string text) =>
        (text ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();

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
        await Load().ConfigureAwait(false);
        if (bewerk is { } id)
        {
            if (Interventions.FirstOrDefault(i => i.Id == id) is not { } intervention)
            {
                return NotFound();
            }

            Input = InterventionInput.Of(intervention);
        }
        else if (plan is not null)
        {
            if (InterventionCatalogue.Find(plan) is not { } entry)
            {
                return NotFound();
            }

            Input = InterventionInput.Of(entry);
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(
        int interventie, int versie, string? sleutel, string? naam, string? soort, string? omschrijving, string? eigenaar, string? start, string? eind,
        string? status, string? kosten, string? gebieden, int[]? doelen)
    {
        var input = new InterventionInput(interventie, versie, string.IsNullOrWhiteSpace(sleutel) ? null : sleutel.Trim(), (naam ?? "").Trim(), soort ?? "",
            (omschrijving ?? "").Trim(), (eigenaar ?? "").Trim(), (start ?? "").Trim(), (eind ?? "").Trim(), status ?? "", (kosten ?? "").Trim(),
            string.Join(", ", SplitCodes(gebieden ?? "")), doelen ?? []);
        await Load().ConfigureAwait(false);
        var (problem, values) = Check(input);
        if (problem is not null)
        {
            return await Refuse(input, problem, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        Db.ChangeTracker.Clear();
        var goals = await Db.Goals.Where(g => g.WorkspaceId == WorkspaceId && input.Goals.Contains(g.Id)).ToListAsync().ConfigureAwait(false);
        Intervention? item;
        if (interventie == 0)
        {
            item = new Intervention { WorkspaceId = WorkspaceId, Name = input.Name, CatalogueKey = input.CatalogueKey };
            Db.Interventions.Add(item);
        }
        else
        {
            item = await Db.Interventions.Include(i => i.Goals).FirstOrDefaultAsync(i => i.Id == interventie && i.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (item is null)
            {
                return await Refuse(input, "Deze interventie bestaat niet (meer) in de werkruimte; voeg haar opnieuw toe.", StatusCodes.Status404NotFound).ConfigureAwait(false);
            }

            Db.Entry(item).Property(x => x.Version).OriginalValue = versie;
            Db.Entry(item).State = EntityState.Modified;
        }

        item.Name = input.Name;
        item.Kind = values.Kind;
        item.Description = input.Description;
        item.Owner = input.Owner;
        item.Start = values.Start;
        item.End = values.End;
        item.Status = values.Status;
        item.Cost = values.Cost;
        item.AreaCodes = input.Areas;
        item.Goals.RemoveAll(g => !input.Goals.Contains(g.Id));
        item.Goals.AddRange(goals.Where(g => item.Goals.All(h => h.Id != g.Id)));
        try
        {
            await Db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Interventions.AsNoTracking().Include(i => i.Goals).FirstOrDefaultAsync(i => i.Id == interventie).ConfigureAwait(false);
            var result = await Refuse(input, $"Interventie \"{current?.Name ?? input.Name}\" is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen. " +
                "Hieronder staan de huidige waarden en, in het formulier, uw eigen invoer. Pas die zo nodig aan en sla opnieuw op.", StatusCodes.Status409Conflict).ConfigureAwait(false);
            Current = current;
            return result;
        }

        ChangeDescription = $"interventie {item.Name} " + (interventie == 0 ? "toegevoegd" : "gewijzigd");
        return SeeOther(Link("interventies") + "#interventie-" + item.Id.ToString(CultureInfo.InvariantCulture));
    }

    private sealed record Values(InterventionKind Kind, DateOnly? Start, DateOnly? End, InterventionStatus Status, decimal Cost);

    private (string? Problem, Values Values) Check(InterventionInput input)
    {
        var none = new Values(InterventionKind.Social, null, null, InterventionStatus.Idea, 0);
        if (input.Name.Length is 0 or > 200)
        {
            return ("Vul het veld 'Naam' in (1 tot 200 tekens).", none);
        }

        if (input.CatalogueKey is not null && InterventionCatalogue.Find(input.CatalogueKey) is null)
        {
            return ($"Het instrument '{input.CatalogueKey}' staat niet in de catalogus.", none);
        }

        var kind = InterventionCatalogue.Find(input.CatalogueKey)?.Kind ?? Labels.Kinds.FirstOrDefault(k => k.Key == input.Kind).Kind;
        if (input.CatalogueKey is null && Labels.Kinds.All(k => k.Key != input.Kind))
        {
            return ($"Het veld 'Soort' moet een van deze zijn: {string.Join(", ", Labels.Kinds.Select(k => k.Key))}.", none);
        }

        if (input.Description.Length > MaxText || input.Owner.Length > 200)
        {
            return ($"Het veld 'Omschrijving' mag hoogstens {MaxText:N0} tekens hebben en het veld 'Eigenaar' hoogstens 200.", none);
        }

        if (!TryDate(input.Start, out var start))
        {
            return ($"Het veld 'Startdatum' moet een datum zijn, bijvoorbeeld 2026-03-01 (ingevuld: \"{input.Start}\").", none);
        }

        if (!TryDate(input.End, out var end))
        {
            return ($"Het veld 'Einddatum' moet een datum zijn, bijvoorbeeld 2027-12-31 (ingevuld: \"{input.End}\").", none);
        }

        if (start is { } s && end is { } e && e < s)
        {
            return ("Het veld 'Einddatum' ligt voor de startdatum.", none);
        }

        if (Labels.Statuses.All(x => x.Key != input.Status))
        {
            return ($"Het veld 'Status' moet een van deze zijn: {string.Join(", ", Labels.Statuses.Select(x => x.Key))}.", none);
        }

        var status = Labels.Statuses.First(x => x.Key == input.Status).Status;
        var costText = input.Cost.Replace("€", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        decimal cost = 0;
        if (costText.Length > 0 && (!decimal.TryParse(costText, NumberStyles.Number, Labels.Dutch, out cost) || cost < 0 || cost > 1_000_000_000_000m))
        {
            return ($"Het veld 'Kosten' moet een bedrag in euro's zijn, bijvoorbeeld 12.500 of 12500,50 (ingevuld: \"{input.Cost}\").", none);
        }

        foreach (var code in SplitCodes(input.Areas))
        {
            if (!IsAreaOfMunicipality(code))
            {
                return ($"Het veld 'Gebieden' bevat de code {code}: dat is geen buurt of wijk van {MunicipalityName}. Gebruik CBS-codes zoals {Workspace.AreaCode}.", none);
            }
        }

        var unknownGoal = input.Goals.FirstOrDefault(g => Goals.All(x => x.Id != g));
        if (unknownGoal != 0)
        {
            return ($"Het veld 'Doelen' noemt doel {unknownGoal}, dat niet in deze werkruimte staat.", none);
        }

        return (null, new Values(kind, start, end, status, cost));
    }

    private bool IsAreaOfMunicipality(string code) =>
        AreaCode.TryParse(code, out var area)
        && area.Level is AreaLevel.Neighbourhood or AreaLevel.District
        && area.Municipality?.Value == Workspace.MunicipalityCode
        && monitor.Find(area) is not null;

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }

    private async Task<IActionResult> Refuse(InterventionInput input, string message, int status)
    {
        ChangeSucceeded = false;
        Db.ChangeTracker.Clear();
        Input = input;
        Problem = message;
        await Load().ConfigureAwait(false);
        Response.StatusCode = status;
        return Page();
    }

    private async Task Load()
    {
        Interventions = (await Db.Interventions.AsNoTracking().Include(i => i.Goals).Where(i => i.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderBy(i => i.Status is InterventionStatus.Done or InterventionStatus.Stopped).ThenBy(i => i.Start ?? DateOnly.MaxValue).ThenBy(i => i.Name, StringComparer.CurrentCulture).ToList();
        Goals = (await Db.Goals.AsNoTracking().Where(g => g.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderBy(g => g.Title, StringComparer.CurrentCulture).ToList();
    }
}
