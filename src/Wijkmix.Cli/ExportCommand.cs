using System.CommandLine;
using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Monitor.Tables;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix export AREA -o FILE</c>: stored figures of an area and the areas below it, in tidy long form.</summary>
internal static class ExportCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var area = new Argument<string>("area") { Description = Strings.AreaArgument };
        var level = AreasCommand.LevelOption();
        var variables = new Option<string?>("--variables") { Description = Strings.VariablesOption };
        var years = new Option<string?>("--years") { Description = Strings.YearsOption };
        var allSources = new Option<bool>("--all-sources") { Description = Strings.AllSourcesOption };
        var output = CliSession.OutputOption();
        output.Required = true;
        var format = CliSession.FormatOption();
        var command = new Command("export", Strings.ExportDescription) { area, level, variables, years, allSources, output, format };
        command.SetAction(parse =>
        {
            var s = session(parse);
            if (s.ResolveArea(parse.GetValue(area)!) is not { } found)
            {
                return 1;
            }

            var areaLevel = AreasCommand.ParseLevel(parse.GetValue(level)) ?? found.Level;
            var wanted = parse.GetValue(variables)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            HashSet<int>? yearFilter = null;
            foreach (var text in parse.GetValue(years)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
            {
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.InvalidYearList, text));
                    return WijkmixApp.UsageError;
                }

                (yearFilter ??= []).Add(year);
            }
            var table = ViewTables.Stored(s.Store, found, areaLevel, wanted, yearFilter, parse.GetValue(allSources));
            return s.WriteOutput(table, parse.GetValue(output), parse.GetValue(format)) ? 0 : 1;
        });
        return command;
    }
}
