using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Wijkmix.Workspace.Storage;

/// <summary>
/// Many members reading and writing one SQLite file: write-ahead logging lets readers go on while one writes, and
/// synchronous=NORMAL (safe with WAL: a crash loses at most the last commits, never consistency) avoids an fsync per
/// audit line; busy_timeout makes a writer wait for another instead of failing.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private static void Tune(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
    }
}
