using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Wijkmix.Data.Store.Internal;

/// <summary>
/// A prepared statement on SQLite's own API, for the bulk paths of an import: binding through
/// ADO.NET parameters costs more than the insert itself at a million rows (see bench/README.md).
/// It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public RawStatement Bind(int index, long value)
    {
        raw.sqlite3_bind_int64(_statement, index, value);
        return this;
    }

    public RawStatement Bind(int index, double? value)
    {
        _ = value is { } number ? raw.sqlite3_bind_double(_statement, index, number) : raw.sqlite3_bind_null(_statement, index);
        return this;
    }

    public RawStatement Bind(int index, string? value)
    {
        _ = value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value);
        return this;
    }

    /// <summary>Runs the statement to the end; returns the first column of its first row (RETURNING), or 0.</summary>
    public long Execute()
    {
        long first = 0;
        var rows = 0;
        int code;
        while ((code = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
        {
            if (rows++ == 0)
            {
                first = raw.sqlite3_column_int64(_statement, 0);
            }
        }

        raw.sqlite3_reset(_statement);
        Check(code);
        return first;
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), code);
        }
    }
}
