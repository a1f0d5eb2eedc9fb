using System.CommandLine;
using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Export;

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
        var output = CliSession.OutputOption();
        output.Required = true;
        var command = new Command("export", Strings.ExportDescription) { area, level, variables, years, output };
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
            var names = s.Store.AreasWithin(found.Code, areaLevel).Append(found).DistinctBy(a => a.Code).ToDictionary(a => a.Code, a => a.Name);
            var table = new TidyTable(["area_code", "area_name", "level", "year", "variable", "value", "status", "source"]);
            foreach (var (o, source) in s.Store.GetWithin(found.Code, areaLevel, wanted)
                         .Where(x => yearFilter is null || yearFilter.Contains(x.Observation.Year))
                         .OrderBy(x => x.Observation.Area.Value, StringComparer.Ordinal).ThenBy(x => x.Observation.Year)
                         .ThenBy(x => x.Observation.VariableId, StringComparer.Ordinal))
            {
                table.Add(o.Area.Value, names.GetValueOrDefault(o.Area), LevelCode(o.Area.Level), o.Year, o.VariableId, o.Value,
                    o.Value is null ? "suppressed" : "published", source);
            }

            return s.WriteOutput(table, parse.GetValue(output)) ? 0 : 1;
        });
        return command;
    }

    private static string LevelCode(AreaLevel level) => level switch
    {
        AreaLevel.Country => "land",
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        AreaLevel.Neighbourhood => "buurt",
        _ => "eenheid",
    };
}
