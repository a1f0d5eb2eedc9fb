using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace;
using Wijkmix.Workspace.Model;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Web.Workspaces;

/// <summary>
/// A workspace page with one edit form for versioned items (actors, risks, interventions). A save checks the form
/// with the item's rules, adds a new item or finds the stored one, and saves it with <see cref="VersionedSave"/>.
/// A refused save shows the page again with the member's input as typed and the message: 400 for bad input, 404 when
/// the item is gone, 409 with the item as stored now beside the input when another member saved first.
/// </summary>
public abstract class WorkspaceFormPage<TForm, TValues, TItem>(WorkspaceDb db, WorkspaceAudit audit, TForm empty) : WorkspacePage(db, audit)
    where TValues : class
    where TItem : class, IVersioned
{
    /// <summary>The form's values: empty, an item being edited, or what the member sent when the save was refused.</summary>
    public TForm Input { get; protected set; } = empty;

    public string? Problem { get; private set; }

    /// <summary>The stored item beside the member's input after a conflict.</summary>
    public TItem? Current { get; private set; }

    /// <summary>The item's rules (<see cref="ItemRules{TForm, TValues, TItem}"/>), which may depend on what the page read.</summary>
    protected abstract ItemRules<TForm, TValues, TItem> Rules { get; }

    /// <summary>The status of an edit of an item that is no longer there.</summary>
    protected virtual int MissingStatus => StatusCodes.Status404NotFound;

    /// <summary>The stored items as an edit reads them (e.g. with an Include).</summary>
    protected virtual IQueryable<TItem> Shape(IQueryable<TItem> items) => items;

    /// <summary>Runs after the check, before the item is found (e.g. to read what the values link to).</summary>
    protected virtual Task<TValues> PrepareAsync(TValues values) => Task.FromResult(values);

    /// <summary>After a save: what the audit log says about it and where the member goes next (the item on the page).</summary>
    protected abstract (string Change, string Next) Saved(TItem item, bool added);

    /// <summary>Checks and saves the form for item <paramref name="id"/> (0: a new one).</summary>
    protected async Task<IActionResult> SaveAsync(TForm input, int id, int version)
    {
        var rules = Rules;
        var check = rules.Check(input);
        if (check.Value is not { } values)
        {
            return await Refuse(input, check.FirstMessage!, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        values = await PrepareAsync(values).ConfigureAwait(false);
        var item = id == 0
            ? Db.Set<TItem>().Add(rules.Create(WorkspaceId, values)).Entity
            : await Shape(Db.Set<TItem>()).FirstOrDefaultAsync(i => EF.Property<int>(i, "Id") == id && EF.Property<int>(i, "WorkspaceId") == WorkspaceId).ConfigureAwait(false);
        if (item is null)
        {
            return await Refuse(input, rules.Missing(id), MissingStatus).ConfigureAwait(false);
        }

        var outcome = await VersionedSave.SaveAsync(Db, item, version, i => rules.Apply(values, i), Shape, HttpContext.RequestAborted).ConfigureAwait(false);
        if (outcome.IsConflict)
        {
            Current = outcome.Current;
            return await Refuse(input, rules.Conflict(input, outcome.Current), StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        (ChangeDescription, var next) = Saved(item, id == 0);
        return SeeOther(next);
    }

    private Task<IActionResult> Refuse(TForm input, string message, int status)
    {
        Input = input;
        Problem = message;
        return RefuseAsync(status);
    }
}
