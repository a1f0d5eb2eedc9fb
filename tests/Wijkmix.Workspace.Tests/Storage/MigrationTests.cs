using Microsoft.EntityFrameworkCore;
using Wijkmix.Workspace.Storage;

namespace Wijkmix.Workspace.Tests.Storage;

/// <summary>Each provider's migrations describe the current model: a model change without its two migrations fails here.</summary>
public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add … --context SqliteWorkspaceDb");
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add … --context PostgresWorkspaceDb");
        Assert.Contains(db.Database.GetMigrations(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }
}
