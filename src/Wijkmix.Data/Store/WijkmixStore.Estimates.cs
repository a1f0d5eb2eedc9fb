using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Data.Store.Internal;

namespace Wijkmix.Data.Store;

public sealed partial class WijkmixStore
{
    /// <summary>
    /// Stores the estimates of crosswalk runs, each as a source of the dataset <see cref="EstimateMethod.Dataset"/>
    /// named by its method's code, all in one transaction. Estimates an earlier run of the same method made for
    /// the areas in <c>Scope</c> are replaced (those of other areas stay); published figures are never touched.
    /// Estimated areas get no area-year rows: the area did not exist in that year, only its estimate does.
    /// Returns the number of estimates stored.
    /// </summary>
    public int StoreEstimates(IReadOnlyList<(EstimateMethod Method, IReadOnlyCollection<AreaCode> Scope, IReadOnlyList<Observation> Estimates)> runs,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Any(r => r.Estimates.Any(o => o.Estimate != r.Method.Code)))
        {
            throw new ArgumentException("Every estimate must carry its method's code.", nameof(runs));
        }

        using var tx = _connection.BeginTransaction(deferred: false);
        var datasetId = IdOf("dataset", EstimateMethod.Dataset, tx);
        var areaIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var variableIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using var insert = new RawStatement(_connection,
            "INSERT OR REPLACE INTO observation (area_id, variable_id, year, dataset_id, value, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        insert.Bind(4, datasetId);
        var stored = 0;
        foreach (var (method, scope, estimates) in runs)
        {
            var inScope = scope.ToHashSet();
            if (estimates.Any(o => !inScope.Contains(o.Area)))
            {
                // An estimate outside the scope would survive the next run of the same scope.
                throw new ArgumentException("Every estimate must lie in its run's scope.", nameof(runs));
            }

            using (var delete = Command(
                       """
                       DELETE FROM observation WHERE dataset_id = $d AND area_id = (SELECT id FROM area WHERE code = $a)
                         AND source_id IN (SELECT id FROM source WHERE dataset_id = $d AND file_name = $f)
                       """, tx, ("$d", datasetId), ("$f", method.Code)))
            {
                var a = delete.Parameters.Add("$a", Microsoft.Data.Sqlite.SqliteType.Text);
                foreach (var code in inScope)
                {
                    a.Value = code.Value;
                    delete.ExecuteNonQuery();
                }
            }

            // A source whose estimates were all replaced goes too.
            using (var delete = Command(
                       "DELETE FROM source WHERE dataset_id = $d AND file_name = $f AND NOT EXISTS (SELECT 1 FROM observation o WHERE o.source_id = source.id)",
                       tx, ("$d", datasetId), ("$f", method.Code)))
            {
                delete.ExecuteNonQuery();
            }

            if (estimates.Count == 0)
            {
                continue;
            }

            var sourceId = Scalar<long>(
                "INSERT INTO source (dataset_id, file_name, sha256, format, imported_at, observations) VALUES ($d, $f, $s, 'crosswalk', $t, $n) RETURNING id",
                tx,
                ("$d", datasetId), ("$f", method.Code), ("$s", EstimateDigest(method, estimates)),
                ("$t", (clock ?? TimeProvider.System).GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("$n", estimates.Count));
            insert.Bind(6, sourceId);
            foreach (var o in estimates)
            {
                if (!areaIds.TryGetValue(o.Area.Value, out var areaId))
                {
                    areaIds[o.Area.Value] = areaId = Scalar<long>(
                        "INSERT INTO area (code, level) VALUES ($c, $l) ON CONFLICT (code) DO UPDATE SET code = excluded.code RETURNING id", tx,
                        ("$c", o.Area.Value), ("$l", (int)o.Area.Level));
                }

                if (!variableIds.TryGetValue(o.VariableId, out var variableId))
                {
                    variableIds[o.VariableId] = variableId = IdOf("variable", o.VariableId, tx);
                }

                insert.Bind(1, areaId).Bind(2, variableId).Bind(3, o.Year).Bind(5, o.Value).Execute();
                stored++;
            }
        }

        tx.Commit();
        return stored;
    }

    /// <summary>The source row's SHA-256 column must be unique: a digest of the method and the estimates.</summary>
    private static string EstimateDigest(EstimateMethod method, IReadOnlyList<Observation> estimates)
    {
        var text = new StringBuilder(method.Code);
        foreach (var o in estimates)
        {
            text.Append('|').Append(o.Area.Value).Append(',').Append(o.Year).Append(',').Append(o.VariableId).Append(',')
                .Append(o.Value?.ToString("R", CultureInfo.InvariantCulture));
        }

        return "crosswalk:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
