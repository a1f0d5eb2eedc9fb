using Npgsql;

namespace Wijkmix.Web.Tests.Werkruimte;

/// <summary>The application with its workspaces on SQLite (the default), after a first account (the administrator) exists.</summary>
public sealed class SqliteApp : RunningApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Member.RegisterAsync(this, "Eerste Beheerder");
    }
}

/// <summary>The application with its workspaces on PostgreSQL: a throw-away database on the server <see cref="TestPostgres"/> names.</summary>
public sealed class PostgresApp : RunningApp
{
    private readonly string _database = "wijkmix_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override IEnumerable<string> Settings =>
        ["--Wijkmix:Werkruimte:Provider", "postgres", "--ConnectionStrings:Werkruimte", TestPostgres.Create(_database)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Member.RegisterAsync(this, "Eerste Beheerder");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TestPostgres.Drop(_database);
    }
}

/// <summary>
/// The PostgreSQL server the workspace tests use: <c>$WIJKMIX_POSTGRES</c>, a connection string with the right to
/// create databases (<c>.ci/run</c> installs Debian's postgresql, starts it on 127.0.0.1 and sets it), or else a
/// private server this test run starts itself (<see cref="PrivatePostgres"/>).
/// </summary>
public static class TestPostgres
{
    public static string Server => Environment.GetEnvironmentVariable("WIJKMIX_POSTGRES") is { Length: > 0 } value
        ? value
        : PrivatePostgres.ConnectionString;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string Create(string database)
    {
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = database }.ConnectionString;
    }

    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkspacesOnSqlite : ICollectionFixture<SqliteApp>
{
    public const string Name = "workspaces on SQLite";
}

[CollectionDefinition(Name)]
public sealed class WorkspacesOnPostgres : ICollectionFixture<PostgresApp>
{
    public const string Name = "workspaces on PostgreSQL";
}
