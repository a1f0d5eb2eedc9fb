using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Data.Import;
using Wijkmix.Data.Store;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix import FILE…</c>: reads and validates every file, then stores all of them in one transaction or none.</summary>
internal static class ImportCommand
{
    private static readonly Dictionary<string, ImportFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["statline"] = ImportFormat.StatLineCsv,
        ["odata-csv"] = ImportFormat.ODataCsv,
        ["odata-json"] = ImportFormat.ODataJson,
        ["kwb-xlsx"] = ImportFormat.KwbXlsx,
        ["kwb-csv"] = ImportFormat.KwbCsv,
        ["geojson"] = ImportFormat.GeoJson,
        ["topojson"] = ImportFormat.TopoJson,
        ["gpkg"] = ImportFormat.GeoPackage,
        ["shapefile"] = ImportFormat.Shapefile,
    };

    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var files = new Argument<string[]>("files") { Description = Strings.FilesArgument, Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = Strings.FormatOption };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var year = new Option<int?>("--year") { Description = Strings.YearOption };
        var replace = new Option<bool>("--replace") { Description = Strings.ReplaceOption };
        var maxSize = new Option<int>("--max-size") { Description = Strings.MaxSizeOption, DefaultValueFactory = _ => 256 };
        var command = new Command("import", Strings.ImportDescription) { files, format, year, replace, maxSize };
        command.Subcommands.Add(LeefbaarometerCommand.Create(session));
        command.SetAction(parse =>
        {
            var options = new ImportOptions
            {
                Format = parse.GetValue(format) is { } f ? Formats[f] : null,
                Year = parse.GetValue(year),
                MaxBytes = parse.GetValue(maxSize) * 1024L * 1024L,
            };
            return Run(session(parse), parse.GetValue(files)!, options, parse.GetValue(replace));
        });
        return command;
    }

    internal static int Run(CliSession session, string[] paths, ImportOptions options, bool replace)
    {
        var console = session.Console;
        var parsed = new List<ParsedFile>();
        if (console.Profile.Capabilities.Interactive)
        {
            console.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask(Strings.ImportSummaryTitle, maxValue: paths.Length);
                foreach (var path in paths)
                {
                    task.Description = Markup.Escape(Path.GetFileName(path));
                    parsed.Add(Importer.Read(path, options));
                    task.Increment(1);
                }
            });
        }
        else
        {
            parsed.AddRange(paths.Select(p => Importer.Read(p, options)));
        }

        var invalid = parsed.Where(p => !p.IsValid).ToList();
        var results = invalid.Count == 0 ? session.Store.StoreAll(parsed.Where(p => !p.IsMetadata).ToList(), replace) : [];
        var table = SummaryTable(Strings.ImportSummaryTitle, parsed, results);
        console.Write(table);
        foreach (var file in parsed.Where(p => p.IsValid && p.SkippedColumns.Count > 0))
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.SkippedColumns,
                file.FileName, file.SkippedColumns.Count, string.Join(", ", file.SkippedDetails.Take(12)) + (file.SkippedColumns.Count > 12 ? ", …" : string.Empty)));
        }

        foreach (var note in parsed.SelectMany(p => p.Notes.Select(n => $"{p.FileName}: {n}")))
        {
            console.Note(note);
        }

        var conflicts = results.Where(r => r.Conflict is not null).Select(r => r.Conflict!).ToList();
        if (invalid.Count == 0 && conflicts.Count == 0)
        {
            return 0;
        }

        console.Fail(Strings.Problems);
        foreach (var problem in invalid.SelectMany(p => p.Problems))
        {
            console.WriteLine("  " + problem);
        }

        foreach (var c in conflicts)
        {
            console.WriteLine("  " + c);
        }

        console.Fail(Strings.NothingStored);
        return 1;
    }

    /// <summary>One row per file read: what it holds and what storing did (shared with <c>download</c>).</summary>
    internal static Table SummaryTable(string title, IReadOnlyList<ParsedFile> parsed, IReadOnlyList<StoreResult> results)
    {
        var byFile = new Queue<StoreResult>(results);
        var table = new Table().Title(title)
            .AddColumns(Strings.ColFile, Strings.ColFormat, Strings.ColAreas, Strings.ColVariables, Strings.ColYears,
                Strings.ColObservations, Strings.ColSuppressed, Strings.ColResult);
        foreach (var file in parsed)
        {
            var result = file.IsValid && !file.IsMetadata && byFile.Count > 0 ? byFile.Dequeue() : null;
            table.AddRow(
                Markup.Escape(file.FileName),
                file.Format?.ToString() ?? "?",
                Count(file.Areas.Select(a => a.Code).Distinct().Count()),
                Count(file.VariableCount),
                Formatting.Years(file.Years),
                Count(file.Observations.Count),
                Count(file.SuppressedCells),
                Markup.Escape(Outcome(file, result)));
        }

        return table;
    }

    private static string Outcome(ParsedFile file, StoreResult? result) => result?.Status switch
    {
        _ when !file.IsValid => Strings.ResultRefused,
        _ when file.IsMetadata => Strings.ResultMetadata,
        null or StoreStatus.RolledBack => Strings.ResultNotStored,
        StoreStatus.Stored when result.Replaced > 0 => string.Format(CultureInfo.CurrentCulture, Strings.ResultReplaced, result.Replaced),
        StoreStatus.Stored => Strings.ResultStored,
        StoreStatus.AlreadyImported => Strings.ResultAlready,
        _ => Strings.ResultRefused,
    };

    private static string Count(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
