using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix areas QUERY</c>: find areas by name or code, forgiving typos.</summary>
internal static class AreasCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var query = new Argument<string>("query") { Description = Strings.QueryArgument };
        var level = LevelOption();
        var command = new Command("areas", Strings.AreasDescription) { query, level };
        command.SetAction(parse =>
        {
            var s = session(parse);
            var text = parse.GetValue(query)!;
            var matches = AreaSearch.Find(s.Store.AllAreas(), text, ParseLevel(parse.GetValue(level)));
            if (matches.Count == 0)
            {
                s.Console.Warn(string.Format(CultureInfo.CurrentCulture, Strings.NoMatches, text));
                return 1;
            }

            var table = new Table().AddColumns(Strings.ColCode, Strings.ColName, Strings.ColLevel, Strings.ColMunicipality, Strings.ColYears);
            foreach (var match in matches)
            {
                var a = match.Area;
                table.AddRow(Markup.Escape(a.Code.Value), Markup.Escape(a.DisplayName), Formatting.Level(a.Level), Markup.Escape(a.MunicipalityName ?? string.Empty), Formatting.Years(a.Years));
            }

            s.Console.Write(table);
            return 0;
        });
        return command;
    }

    public static Option<string?> LevelOption()
    {
        var level = new Option<string?>("--level") { Description = Strings.LevelOption };
        level.AcceptOnlyFromAmong("gemeente", "wijk", "buurt");
        return level;
    }

    public static AreaLevel? ParseLevel(string? text) => text switch
    {
        "gemeente" => AreaLevel.Municipality,
        "wijk" => AreaLevel.District,
        "buurt" => AreaLevel.Neighbourhood,
        _ => null,
    };

    /// <summary>The <c>--level</c> word for <paramref name="level"/> (the inverse of <see cref="ParseLevel"/>).</summary>
    public static string LevelKey(AreaLevel level) => level switch
    {
        AreaLevel.Municipality => "gemeente",
        AreaLevel.District => "wijk",
        _ => "buurt",
    };
}
