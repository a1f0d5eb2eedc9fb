using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Actoren;

/// <summary>What the actor form sends, kept as typed so a refused save loses nothing.</summary>
public sealed record ActorInput(int Id, int Version, string Organisation, string Domain, string Role, string Influence, string Involvement, string ContactPerson)
{
    public static ActorInput Empty { get; } = new(0, 0, "", ActorDomains.Key(ActorDomain.Physical), "", "3", "3", "");

    public static ActorInput Of(Actor a) => new(a.Id, a.Version, a.Organisation, ActorDomains.Key(a.Domain), a.Role,
        a.Influence.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Involvement.ToString(System.Globalization.CultureInfo.InvariantCulture), a.ContactPerson);
}

/// <summary>The actor analysis: a table of organisations with influence and involvement, the actor map, and a form to add or edit.</summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit) : WorkspacePage(db, audit)
{
    public const int MaxText = 200;

    protected override string AuditTarget => "actoren";

    public IReadOnlyList<Actor> Actors { get; private set; } = [];

    /// <summary>The form's values: empty, an actor being edited, or what the member sent when the save was refused.</summary>
    public ActorInput Input { get; private set; } = ActorInput.Empty;

    public string? Problem { get; private set; }

    /// <summary>The stored actor beside the member's input after a conflict.</summary>
    public Actor? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? bewerk)
    {
        await Load().ConfigureAwait(false);
        if (bewerk is { } id)
        {
            if (Actors.FirstOrDefault(a => a.Id == id) is not { } actor)
            {
                return NotFound();
            }

            Input = ActorInput.Of(actor);
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(int actor, int versie, string? organisatie, string? domein, string? rol, string? invloed, string? betrokkenheid, string? contactpersoon)
    {
        var input = new ActorInput(actor, versie, (organisatie ?? "").Trim(), domein ?? "", (rol ?? "").Trim(), invloed ?? "", betrokkenheid ?? "", (contactpersoon ?? "").Trim());
        var problem = Check(input, out var domain, out var influence, out var involvement);
        if (problem is not null)
        {
            return await Refuse(input, problem, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        Actor? item;
        if (actor == 0)
        {
            item = new Actor { WorkspaceId = WorkspaceId, Organisation = input.Organisation };
            Db.Actors.Add(item);
        }
        else
        {
            item = await Db.Actors.FirstOrDefaultAsync(a => a.Id == actor && a.WorkspaceId == WorkspaceId).ConfigureAwait(false);
            if (item is null)
            {
                return await Refuse(input, "Deze actor bestaat niet (meer) in de werkruimte; voeg hem opnieuw toe.", StatusCodes.Status404NotFound).ConfigureAwait(false);
            }

            Db.Entry(item).Property(x => x.Version).OriginalValue = versie;
            Db.Entry(item).State = EntityState.Modified;
        }

        item.Organisation = input.Organisation;
        item.Domain = domain;
        item.Role = input.Role;
        item.Influence = influence;
        item.Involvement = involvement;
        item.ContactPerson = input.ContactPerson;
        try
        {
            await Db.SaveChangesAsync().ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var current = await Db.Actors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actor).ConfigureAwait(false);
            var result = await Refuse(input, $"Actor \"{current?.Organisation ?? input.Organisation}\" is intussen gewijzigd door een ander lid; uw wijziging is niet opgeslagen. " +
                "Hieronder staan de huidige waarden en, in het formulier, uw eigen invoer. Pas die zo nodig aan en sla opnieuw op.", StatusCodes.Status409Conflict).ConfigureAwait(false);
            Current = current;
            return result;
        }

        ChangeDescription = $"actor {item.Organisation} " + (actor == 0 ? "toegevoegd" : "gewijzigd");
        return SeeOther(Link("actoren") + "#actor-" + item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The first problem with the input, naming the field, or null.</summary>
    private static string? Check(ActorInput input, out ActorDomain domain, out int influence, out int involvement)
    {
        influence = involvement = 0;
        domain = ActorDomain.Physical;
        if (input.Organisation.Length is 0 or > MaxText)
        {
            return $"Vul het veld 'Organisatie' in (1 tot {MaxText} tekens).";
        }

        if (ActorDomains.Parse(input.Domain) is not { } d)
        {
            return $"Het veld 'Domein' moet een van deze zijn: {string.Join(", ", ActorDomains.All.Select(x => x.Label))}.";
        }

        domain = d;
        if (input.Role.Length > MaxText || input.ContactPerson.Length > MaxText)
        {
            return $"De velden 'Rol' en 'Contactpersoon' mogen elk hoogstens {MaxText} tekens hebben.";
        }

        if (!Scale(input.Influence, out influence))
        {
            return "Het veld 'Invloed' moet een geheel getal van 1 tot en met 5 zijn.";
        }

        return Scale(input.Involvement, out involvement) ? null : "Het veld 'Betrokkenheid' moet een geheel getal van 1 tot en met 5 zijn.";
    }

    private static bool Scale(string text, out int value) =>
        int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value is >= 1 and <= 5;

    private async Task<IActionResult> Refuse(ActorInput input, string message, int status)
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
        Actors = (await Db.Actors.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderByDescending(a => a.Influence).ThenByDescending(a => a.Involvement).ThenBy(a => a.Organisation, StringComparer.CurrentCulture).ToList();
}
