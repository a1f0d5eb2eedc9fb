using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Wijkmix.Workspace.Storage;

/// <summary>The workspace store on a SQLite file (the default). Its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteWorkspaceDb(DbContextOptions<SqliteWorkspaceDb> options) : WorkspaceDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite cannot order or compare DateTimeOffset text; stored as a sortable number instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The workspace store on a PostgreSQL server. Its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresWorkspaceDb(DbContextOptions<PostgresWorkspaceDb> options) : WorkspaceDb(options);

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteWorkspaceDb</c> build the model without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWorkspaceDb>
{
    public SqliteWorkspaceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkspaceDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresWorkspaceDb</c> build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWorkspaceDb>
{
    public PostgresWorkspaceDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkspaceDb>().UseNpgsql("Host=127.0.0.1;Database=design").Options);
}
