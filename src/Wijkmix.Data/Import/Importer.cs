using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Import.Internal;
using Wijkmix.Data.Leefbaarometer;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import;

/// <summary>
/// The front door for reading CBS files: detects the format (or takes the forced one), reads and
/// validates the whole file, and returns what it found with every problem. Never writes anything.
/// </summary>
public static partial class Importer
{
    public static ParsedFile Read(string path, ImportOptions? options = null, VariableCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new ImportOptions();
        catalogue ??= VariableCatalogue.Default;
        var display = options.DisplayName ?? Path.GetFileName(path);
        try
        {
            var input = InputFile.Open(path, options);
            var format = options.Format ?? Detect(input);
            if (format == ImportFormat.Leefbaarometer)
            {
                return LeefbaarometerReader.Read(input, new ReadBudget(options.Limits, input.DisplayName));
            }

            var table = ReadTable(input, format, Path.GetDirectoryName(Path.GetFullPath(path)), new ReadBudget(options.Limits, input.DisplayName));
            if (table is null)
            {
                return Metadata(input);
            }

            if (format is ImportFormat.ODataJson or ImportFormat.ODataCsv)
            {
                table = table with { Columns = CbsMetadata.Columns(Path.GetDirectoryName(Path.GetFullPath(path))) };
            }

            var year = options.Year ?? table.FileYear ?? YearFromName(input.InnerName) ?? table.SiblingYear;
            var dataset = options.Dataset ?? DatasetOf(table);
            return TableImporter.Import(catalogue, table, input, dataset, year);
        }
        catch (ImportFailedException e)
        {
            return Failed(display, e.Problem);
        }
    }

    /// <summary>Guesses the format from the content: zip → xlsx, JSON → GeoJSON or OData, text → by its header.</summary>
    internal static ImportFormat Detect(InputFile input)
    {
        if (input.IsZip)
        {
            return ShapefileReader.IsShapefileZip(input.Bytes) ? ImportFormat.Shapefile : ImportFormat.KwbXlsx;
        }

        if (input.Bytes.AsSpan().StartsWith(GeoPackageReader.Magic))
        {
            return ImportFormat.GeoPackage;
        }

        if (input.Bytes.AsSpan().StartsWith(ShpMagic))
        {
            // A bare .shp has no attributes (no codes): the zip CBS publishes holds all parts.
            throw new ImportFailedException(new ImportProblem(input.DisplayName, null, null,
                string.Format(Messages.Culture, Messages.ShapefilePartMissing, input.DisplayName, ".dbf")));
        }

        // Control characters in the first kilobyte: a binary file (an image, a PDF, a database), not text.
        if (input.Bytes.AsSpan(0, Math.Min(1024, input.Bytes.Length)).IndexOfAnyInRange((byte)0, (byte)8) >= 0)
        {
            throw new ImportFailedException(new ImportProblem(input.DisplayName, 1, null, Messages.UnknownFormat));
        }

        var text = input.Text();
        var start = text.AsSpan().TrimStart();
        if (start.Length > 0 && start[0] is '{' or '[')
        {
            return start.Contains("\"FeatureCollection\"", StringComparison.Ordinal) ? ImportFormat.GeoJson
                : start.Contains("\"Topology\"", StringComparison.Ordinal) ? ImportFormat.TopoJson
                : ImportFormat.ODataJson;
        }

        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = (end < 0 ? text : text[..end]).ToLowerInvariant();
        // "Identifier,Title": the code list of the WijkenEnBuurten dimension (names only, no figures).
        if (first.Contains("wijkenenbuurten", StringComparison.Ordinal) || HasODataKey(first)
            || first.TrimEnd('\r').Replace("\"", string.Empty, StringComparison.Ordinal).StartsWith("identifier,title", StringComparison.Ordinal))
        {
            return ImportFormat.ODataCsv;
        }

        if (LeefbaarometerFile.IsHeader(first))
        {
            return ImportFormat.Leefbaarometer;
        }

        if (first.Contains("gwb_code", StringComparison.Ordinal))
        {
            return ImportFormat.KwbCsv;
        }

        if (first.Contains("wijken en buurten", StringComparison.Ordinal) || first.Contains("regioaanduiding/", StringComparison.Ordinal)
            || first.Contains("(code)", StringComparison.Ordinal))
        {
            return ImportFormat.StatLineCsv;
        }

        throw new ImportFailedException(new ImportProblem(input.DisplayName, 1, null, Messages.UnknownFormat));
    }

    /// <summary>Reads the file as <paramref name="format"/>; null for a metadata file that holds no figures.</summary>
    private static RawTable? ReadTable(InputFile input, ImportFormat format, string? directory, ReadBudget budget)
    {
        switch (format)
        {
            case ImportFormat.KwbXlsx:
                return XlsxReader.Read(input.Bytes, budget);
            case ImportFormat.GeoPackage:
                return GeoPackageReader.Read(input.Bytes, budget);
            case ImportFormat.Shapefile:
                return ShapefileReader.Read(input.Bytes, budget);
            case ImportFormat.GeoJson:
            case ImportFormat.TopoJson:
            case ImportFormat.ODataJson:
                using (var doc = ParseJson(input, budget))
                {
                    try
                    {
                        return ReadJson(doc, input, format, directory, budget);
                    }
                    catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
                    {
                        // JSON that parses but has the wrong shape (a string where a number or object belongs).
                        throw new ImportFailedException(new ImportProblem(input.DisplayName, null, null,
                            string.Format(Messages.Culture, Messages.InvalidJson, e.Message)));
                    }
                }

            default:
                return DelimitedReader.Read(input.Text(), format, budget);
        }
    }

    private static RawTable? ReadJson(JsonDocument doc, InputFile input, ImportFormat format, string? directory, ReadBudget budget)
    {
        if (format == ImportFormat.TopoJson)
        {
            return TopoJsonReader.IsTopology(doc.RootElement)
                ? TopoJsonReader.Read(doc.RootElement, budget)
                : throw new ImportFailedException(new ImportProblem(input.DisplayName, 1, "type", Messages.UnknownFormat));
        }

        if (format == ImportFormat.GeoJson)
        {
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("features", out var f)
                   && f.ValueKind == JsonValueKind.Array
                ? GeoJsonReader.Read(doc.RootElement, budget)
                : throw new ImportFailedException(new ImportProblem(input.DisplayName, 1, "features", Messages.UnknownFormat));
        }

        return ODataJsonReader.IsMetadata(doc.RootElement)
            ? null
            : ODataJsonReader.Read(doc.RootElement, budget, directory);
    }

    private static JsonDocument ParseJson(InputFile input, ReadBudget budget)
    {
        var text = input.Text();
        JsonDepth.Check(text, budget);
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = budget.Limits.MaxJsonDepth });
        }
        catch (JsonException e)
        {
            throw new ImportFailedException(new ImportProblem(input.DisplayName, (int?)e.LineNumber + 1, null,
                string.Format(Messages.Culture, Messages.InvalidJson, e.Message.Split(" LineNumber", 2)[0])));
        }
    }

    /// <summary>
    /// A header field (before a ';') that is an OData key such as <c>aantalinwoners_5</c>, quoted or not.
    /// One pass over the line: a regular expression for this backtracked quadratically over a long first line.
    /// </summary>
    internal static bool HasODataKey(string header)
    {
        var start = 0;
        for (var end = header.IndexOf(';', StringComparison.Ordinal); end >= 0; start = end + 1, end = header.IndexOf(';', start))
        {
            var field = header.AsSpan(start, end - start);
            if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
            {
                field = field[1..^1];
            }

            var underscore = field.LastIndexOf('_');
            if (underscore > 0 && underscore < field.Length - 1
                && field[..underscore].IndexOfAnyExcept(KeyCharacters) < 0 && field[(underscore + 1)..].IndexOfAnyExceptInRange('0', '9') < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A single 4-digit year in the file name ("kwb-2024.xlsx", "..._buurt_2023_14102024_..."), else the year
    /// of a KWB table id in it ("cbs_buurt_namen_85984.csv": 85984NED is KWB 2024).
    /// </summary>
    internal static int? YearFromName(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var years = FileNameYear().Matches(stem).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (years.Count == 1)
        {
            return int.Parse(years[0], CultureInfo.InvariantCulture);
        }

        var tables = TableId().Matches(stem).Select(m => KwbTables.YearOf(m.Groups[1].Value)).OfType<int>().Distinct().ToList();
        return years.Count == 0 && tables.Count == 1 ? tables[0] : null;
    }

    /// <summary>
    /// The source a file's figures are stored under: KWB; "kwb-geo" for the KWB attributes carried
    /// by boundary files (rounded copies, so they never overrule the KWB table itself); or the
    /// StatLine table a CSV came from.
    /// </summary>
    private static string DatasetOf(RawTable table)
    {
        if (table.Format is ImportFormat.GeoJson or ImportFormat.TopoJson or ImportFormat.GeoPackage or ImportFormat.Shapefile)
        {
            return "kwb-geo";
        }

        if (table.Format != ImportFormat.StatLineCsv)
        {
            return "kwb";
        }

        var header = string.Join('|', table.Header).ToLowerInvariant();
        return header.Contains("ses-woa", StringComparison.Ordinal) ? "ses-woa"
            : header.Contains("afstand tot", StringComparison.Ordinal) && !header.Contains("aantal inwoners", StringComparison.Ordinal) ? "nabijheid"
            : "kwb";
    }

    private static ParsedFile Metadata(InputFile input) =>
        new(input.DisplayName, input.Sha256, ImportFormat.ODataJson, "kwb", [], [], [], [], [], [], IsMetadata: true);

    private static ParsedFile Failed(string file, ImportProblem problem) =>
        new(file, string.Empty, null, string.Empty, [], [], [], [], [], [problem]);

    /// <summary>The file code 9994 (big-endian) that opens every .shp and .shx.</summary>
    private static ReadOnlySpan<byte> ShpMagic => [0x00, 0x00, 0x27, 0x0a];

    private static readonly System.Buffers.SearchValues<char> KeyCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789");

    [GeneratedRegex("(?<![0-9])(19[89][0-9]|20[0-3][0-9])(?![0-9])")]
    private static partial Regex FileNameYear();

    [GeneratedRegex("(?<![0-9])([0-9]{5})(?:NED)?(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex TableId();


}
