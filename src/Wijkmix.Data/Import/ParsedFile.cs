using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Data.Import;

/// <summary>An area as a file names it.</summary>
public sealed record AreaRecord(AreaCode Code, string? Name, string? MunicipalityName, int Year);

/// <summary>A boundary in WGS84 as GeoJSON geometry text.</summary>
public sealed record AreaGeometry(AreaCode Code, int Year, string GeoJson);

/// <summary>
/// Everything read from one file, validated but not stored. When <see cref="Problems"/> is not empty
/// the file must not be stored at all.
/// </summary>
public sealed record ParsedFile(
    string FileName,
    string Sha256,
    ImportFormat? Format,
    string Dataset,
    IReadOnlyList<AreaRecord> Areas,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<AreaGeometry> Geometries,
    IReadOnlyList<string> SkippedColumns,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ImportProblem> Problems,
    bool IsMetadata = false)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>The skipped columns again, with the CBS title where the table's metadata gives one and the reason when the catalogue leaves the column out on purpose.</summary>
    public IReadOnlyList<SkippedColumn> SkippedDetails { get; init; } = [];

    public IReadOnlyList<int> Years => Observations.Select(o => o.Year).Concat(Areas.Select(a => a.Year)).Distinct().Order().ToArray();

    public int SuppressedCells => Observations.Count(o => o.Value is null);

    public int VariableCount => Observations.Select(o => o.VariableId).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>A column that gave no figures: unknown to the catalogue, or on its not-used list (then with the reason).</summary>
public sealed record SkippedColumn(string Key, string? Title, string? NotUsedReason)
{
    public override string ToString() => Title is null || Title == Key ? Key : $"{Key} ({Title})";
}

/// <summary>Options for reading a file; all optional.</summary>
public sealed record ImportOptions
{
    /// <summary>Force a format instead of detecting it.</summary>
    public ImportFormat? Format { get; init; }

    /// <summary>The year of the figures when the file does not say it.</summary>
    public int? Year { get; init; }

    /// <summary>Override the dataset (source) name the figures are stored under.</summary>
    public string? Dataset { get; init; }

    /// <summary>Files larger than this are refused before reading (default 256 MiB).</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>How much work reading one file may take (rows, columns, unpacked bytes, ...); see <see cref="ImportLimits"/>.</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;

    /// <summary>The name used in messages (defaults to the file name).</summary>
    public string? DisplayName { get; init; }
}
