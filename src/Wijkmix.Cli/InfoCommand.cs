using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Data.Demo;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix info</c>: where the store is and what it holds.</summary>
internal static class InfoCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var command = new Command("info", Strings.InfoDescription);
        command.SetAction(parse =>
        {
            var s = session(parse);
            var info = s.Store.Info();
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(Strings.InfoStore, Markup.Escape(info.Path));
            grid.AddRow(Strings.InfoSchema, info.SchemaVersion.ToString(CultureInfo.InvariantCulture));
            grid.AddRow(Strings.InfoData, Markup.Escape(BundledData.Directory));
            grid.AddRow(Strings.InfoObservations, $"{info.Observations.ToString("N0", CultureInfo.CurrentCulture)} ({Strings.InfoSuppressed} {info.Suppressed.ToString("N0", CultureInfo.CurrentCulture)})");
            grid.AddRow(Strings.ColAreas, string.Join(", ", info.AreasByLevel.OrderBy(p => p.Key)
                .Select(p => $"{Formatting.Level(p.Key)} {p.Value.ToString("N0", CultureInfo.CurrentCulture)}")));
            grid.AddRow(Strings.InfoYears, Formatting.Years(info.Years));
            s.Console.Write(grid);
            var sources = new Table().Title(Strings.InfoSources).AddColumns(Strings.ColFile, Strings.ColDataset, Strings.ColFormat, Strings.ColObservations, Strings.ColImported);
            foreach (var source in info.Sources)
            {
                sources.AddRow(Markup.Escape(source.FileName), source.Dataset, source.Format ?? "?",
                    source.Observations.ToString("N0", CultureInfo.CurrentCulture), source.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            s.Console.Write(sources);
            return 0;
        });
        return command;
    }
}
