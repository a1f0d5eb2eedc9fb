using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Workspace.Tests.Storage;

/// <summary>A workspace store in a SQLite file of its own, migrated on first open, deleted afterwards.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wijkmix-store-").FullName;

    /// <summary>A new context on the store (each its own change tracker, as two requests have).</summary>
    public WorkspaceDb Open() => WorkspaceStorage.SqliteFile(Path.Combine(_folder, "werkruimte.db")).Open();

    public async Task<WorkspaceDb> OpenMigrated()
    {
        var db = Open();
        await db.Database.MigrateAsync();
        return db;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
