namespace Wijkmix.Data.Store.Internal;

/// <summary>
/// The store's schema, one migration per version; <c>PRAGMA user_version</c> records the version
/// reached. Migrations are only ever appended, never edited.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: areas, variables and observations keyed by small integers so bulk imports stay fast.
        """
        CREATE TABLE dataset (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE variable (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
        CREATE TABLE area (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            level INTEGER NOT NULL,
            name TEXT,
            municipality_name TEXT);
        CREATE TABLE area_year (
            area_id INTEGER NOT NULL REFERENCES area(id),
            year INTEGER NOT NULL,
            PRIMARY KEY (area_id, year)) WITHOUT ROWID;
        CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            dataset_id INTEGER NOT NULL REFERENCES dataset(id),
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            format TEXT,
            imported_at TEXT NOT NULL,
            observations INTEGER NOT NULL);
        CREATE TABLE observation (
            area_id INTEGER NOT NULL,
            variable_id INTEGER NOT NULL,
            year INTEGER NOT NULL,
            dataset_id INTEGER NOT NULL,
            value REAL,
            source_id INTEGER NOT NULL,
            PRIMARY KEY (area_id, variable_id, year, dataset_id)) WITHOUT ROWID;
        CREATE TABLE geometry (
            area_id INTEGER NOT NULL,
            year INTEGER NOT NULL,
            geojson TEXT NOT NULL,
            source_id INTEGER NOT NULL,
            PRIMARY KEY (area_id, year)) WITHOUT ROWID;
        """,
    ];
}
