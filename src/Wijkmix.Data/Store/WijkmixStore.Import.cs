using System.Globalization;
using Microsoft.Data.Sqlite;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Store;

/// <summary>What storing a file did.</summary>
public enum StoreStatus
{
    Stored,
    /// <summary>The same file (same SHA-256) was imported before; nothing changed.</summary>
    AlreadyImported,
    /// <summary>The file would change stored values; nothing was written (use replace).</summary>
    Conflict,
}

/// <summary>A stored value that the file would change.</summary>
public sealed record ValueConflict(int Year, string Dataset, int Cells, string Area, string Variable, double? Stored, double? Incoming);

public sealed record StoreResult(StoreStatus Status, int Observations, int Replaced, ValueConflict? Conflict = null);

public sealed partial class WijkmixStore
{
    /// <summary>
    /// Stores a valid file in one transaction. A file already imported changes nothing. When the file
    /// would change values already stored for the same source, year and area, nothing is written
    /// unless <paramref name="replace"/> is set; then that source's figures for those areas and years
    /// are replaced by the file's.
    /// </summary>
    public StoreResult Store(ParsedFile file, bool replace = false, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.IsValid)
        {
            throw new ArgumentException("Only a file without problems can be stored.", nameof(file));
        }

        if (Scalar<long>("SELECT COUNT(*) FROM source WHERE sha256 = $sha", null, ("$sha", file.Sha256)) > 0)
        {
            return new StoreResult(StoreStatus.AlreadyImported, 0, 0);
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        var datasetId = IdOf("dataset", file.Dataset, tx);
        var areaIds = UpsertAreas(file.Areas, tx);
        var variableIds = file.Observations.Select(o => o.VariableId).Distinct(StringComparer.Ordinal)
            .ToDictionary(v => v, v => IdOf("variable", v, tx), StringComparer.Ordinal);

        var conflicts = FindConflicts(file, datasetId, areaIds, variableIds, tx);
        if (conflicts is not null && !replace)
        {
            tx.Rollback();
            return new StoreResult(StoreStatus.Conflict, 0, 0, conflicts);
        }

        var replaced = 0;
        if (replace)
        {
            using var delete = Command("DELETE FROM observation WHERE area_id = $a AND year = $y AND dataset_id = $d", tx);
            var a = delete.Parameters.Add("$a", SqliteType.Integer);
            var y = delete.Parameters.Add("$y", SqliteType.Integer);
            delete.Parameters.AddWithValue("$d", datasetId);
            foreach (var (area, year) in file.Areas.Select(r => (r.Code, r.Year)).Distinct())
            {
                a.Value = areaIds[area];
                y.Value = year;
                replaced += delete.ExecuteNonQuery();
            }
        }

        var sourceId = Scalar<long>(
            "INSERT INTO source (dataset_id, file_name, sha256, format, imported_at, observations) VALUES ($d, $f, $s, $fmt, $t, $n) RETURNING id",
            tx,
            ("$d", datasetId), ("$f", file.FileName), ("$s", file.Sha256), ("$fmt", file.Format?.ToString()),
            ("$t", (clock ?? TimeProvider.System).GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$n", file.Observations.Count));

        InsertObservations(file, datasetId, sourceId, areaIds, variableIds, tx);
        InsertGeometries(file, sourceId, areaIds, replace, tx);
        tx.Commit();
        return new StoreResult(StoreStatus.Stored, file.Observations.Count, replaced);
    }

    private void InsertObservations(
        ParsedFile file, long datasetId, long sourceId, Dictionary<AreaCode, long> areaIds, Dictionary<string, long> variableIds, SqliteTransaction tx)
    {
        using var insert = Command(
            "INSERT OR IGNORE INTO observation (area_id, variable_id, year, dataset_id, value, source_id) VALUES ($a, $v, $y, $d, $val, $s)", tx);
        var a = insert.Parameters.Add("$a", SqliteType.Integer);
        var v = insert.Parameters.Add("$v", SqliteType.Integer);
        var y = insert.Parameters.Add("$y", SqliteType.Integer);
        var val = insert.Parameters.Add("$val", SqliteType.Real);
        insert.Parameters.AddWithValue("$d", datasetId);
        insert.Parameters.AddWithValue("$s", sourceId);
        insert.Prepare();
        foreach (var o in file.Observations)
        {
            a.Value = areaIds[o.Area];
            v.Value = variableIds[o.VariableId];
            y.Value = o.Year;
            val.Value = o.Value is { } number ? number : DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    private void InsertGeometries(ParsedFile file, long sourceId, Dictionary<AreaCode, long> areaIds, bool replace, SqliteTransaction tx)
    {
        using var insert = Command(
            (replace ? "INSERT OR REPLACE" : "INSERT OR IGNORE") + " INTO geometry (area_id, year, geojson, source_id) VALUES ($a, $y, $g, $s)", tx);
        var a = insert.Parameters.Add("$a", SqliteType.Integer);
        var y = insert.Parameters.Add("$y", SqliteType.Integer);
        var g = insert.Parameters.Add("$g", SqliteType.Text);
        insert.Parameters.AddWithValue("$s", sourceId);
        foreach (var geometry in file.Geometries)
        {
            a.Value = areaIds[geometry.Code];
            y.Value = geometry.Year;
            g.Value = geometry.GeoJson;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Adds new areas and the years they occur in; a name from the file fills or updates the stored name.</summary>
    private Dictionary<AreaCode, long> UpsertAreas(IReadOnlyList<AreaRecord> areas, SqliteTransaction tx)
    {
        var ids = new Dictionary<AreaCode, long>();
        using var upsert = Command(
            """
            INSERT INTO area (code, level, name, municipality_name) VALUES ($c, $l, $n, $m)
            ON CONFLICT (code) DO UPDATE SET name = coalesce(excluded.name, area.name),
                                             municipality_name = coalesce(excluded.municipality_name, area.municipality_name)
            RETURNING id
            """, tx);
        var c = upsert.Parameters.Add("$c", SqliteType.Text);
        var l = upsert.Parameters.Add("$l", SqliteType.Integer);
        var n = upsert.Parameters.Add("$n", SqliteType.Text);
        var m = upsert.Parameters.Add("$m", SqliteType.Text);
        using var year = Command("INSERT OR IGNORE INTO area_year (area_id, year) VALUES ($a, $y)", tx);
        var ya = year.Parameters.Add("$a", SqliteType.Integer);
        var yy = year.Parameters.Add("$y", SqliteType.Integer);
        foreach (var area in areas)
        {
            // Parents a file does not list still get a row, so the hierarchy is complete.
            for (AreaCode? code = area.Code; code is { } current; code = current.Parent)
            {
                if (ids.ContainsKey(current) && current != area.Code)
                {
                    break;
                }

                var isSelf = current == area.Code;
                c.Value = current.Value;
                l.Value = (int)current.Level;
                n.Value = (isSelf ? area.Name : null) ?? (object)DBNull.Value;
                m.Value = (object?)area.MunicipalityName ?? DBNull.Value;
                ids[current] = (long)upsert.ExecuteScalar()!;
                if (!isSelf)
                {
                    continue;
                }

                ya.Value = ids[current];
                yy.Value = area.Year;
                year.ExecuteNonQuery();
            }
        }

        return ids;
    }

    private ValueConflict? FindConflicts(
        ParsedFile file, long datasetId, Dictionary<AreaCode, long> areaIds, Dictionary<string, long> variableIds, SqliteTransaction tx)
    {
        var incoming = new Dictionary<(long Area, long Variable, int Year), double?>(file.Observations.Count);
        foreach (var o in file.Observations)
        {
            incoming[(areaIds[o.Area], variableIds[o.VariableId], o.Year)] = o.Value;
        }

        var names = areaIds.ToDictionary(p => p.Value, p => p.Key.Value);
        var variables = variableIds.ToDictionary(p => p.Value, p => p.Key);
        ValueConflict? first = null;
        var count = 0;
        using var query = Command(
            "SELECT area_id, variable_id, year, value FROM observation WHERE dataset_id = $d AND area_id = $a AND year = $y", tx);
        query.Parameters.AddWithValue("$d", datasetId);
        var a = query.Parameters.Add("$a", SqliteType.Integer);
        var y = query.Parameters.Add("$y", SqliteType.Integer);
        foreach (var (area, year) in file.Areas.Select(r => (r.Code, r.Year)).Distinct())
        {
            a.Value = areaIds[area];
            y.Value = year;
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                var key = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2));
                double? stored = reader.IsDBNull(3) ? null : reader.GetDouble(3);
                if (incoming.TryGetValue(key, out var value) && !SameValue(stored, value))
                {
                    count++;
                    first ??= new ValueConflict(key.Item3, file.Dataset, 0, names[key.Item1], variables[key.Item2], stored, value);
                }
            }
        }

        return first is null ? null : first with { Cells = count };
    }

    private static bool SameValue(double? a, double? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Abs(x)),
            _ => false,
        };

    private long IdOf(string table, string name, SqliteTransaction tx) =>
        Scalar<long>(
            $"INSERT INTO {table} (name) VALUES ($n) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id", tx, ("$n", name));
}
