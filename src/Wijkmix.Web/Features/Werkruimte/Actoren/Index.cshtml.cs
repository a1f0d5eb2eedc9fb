using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Web.Workspaces;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Access;
using Wijkmix.Workspace.Actors;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Features.Werkruimte.Actoren;

/// <summary>The actor analysis: a table of organisations with influence and involvement, the actor map, and a form to add or edit.</summary>
public sealed class IndexModel(WorkspaceDb db, WorkspaceAudit audit) : WorkspaceFormPage<ActorForm, ActorValues, Actor>(db, audit, ActorForm.Empty)
{
    public const int MaxText = ActorRules.MaxText;

    protected override string AuditTarget => "actoren";

    public IReadOnlyList<Actor> Actors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? bewerk)
    {
        await ReloadAsync().ConfigureAwait(false);
        if (bewerk is { } id)
        {
            if (Actors.FirstOrDefault(a => a.Id == id) is not { } actor)
            {
                return NotFound();
            }

            Input = ActorForm.Of(actor);
        }

        return Page();
    }

    [Needs(Right.EditPlan)]
    public async Task<IActionResult> OnPostAsync(int actor, int versie, string? organisatie, string? domein, string? rol, string? invloed, string? betrokkenheid, string? contactpersoon)
    {
        var input = ActorForm.Posted(actor, versie, organisatie, domein, rol, invloed, betrokkenheid, contactpersoon);
        return await SaveAsync(input, actor, versie).ConfigureAwait(false);
    }

    protected override (string Change, string Next) Saved(Actor item, bool added) =>
        ($"actor {item.Organisation} " + (added ? "toegevoegd" : "gewijzigd"), Link("actoren") + "#actor-" + item.Id.ToString(CultureInfo.InvariantCulture));

    protected override ItemRules<ActorForm, ActorValues, Actor> Rules { get; } = new ActorRules();

    protected override async Task ReloadAsync() =>
        Actors = (await Db.Actors.AsNoTracking().Where(a => a.WorkspaceId == WorkspaceId).ToListAsync().ConfigureAwait(false))
            .OrderByDescending(a => a.Influence).ThenByDescending(a => a.Involvement).ThenBy(a => a.Organisation, StringComparer.CurrentCulture).ToList();
}
