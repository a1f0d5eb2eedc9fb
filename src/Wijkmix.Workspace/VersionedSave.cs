using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Model;

namespace Wijkmix.Workspace;

/// <summary>The outcome of a versioned save: saved, or a conflict carrying the item as it is stored now.</summary>
public sealed record SaveOutcome<T>(bool Saved, T? Current)
    where T : class
{
    public bool IsConflict => !Saved;
}

/// <summary>
/// Saving an edited item without losing another member's edit: the form carries the version it was read at; when the
/// store holds another version the save is refused with the current item, otherwise the values are applied, the
/// version goes up by one (<see cref="Storage.WorkspaceDb"/>) and the item is saved. The version is also checked in
/// the UPDATE itself, so two saves at the same moment cannot both win.
/// </summary>
public static class VersionedSave
{
    /// <summary>
    /// Applies <paramref name="apply"/> to <paramref name="item"/> and saves. A new item (added, not yet saved) is
    /// saved as is; a stored, tracked item only when <paramref name="postedVersion"/> is its version. On a conflict
    /// the tracker is cleared and the item is read again, untracked, through <paramref name="shape"/> (e.g. an Include).
    /// </summary>
    public static async Task<SaveOutcome<T>> SaveAsync<T>(
        DbContext db, T item, int postedVersion, Action<T> apply, Func<IQueryable<T>, IQueryable<T>>? shape = null, CancellationToken cancel = default)
        where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(apply);
        var entry = db.Entry(item);
        var isNew = entry.State == EntityState.Added;
        if (!isNew && item.Version != postedVersion)
        {
            return await ConflictAsync(db, item, shape, cancel).ConfigureAwait(false);
        }

        apply(item);
        if (!isNew)
        {
            // Modified even when no column changed, so every save is checked against the version and counts one up.
            entry.State = EntityState.Modified;
            entry.Property(x => x.Version).OriginalValue = postedVersion;
        }

        try
        {
            await db.SaveChangesAsync(cancel).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, item, shape, cancel).ConfigureAwait(false);
        }

        return new SaveOutcome<T>(true, null);
    }

    private static async Task<SaveOutcome<T>> ConflictAsync<T>(DbContext db, T item, Func<IQueryable<T>, IQueryable<T>>? shape, CancellationToken cancel)
        where T : class, IVersioned
    {
        var id = db.Entry(item).Property<int>("Id").CurrentValue;
        db.ChangeTracker.Clear();
        var query = db.Set<T>().AsNoTracking();
        var current = await (shape is null ? query : shape(query)).FirstOrDefaultAsync(x => EF.Property<int>(x, "Id") == id, cancel).ConfigureAwait(false);
        return new SaveOutcome<T>(false, current);
    }
}
