using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Demo;
using Wijkmix.Data.Export;
using Wijkmix.Data.Store;
using Wijkmix.Monitor.Answers;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Cli;

/// <summary>What every command needs: the console, the store (loaded with the bundled data on first use) and area look-up.</summary>
internal sealed class CliSession(IAnsiConsole console, string storePath, bool withoutDemo) : IDisposable
{
    private WijkmixStore? _store;
    private MonitorViews? _views;

    public IAnsiConsole Console { get; } = console;

    public string StorePath { get; } = storePath;

    public WijkmixStore Store => _store ??= OpenStore();

    /// <summary>The monitor's questions over <see cref="Store"/>, so a command checks a question as the web app does.</summary>
    public MonitorViews Views => _views ??= new MonitorViews(new MonitorData(Store));

    public void Dispose() => _store?.Dispose();

    private WijkmixStore OpenStore()
    {
        var store = WijkmixStore.Open(StorePath);
        if (store.IsEmpty && !withoutDemo)
        {
            Console.Note(string.Format(CultureInfo.CurrentCulture, Strings.FirstUse, store.Path));
            BundledData.ImportInto(store, (file, _) =>
                Console.Note("  " + string.Format(CultureInfo.CurrentCulture, Strings.Loaded, file)));
        }

        return store;
    }

    /// <summary>Finds one area by code or (fuzzy) name; tells which one was chosen when several match.</summary>
    public Area? ResolveArea(string query, AreaLevel? level = null)
    {
        if (AreaCode.TryParse(query, out var code) && Store.FindArea(code) is { } exact)
        {
            return exact;
        }

        var matches = AreaSearch.Find(Store.AllAreas(), query, level, limit: 6);
        if (matches.Count == 0)
        {
            Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.AreaNotFound, query));
            return null;
        }

        var best = matches[0];
        var others = matches.Skip(1).Where(m => m.Score >= best.Score - 100).ToList();
        if (others.Count > 0 && best.Score < 900)
        {
            Console.Warn(string.Format(CultureInfo.CurrentCulture, Strings.AreaChosen,
                Describe(best.Area), string.Join("; ", others.Select(o => Describe(o.Area)))));
        }

        return best.Area;
    }

    public static string Describe(Area area) =>
        $"{area.DisplayName} ({area.Code.Value}, {Formatting.Level(area.Level)}{(area.Level > AreaLevel.Municipality && area.MunicipalityName is { } m ? " " + m : string.Empty)})";

    /// <summary>Writes an export when --output was given; false (with a message) for an unknown extension.</summary>
    /// <summary>
    /// Writes <paramref name="table"/> to <paramref name="path"/> in the format <paramref name="formatName"/> names (csv, csv-nl,
    /// xlsx, json) or else its extension says; values rounded as CBS publishes them, headers of XLSX and Dutch CSV in the --lang language.
    /// </summary>
    public bool WriteOutput(TidyTable table, string? path, string? formatName = null)
    {
        if (path is null)
        {
            return true;
        }

        if (formatName is not null && TidyTableWriter.Parse(formatName) is null)
        {
            Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.UnknownExportFormat, formatName, string.Join(", ", TidyTableWriter.FormatNames)));
            return false;
        }

        if ((TidyTableWriter.Parse(formatName) ?? TidyTableWriter.FormatOf(path)) is not { } format)
        {
            Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.UnknownExtension, path));
            return false;
        }

        table.Write(path, format, ExportOptions.Current with { Variables = ExportVariablesOfIndicators });
        Console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.Written, path, table.Rows.Count)));
        return true;
    }

    public static Option<string?> OutputOption() => new("--output", "-o") { Description = Strings.OutputOption };

    /// <summary>--format: csv (international), csv-nl (Dutch Excel), xlsx or json, instead of the one the file's extension says.</summary>
    public static Option<string?> FormatOption() => new("--format") { Description = Strings.FormatOption };

    /// <summary>Every stored variable and the monitor's indicators, with unit, source and definition.</summary>
    private static readonly IReadOnlyDictionary<string, ExportVariable> ExportVariablesOfIndicators = ExportVariables.With(IndicatorSet.All.Select(i =>
        ExportVariables.Indicator(i.Id, i.NameNl, i.NameEn, i.Unit, i.DirectVariable, i.Numerator, i.Denominator, i.Factor)));
}
