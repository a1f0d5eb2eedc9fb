using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Data.Store;

/// <summary>What the store holds, for <c>wijkmix info</c>.</summary>
public sealed record StoreInfo(
    string Path,
    int SchemaVersion,
    long Observations,
    long Suppressed,
    IReadOnlyDictionary<AreaLevel, long> AreasByLevel,
    IReadOnlyList<int> Years,
    IReadOnlyList<StoredSource> Sources);

public sealed record StoredSource(string FileName, string Dataset, string? Format, DateTimeOffset ImportedAt, long Observations);

public sealed partial class WijkmixStore : IObservationSource
{
    // The KWB table is preferred when another source carries the same variable; the rounded copies in boundary files come next.
    // Estimates from another division come last, so a published figure always wins.
    private const string DatasetOrder = "CASE d.name WHEN 'kwb' THEN 0 WHEN 'kwb-geo' THEN 1 WHEN '" + EstimateMethod.Dataset + "' THEN 3 ELSE 2 END";

    public IReadOnlyList<Observation> Get(IReadOnlyCollection<AreaCode> areas, IReadOnlyCollection<string> variableIds)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(variableIds);
        return ReadObservations($"a.code IN ({List("$a", areas.Count)}) AND v.name IN ({List("$v", variableIds.Count)})",
            Parameters("$a", areas.Select(a => a.Value)).Concat(Parameters("$v", variableIds)).ToArray());
    }

    public IReadOnlyList<Observation> GetAtLevel(AreaLevel level, IReadOnlyCollection<string> variableIds)
    {
        ArgumentNullException.ThrowIfNull(variableIds);
        return ReadObservations($"a.level = $level AND v.name IN ({List("$v", variableIds.Count)})",
            Parameters("$v", variableIds).Append(("$level", (object?)(int)level)).ToArray());
    }

    /// <summary>
    /// All observations inside <paramref name="within"/> at <paramref name="level"/> with the source
    /// each came from, for export; a figure held by two sources appears once per source.
    /// </summary>
    public IReadOnlyList<StoredObservation> GetWithin(AreaCode within, AreaLevel level, IReadOnlyCollection<string>? variableIds = null)
    {
        var where = "a.level = $level AND (a.code = $self OR a.code LIKE $prefix)";
        var parameters = new List<(string, object?)> { ("$level", (int)level), ("$self", within.Value), ("$prefix", Prefix(within, level) + "%") };
        if (variableIds is { Count: > 0 })
        {
            where += $" AND v.name IN ({List("$v", variableIds.Count)})";
            parameters.AddRange(Parameters("$v", variableIds));
        }

        var datasets = new List<string>();
        var observations = ReadObservations(where, datasets, [.. parameters]);
        return observations.Select((o, i) => new StoredObservation(o, datasets[i])).ToList();
    }

    public IReadOnlyList<Area> AreasWithin(AreaCode parent, AreaLevel level) =>
        ReadAreas("a.level = $level AND a.code LIKE $prefix", ("$level", (int)level), ("$prefix", Prefix(parent, level) + "%"));

    public Area? FindArea(AreaCode code) => ReadAreas("a.code = $code", ("$code", code.Value)).FirstOrDefault();

    /// <summary>Every area in the store, for searching by name.</summary>
    public IReadOnlyList<Area> AllAreas() => ReadAreas("1 = 1");

    /// <summary>The WGS84 GeoJSON geometry of an area in a year, or its latest one when <paramref name="year"/> is null.</summary>
    public string? Geometry(AreaCode code, int? year = null)
    {
        using var command = Command(
            "SELECT g.geojson FROM geometry g JOIN area a ON a.id = g.area_id WHERE a.code = $c AND ($y IS NULL OR g.year = $y) ORDER BY g.year DESC LIMIT 1",
            null, ("$c", code.Value), ("$y", year));
        return command.ExecuteScalar() as string;
    }

    /// <summary>Every stored boundary of areas at <paramref name="level"/> in <paramref name="year"/> (WGS84 GeoJSON), by code.</summary>
    public IReadOnlyList<(AreaCode Code, string GeoJson)> Geometries(AreaLevel level, int year)
    {
        using var command = Command(
            "SELECT a.code, g.geojson FROM geometry g JOIN area a ON a.id = g.area_id WHERE a.level = $l AND g.year = $y ORDER BY a.code",
            null, ("$l", (int)level), ("$y", year));
        using var reader = command.ExecuteReader();
        var result = new List<(AreaCode, string)>();
        while (reader.Read())
        {
            result.Add((AreaCode.Parse(reader.GetString(0)), reader.GetString(1)));
        }

        return result;
    }

    /// <summary>Which of <paramref name="codes"/> have a stored boundary (in any year).</summary>
    public IReadOnlySet<AreaCode> CodesWithGeometry(IReadOnlyCollection<AreaCode> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var wanted = codes.Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<AreaCode>();
        using var command = Command("SELECT DISTINCT a.code FROM geometry g JOIN area a ON a.id = g.area_id", null);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var code = reader.GetString(0);
            if (wanted.Contains(code))
            {
                found.Add(AreaCode.Parse(code));
            }
        }

        return found;
    }

    public StoreInfo Info()
    {
        var levels = new Dictionary<AreaLevel, long>();
        using (var command = Command("SELECT level, COUNT(*) FROM area GROUP BY level"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                levels[(AreaLevel)reader.GetInt32(0)] = reader.GetInt64(1);
            }
        }

        var years = new List<int>();
        using (var command = Command("SELECT DISTINCT year FROM area_year ORDER BY year"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                years.Add(reader.GetInt32(0));
            }
        }

        var sources = new List<StoredSource>();
        using (var command = Command("SELECT s.file_name, d.name, s.format, s.imported_at, s.observations FROM source s JOIN dataset d ON d.id = s.dataset_id ORDER BY s.id"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                sources.Add(new StoredSource(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.GetInt64(4)));
            }
        }

        return new StoreInfo(Path, SchemaVersion, Scalar<long>("SELECT COUNT(*) FROM observation"),
            Scalar<long>("SELECT COUNT(*) FROM observation WHERE value IS NULL"), levels, years, sources);
    }

    /// <summary>A content fingerprint of every table, to prove a failed import changed nothing.</summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var sql in new[]
                 {
                     "SELECT area_id, variable_id, year, dataset_id, quote(value), source_id FROM observation ORDER BY 1, 2, 3, 4",
                     "SELECT id, code, level, quote(name), quote(municipality_name) FROM area ORDER BY id",
                     "SELECT area_id, year FROM area_year ORDER BY 1, 2",
                     "SELECT id, sha256 FROM source ORDER BY id",
                     "SELECT area_id, year, length(geojson) FROM geometry ORDER BY 1, 2",
                 })
        {
            using var command = Command(sql);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i)).Append('|');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private List<Observation> ReadObservations(string where, params (string Name, object? Value)[] parameters) =>
        ReadObservations(where, null, parameters);

    private List<Observation> ReadObservations(string where, List<string>? datasets, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(
            $"""
            SELECT a.code, o.year, v.name, o.value, d.name, CASE d.name WHEN '{EstimateMethod.Dataset}' THEN s.file_name END FROM observation o
            JOIN area a ON a.id = o.area_id JOIN variable v ON v.id = o.variable_id JOIN dataset d ON d.id = o.dataset_id
            JOIN source s ON s.id = o.source_id
            WHERE {where} ORDER BY {DatasetOrder}, d.name
            """, null, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<Observation>();
        var codes = new Dictionary<string, AreaCode>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var text = reader.GetString(0);
            if (!codes.TryGetValue(text, out var code))
            {
                codes[text] = code = AreaCode.Parse(text);
            }

            // ±∞ written by a version before the plausibility checks (decision 0012) reads as no figure, so every view still answers.
            var value = reader.IsDBNull(3) ? (double?)null : reader.GetDouble(3);
            result.Add(new Observation(code, reader.GetInt32(1), reader.GetString(2), value is { } v && double.IsFinite(v) ? v : null)
            {
                Estimate = reader.IsDBNull(5) ? null : reader.GetString(5),
            });
            datasets?.Add(reader.GetString(4));
        }

        return result;
    }

    private List<Area> ReadAreas(string where, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(
            $"""
            SELECT a.code, a.name, coalesce(a.municipality_name, m.name), group_concat(y.year)
            FROM area a LEFT JOIN area_year y ON y.area_id = a.id
            LEFT JOIN area m ON m.code = 'GM' || substr(a.code, 3, 4)
            WHERE {where} GROUP BY a.id ORDER BY a.code
            """, null, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<Area>();
        while (reader.Read())
        {
            var years = reader.IsDBNull(3)
                ? []
                : reader.GetString(3).Split(',').Select(y => int.Parse(y, CultureInfo.InvariantCulture)).Order().ToArray();
            result.Add(new Area(AreaCode.Parse(reader.GetString(0)), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), years));
        }

        return result;
    }

    /// <summary>The code prefix of areas at <paramref name="level"/> inside <paramref name="parent"/>: GM0363 → WK0363 or BU0363.</summary>
    private static string Prefix(AreaCode parent, AreaLevel level)
    {
        var digits = parent.Level == AreaLevel.Country ? string.Empty : parent.Value[2..];
        return level switch
        {
            AreaLevel.Municipality => "GM" + digits,
            AreaLevel.District => "WK" + digits,
            AreaLevel.Neighbourhood => "BU" + digits,
            _ => parent.Value + ":",
        };
    }

    private static string List(string prefix, int count) =>
        count == 0 ? "NULL" : string.Join(", ", Enumerable.Range(0, count).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture)));

    private static IEnumerable<(string, object?)> Parameters(string prefix, IEnumerable<string> values) =>
        values.Select((v, i) => (prefix + i.ToString(CultureInfo.InvariantCulture), (object?)v));
}
