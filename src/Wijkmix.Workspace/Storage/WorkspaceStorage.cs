using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Wijkmix.Workspace.Storage;

/// <summary>Which database holds the workspaces: <c>sqlite</c> (a file, the default) or <c>postgres</c>.</summary>
public sealed record WorkspaceStorage(string Provider, string ConnectionString)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>A SQLite file at <paramref name="path"/>.</summary>
    public static WorkspaceStorage SqliteFile(string path) => new(Sqlite, $"Data Source={path};Pooling=True");

    /// <summary>Checks the provider name, with a Dutch message naming the setting.</summary>
    public static WorkspaceStorage From(string? provider, string? connectionString, string defaultSqlitePath)
    {
        var name = string.IsNullOrWhiteSpace(provider) ? Sqlite : provider.Trim().ToLowerInvariant();
        return name switch
        {
            Sqlite => string.IsNullOrWhiteSpace(connectionString) ? SqliteFile(defaultSqlitePath) : new(Sqlite, connectionString),
            Postgres or "postgresql" => string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Wijkmix:Werkruimte:Provider is postgres, maar ConnectionStrings:Werkruimte is leeg.")
                : new(Postgres, connectionString),
            _ => throw new InvalidOperationException($"Wijkmix:Werkruimte:Provider '{provider}' is onbekend; kies sqlite of postgres."),
        };
    }

    /// <summary>Registers <see cref="WorkspaceDb"/> on this provider.</summary>
    public void Register(IServiceCollection services)
    {
        if (Provider == Postgres)
        {
            services.AddDbContext<WorkspaceDb, PostgresWorkspaceDb>(o => o.UseNpgsql(ConnectionString));
        }
        else
        {
            services.AddDbContext<WorkspaceDb, SqliteWorkspaceDb>(o => o.UseSqlite(ConnectionString).AddInterceptors(SqliteTuning.Instance));
        }
    }

    /// <summary>A context outside dependency injection (tests, tools).</summary>
    public WorkspaceDb Open() => Provider == Postgres
        ? new PostgresWorkspaceDb(new DbContextOptionsBuilder<PostgresWorkspaceDb>().UseNpgsql(ConnectionString).Options)
        : new SqliteWorkspaceDb(new DbContextOptionsBuilder<SqliteWorkspaceDb>().UseSqlite(ConnectionString).AddInterceptors(SqliteTuning.Instance).Options);
}
