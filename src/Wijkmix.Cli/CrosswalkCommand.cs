using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Data.Crosswalk;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix crosswalk --from 2019 --to 2022 --level gemeente [GEMEENTE…]</c>: estimates the later division's
/// areas for earlier years from the stored boundaries, stores the estimates in one transaction and summarises.
/// </summary>
internal static class CrosswalkCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var from = new Option<int>("--from") { Description = Strings.CrosswalkFromOption, Required = true };
        var to = new Option<int>("--to") { Description = Strings.CrosswalkToOption, Required = true };
        var level = new Option<string>("--level") { Description = Strings.CrosswalkLevelOption, DefaultValueFactory = _ => "gemeente" };
        level.AcceptOnlyFromAmong("gemeente", "wijk", "buurt");
        var municipalities = new Argument<string[]>("gemeente") { Description = Strings.CrosswalkMunicipalitiesArgument, Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("crosswalk", Strings.CrosswalkDescription) { from, to, level, municipalities };
        command.SetAction(parse =>
        {
            var s = session(parse);
            var (fromYear, toYear) = (parse.GetValue(from), parse.GetValue(to));
            if (fromYear >= toYear)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkYearsOrder, fromYear, toYear));
                return WijkmixApp.UsageError;
            }

            var scope = new List<AreaCode>();
            foreach (var name in parse.GetValue(municipalities) ?? [])
            {
                if (s.ResolveArea(name, AreaLevel.Municipality) is not { } gemeente)
                {
                    return 1;
                }

                scope.Add(gemeente.Code);
            }

            var areaLevel = AreasCommand.ParseLevel(parse.GetValue(level))!.Value;
            if (CrosswalkRun.Run(s.Store, areaLevel, fromYear, toYear, scope) is not { } summary)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkNoBoundaries, Formatting.Level(areaLevel), fromYear, toYear));
                return 1;
            }

            Render(s.Console, summary);
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CrosswalkSummary summary)
    {
        console.MarkupLine("[bold]" + Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkTitle,
            Formatting.LevelPlural(summary.From.Level), summary.From.Year, summary.To.Year)) + "[/]");
        var table = new Table().AddColumns(Strings.ColCrosswalkLevel, Strings.ColCrosswalkFrom, Strings.ColCrosswalkTo, Strings.ColJoined,
            Strings.ColSplit, Strings.ColMerged, Strings.ColEstimated, Strings.ColPartlyCovered);
        foreach (var l in summary.Levels)
        {
            table.AddRow(Formatting.LevelPlural(l.Table.To.Level), Number(l.FromAreas), Number(l.ToAreas), Number(l.Joined), Number(l.Split),
                Number(l.Merged), Number(l.Estimated), Number(l.Set.PartlyCovered));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkStored, Number(summary.Stored))));
        var refused = summary.Levels.SelectMany(l => l.Set.Refused).Select(r => r.VariableId).Distinct(StringComparer.Ordinal).ToList();
        if (refused.Count > 0)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkRefused, string.Join(", ", refused)));
        }

        if (summary.Levels.Sum(l => l.Set.Incomplete) is > 0 and var incomplete)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkIncomplete, Number(incomplete)));
        }

        if (summary.Uncovered.Count > 0)
        {
            console.Warn(string.Format(CultureInfo.CurrentCulture, Strings.CrosswalkUncovered, summary.Uncovered.Count,
                string.Join(", ", summary.Uncovered.Take(10).Select(c => c.Value)) + (summary.Uncovered.Count > 10 ? ", …" : string.Empty)));
        }

        console.Note(Strings.CrosswalkRule);
        foreach (var l in summary.Levels)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.LegendEstimated, Formatting.Estimate(l.Set.Method.Code)));
        }
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
