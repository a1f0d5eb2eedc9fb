using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace;

/// <summary>
/// The rules of one kind of edited item (actor, risk, intervention): how the form is checked, how a new item starts,
/// how checked values are written onto an item, and what a member is told when the item is gone or was changed by
/// another member meanwhile. Saving itself is <see cref="VersionedSave"/>.
/// </summary>
public abstract class ItemRules<TForm, TValues, TItem>
    where TValues : class
    where TItem : class, IVersioned
{
    /// <summary>The values, or the problems naming their fields.</summary>
    public abstract Checked<TValues> Check(TForm form);

    /// <summary>A new item in workspace <paramref name="workspaceId"/>; the values are applied after.</summary>
    public TItem Create(int workspaceId, TValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return New(workspaceId, values);
    }

    /// <summary>Writes the checked values onto the item.</summary>
    public void Apply(TValues values, TItem item)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(item);
        Write(values, item);
    }

    /// <summary>Why an edit of an item that is no longer there was refused.</summary>
    public abstract string Missing(int id);

    /// <summary>Why an edit on an older version was refused; <paramref name="current"/> is the item as stored now.</summary>
    public abstract string Conflict(TForm form, TItem? current);

    protected abstract TItem New(int workspaceId, TValues values);

    protected abstract void Write(TValues values, TItem item);
}
