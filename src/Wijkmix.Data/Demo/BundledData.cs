using Wijkmix.Data.Import;
using Wijkmix.Data.Resources;
using Wijkmix.Data.Store;

namespace Wijkmix.Data.Demo;

/// <summary>
/// The real CBS files that ship in the repository's <c>data/</c> folder (copied beside the program
/// at build time), imported into a new store on first use so a fresh clone answers without downloads.
/// </summary>
public static class BundledData
{
    /// <summary><c>$WIJKMIX_DATA</c> when set, else the <c>data</c> folder beside the program.</summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable("WIJKMIX_DATA") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The bundled data files in import order (boundaries first, so names are known early).</summary>
    public static IReadOnlyList<string> Files(string? directory = null)
    {
        var root = directory ?? Directory;
        if (!System.IO.Directory.Exists(root))
        {
            throw new StoreException(string.Format(Messages.Culture, Messages.DemoMissing, root));
        }

        return System.IO.Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            // data/calibration holds the simulator's calibration (embedded in Wijkmix.Simulation, decision 0017), not CBS figures.
            .Where(f => !Path.GetRelativePath(root, f).StartsWith("calibration" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(f => f.Contains("geo", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Imports every bundled file; reports each file as it is done. Bundled data that does not import is a bug.</summary>
    public static void ImportInto(WijkmixStore store, Action<string, StoreResult?>? progress = null, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var file in Files(directory))
        {
            var parsed = Importer.Read(file);
            if (!parsed.IsValid)
            {
                throw new StoreException(string.Join(Environment.NewLine, parsed.Problems));
            }

            var result = parsed.IsMetadata ? null : store.Store(parsed);
            if (result?.Conflict is { } conflict)
            {
                throw new StoreException($"{parsed.FileName}: {conflict}");
            }

            progress?.Invoke(parsed.FileName, result);
        }
    }
}
