using System.Globalization;
using Microsoft.Data.Sqlite;
using Wijkmix.Data.Resources;
using Wijkmix.Data.Store.Internal;

namespace Wijkmix.Data.Store;

/// <summary>Raised when the store cannot be used (a newer schema, a locked or damaged file).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The embedded SQLite store of areas, observations and boundaries. One instance owns one open
/// connection; every import runs in a single transaction.
/// </summary>
public sealed partial class WijkmixStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private WijkmixStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public static int SchemaVersion => Migrations.All.Count;

    /// <summary>
    /// The default store file: <c>$WIJKMIX_STORE</c> when set, else <c>wijkmix.db</c> in the user's
    /// data folder (<c>~/.local/share/wijkmix</c> on Linux).
    /// </summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("WIJKMIX_STORE") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "wijkmix", "wijkmix.db");

    /// <summary>Opens (creating when needed) the store at <paramref name="path"/> and brings its schema up to date.</summary>
    public static WijkmixStore Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            var store = new WijkmixStore(full, connection);
            store.Migrate();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{full}: {e.Message}", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>True when nothing was ever imported.</summary>
    public bool IsEmpty => Scalar<long>("SELECT COUNT(*) FROM source") == 0;

    public void Dispose() => _connection.Dispose();

    private void Migrate()
    {
        var version = (int)Scalar<long>("PRAGMA user_version");
        if (version > SchemaVersion)
        {
            throw new StoreException(string.Format(Messages.Culture, Messages.StoreTooNew, Path, version, SchemaVersion));
        }

        for (var v = version; v < SchemaVersion; v++)
        {
            using var tx = _connection.BeginTransaction();
            Execute(_connection, Migrations.All[v], tx);
            Execute(_connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {v + 1}"), tx);
            tx.Commit();
        }
    }

    private T Scalar<T>(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, tx, parameters);
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        command.ExecuteNonQuery();
    }
}
