using System.Globalization;
using Microsoft.Data.Sqlite;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store.Internal;

namespace Wijkmix.Data.Store;

/// <summary>What storing a file did.</summary>
public enum StoreStatus
{
    Stored,
    /// <summary>The same file (same SHA-256) was imported before; nothing changed.</summary>
    AlreadyImported,
    /// <summary>The file would change stored values; nothing was written (use replace).</summary>
    Conflict,
    /// <summary>The file was fine but another file in the same import conflicted, so nothing was written.</summary>
    RolledBack,
}

/// <summary>A stored value that the file would change.</summary>
public sealed record ValueConflict(int Year, string Dataset, int Cells, string Area, string Variable, double? Stored, double? Incoming)
{
    /// <summary>The user-facing explanation, naming an example cell and the confirmation option.</summary>
    public override string ToString() =>
        string.Format(Resources.Messages.Culture, Resources.Messages.Conflict, Year, Dataset, Cells, Area, Variable, Show(Stored), Show(Incoming));

    private static string Show(double? value) => value?.ToString("G", CultureInfo.CurrentCulture) ?? Resources.Messages.Suppressed;
}

/// <param name="Filled">Suppressed cells of the same source and year that the file gave a number (a later CBS release).</param>
public sealed record StoreResult(StoreStatus Status, int Observations, int Replaced, ValueConflict? Conflict = null, int Filled = 0);

public sealed partial class WijkmixStore
{
    /// <summary>Stores one valid file in one transaction; see <see cref="StoreAll"/>.</summary>
    public StoreResult Store(ParsedFile file, bool replace = false, TimeProvider? clock = null) =>
        StoreAll([file], replace, clock)[0];

    /// <summary>
    /// Stores valid files in one transaction: all of them or none. A file imported before (same
    /// SHA-256) changes nothing. When a file would change values already stored for the same source,
    /// year and area, nothing at all is written unless <paramref name="replace"/> is set; then that
    /// source's figures for those areas and years are replaced by the file's.
    /// </summary>
    public IReadOnlyList<StoreResult> StoreAll(IReadOnlyList<ParsedFile> files, bool replace = false, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Any(f => !f.IsValid))
        {
            throw new ArgumentException("Only files without problems can be stored.", nameof(files));
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        // Replacing clears every file's areas and years first, so files of one batch never erase each other.
        var replaced = files.Select(f => replace && !IsImported(f, tx) ? DeleteStored(f, tx) : 0).ToList();
        var results = new List<StoreResult>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            results.Add(StoreOne(files[i], clock ?? TimeProvider.System, tx) with { Replaced = replaced[i] });
        }

        if (results.Any(r => r.Status == StoreStatus.Conflict))
        {
            tx.Rollback();
            return results.Select(r => r.Status == StoreStatus.Stored ? r with { Status = StoreStatus.RolledBack } : r).ToList();
        }

        tx.Commit();
        return results;
    }

    private bool IsImported(ParsedFile file, SqliteTransaction tx) =>
        Scalar<long>("SELECT COUNT(*) FROM source WHERE sha256 = $sha", tx, ("$sha", file.Sha256)) > 0;

    /// <summary>Deletes the file's source figures (and boundaries, if it brings any) for the areas and years it covers; returns how many figures.</summary>
    private int DeleteStored(ParsedFile file, SqliteTransaction tx)
    {
        using var delete = Command(
            "DELETE FROM observation WHERE dataset_id = (SELECT id FROM dataset WHERE name = $d) AND year = $y AND area_id = (SELECT id FROM area WHERE code = $a)", tx);
        delete.Parameters.AddWithValue("$d", file.Dataset);
        var a = delete.Parameters.Add("$a", SqliteType.Text);
        var y = delete.Parameters.Add("$y", SqliteType.Integer);
        using var deleteGeometry = Command("DELETE FROM geometry WHERE year = $y AND area_id = (SELECT id FROM area WHERE code = $a)", tx);
        var ga = deleteGeometry.Parameters.Add("$a", SqliteType.Text);
        var gy = deleteGeometry.Parameters.Add("$y", SqliteType.Integer);
        var deleted = 0;
        foreach (var (area, year) in file.Areas.Select(r => (r.Code, r.Year)).Distinct())
        {
            (a.Value, y.Value) = (area.Value, year);
            deleted += delete.ExecuteNonQuery();
            if (file.Geometries.Count > 0)
            {
                (ga.Value, gy.Value) = (area.Value, year);
                deleteGeometry.ExecuteNonQuery();
            }
        }

        return deleted;
    }

    private StoreResult StoreOne(ParsedFile file, TimeProvider clock, SqliteTransaction tx)
    {
        if (IsImported(file, tx))
        {
            return new StoreResult(StoreStatus.AlreadyImported, 0, 0);
        }

        var datasetId = IdOf("dataset", file.Dataset, tx);
        var areaIds = UpsertAreas(file.Areas, file.Dataset != Leefbaarometer.LeefbaarometerFile.Dataset);
        var variableIds = file.Observations.Select(o => o.VariableId).Distinct(StringComparer.Ordinal)
            .ToDictionary(v => v, v => IdOf("variable", v, tx), StringComparer.Ordinal);

        // After a replace's deletions this only finds clashes between files of the same batch.
        var (conflict, fills) = Compare(file, datasetId, areaIds, variableIds, tx);
        if (conflict is not null)
        {
            return new StoreResult(StoreStatus.Conflict, 0, 0, conflict);
        }

        var sourceId = Scalar<long>(
            "INSERT INTO source (dataset_id, file_name, sha256, format, imported_at, observations) VALUES ($d, $f, $s, $fmt, $t, $n) RETURNING id",
            tx,
            ("$d", datasetId), ("$f", file.FileName), ("$s", file.Sha256), ("$fmt", file.Format?.ToString()),
            ("$t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$n", file.Observations.Count));

        InsertObservations(file, datasetId, sourceId, areaIds, variableIds);
        Fill(fills, datasetId, sourceId, tx);
        InsertGeometries(file, sourceId, areaIds, tx);
        return new StoreResult(StoreStatus.Stored, file.Observations.Count, 0, Filled: fills.Count);
    }

    private void InsertObservations(ParsedFile file, long datasetId, long sourceId, Dictionary<AreaCode, long> areaIds, Dictionary<string, long> variableIds)
    {
        using var insert = new RawStatement(_connection,
            "INSERT OR IGNORE INTO observation (area_id, variable_id, year, dataset_id, value, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.Bind(4, datasetId).Bind(6, sourceId);
        AreaCode? lastArea = null;
        long areaId = 0;
        foreach (var o in file.Observations)
        {
            if (o.Area != lastArea)
            {
                (lastArea, areaId) = (o.Area, areaIds[o.Area]);
            }

            insert.Bind(1, areaId).Bind(2, variableIds[o.VariableId]).Bind(3, o.Year).Bind(5, o.Value).Execute();
        }
    }

    private void InsertGeometries(ParsedFile file, long sourceId, Dictionary<AreaCode, long> areaIds, SqliteTransaction tx)
    {
        using var insert = Command(
            "INSERT OR IGNORE INTO geometry (area_id, year, geojson, source_id) VALUES ($a, $y, $g, $s)", tx);
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
    /// <param name="isDivision">
    /// False for sources that score areas but do not define the division (the Leefbaarometer): they add no area-year and
    /// name an area only when CBS has not.
    /// </param>
    private Dictionary<AreaCode, long> UpsertAreas(IReadOnlyList<AreaRecord> areas, bool isDivision = true)
    {
        var ids = new Dictionary<AreaCode, long>();
        using var upsert = new RawStatement(_connection,
            """
            INSERT INTO area (code, level, name, municipality_name) VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (code) DO UPDATE SET name = CASE WHEN ?5 THEN coalesce(excluded.name, area.name) ELSE coalesce(area.name, excluded.name) END,
                                             municipality_name = coalesce(excluded.municipality_name, area.municipality_name)
            RETURNING id
            """);
        using var year = new RawStatement(_connection, "INSERT OR IGNORE INTO area_year (area_id, year) VALUES (?1, ?2)");
        foreach (var area in areas)
        {
            // Parents a file does not list still get a row, so the hierarchy is complete.
            for (AreaCode? code = area.Code; code is { } current; code = current.Parent)
            {
                var isSelf = current == area.Code;
                if (!isSelf && ids.ContainsKey(current))
                {
                    break;
                }

                ids[current] = upsert.Bind(1, current.Value).Bind(2, (long)current.Level)
                    .Bind(3, isSelf ? area.Name : null).Bind(4, current.Level == AreaLevel.Country ? null : area.MunicipalityName)
                    .Bind(5, isDivision ? 1L : 0L).Execute();
                if (isSelf && isDivision)
                {
                    year.Bind(1, ids[current]).Bind(2, area.Year).Execute();
                }
            }
        }

        return ids;
    }

    /// <summary>
    /// Compares the file with what the same source holds for the same areas and years. Two different
    /// numbers are a conflict. A suppressed cell is no information: it never overrules a stored
    /// number, and a number may fill a stored suppressed cell (CBS's first release of a year marks
    /// columns that are not yet available with '.').
    /// </summary>
    private (ValueConflict? Conflict, List<(long Area, long Variable, int Year, double Value)> Fills) Compare(
        ParsedFile file, long datasetId, Dictionary<AreaCode, long> areaIds, Dictionary<string, long> variableIds, SqliteTransaction tx)
    {
        var fills = new List<(long, long, int, double)>();
        var years = file.Areas.Select(r => r.Year).Distinct().ToArray();
        if (years.All(y => Scalar<long>("SELECT EXISTS (SELECT 1 FROM observation WHERE dataset_id = $d AND year = $y)", tx, ("$y", y), ("$d", datasetId)) == 0))
        {
            return (null, fills); // nothing of this source and year is stored yet: nothing to compare
        }

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
                if (!incoming.TryGetValue(key, out var value) || value is not { } number)
                {
                    continue;
                }

                if (stored is null)
                {
                    fills.Add((key.Item1, key.Item2, key.Item3, number));
                }
                else if (!SameValue(stored.Value, number))
                {
                    count++;
                    first ??= new ValueConflict(key.Item3, file.Dataset, 0, names[key.Item1], variables[key.Item2], stored, number);
                }
            }
        }

        return (first is null ? null : first with { Cells = count }, fills);
    }

    private void Fill(List<(long Area, long Variable, int Year, double Value)> fills, long datasetId, long sourceId, SqliteTransaction tx)
    {
        using var update = Command(
            "UPDATE observation SET value = $val, source_id = $s WHERE area_id = $a AND variable_id = $v AND year = $y AND dataset_id = $d AND value IS NULL", tx);
        var a = update.Parameters.Add("$a", SqliteType.Integer);
        var v = update.Parameters.Add("$v", SqliteType.Integer);
        var y = update.Parameters.Add("$y", SqliteType.Integer);
        var val = update.Parameters.Add("$val", SqliteType.Real);
        update.Parameters.AddWithValue("$d", datasetId);
        update.Parameters.AddWithValue("$s", sourceId);
        foreach (var fill in fills)
        {
            (a.Value, v.Value, y.Value, val.Value) = (fill.Area, fill.Variable, fill.Year, fill.Value);
            update.ExecuteNonQuery();
        }
    }

    private static bool SameValue(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));

    private long IdOf(string table, string name, SqliteTransaction tx) =>
        Scalar<long>(
            $"INSERT INTO {table} (name) VALUES ($n) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id", tx, ("$n", name));
}
