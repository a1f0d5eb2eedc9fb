using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Compass;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Tables;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix compare MUNICIPALITY</c>: the wijkkompas, with the rule behind every signal stated.</summary>
internal static class CompareCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var municipality = new Argument<string>("municipality") { Description = Strings.MunicipalityArgument };
        var level = AreasCommand.LevelOption();
        var indicators = new Option<string?>("--indicators") { Description = Strings.IndicatorsOption };
        var output = CliSession.OutputOption();
        var command = new Command("compare", Strings.CompareDescription) { municipality, level, indicators, output };
        command.SetAction(parse =>
        {
            var s = session(parse);
            var chosen = ChooseIndicators(s.Console, parse.GetValue(indicators));
            if (chosen is null)
            {
                return parse.GetValue(indicators) == "list" ? 0 : 1;
            }

            if (s.ResolveArea(parse.GetValue(municipality)!, AreaLevel.Municipality) is not { } city)
            {
                return 1;
            }

            if (city.Level != AreaLevel.Municipality)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.NotAMunicipality, CliSession.Describe(city)));
                return 1;
            }

            var result = CompassQuestion.Answer(s.Views, city.Code.Value, parse.GetValue(level), chosen).Value!;
            if (result.Rows.Count == 0)
            {
                s.Console.Warn(string.Format(CultureInfo.CurrentCulture, Strings.CompassNoData,
                    Formatting.Level(result.Level), city.DisplayName, city.Code.Value, AreasCommand.LevelKey(result.Level)));
                return 1;
            }

            Render(s.Console, result);
            return s.WriteOutput(ViewTables.Compass(result), parse.GetValue(output)) ? 0 : 1;
        });
        return command;
    }

    private static IReadOnlyList<Indicator>? ChooseIndicators(IAnsiConsole console, string? text)
    {
        var chosen = CompassQuestion.Indicators(text, ChoicePolicy.Strict);
        if (chosen.IsAnswered)
        {
            return chosen.Value;
        }

        // "list" is not an indicator: it asks for the list, which every unknown id shows too.
        if (chosen.Problem.Arguments[0] is not "list")
        {
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.UnknownIndicator, chosen.Problem.Arguments[0], string.Empty));
        }

        console.MarkupLine(Markup.Escape(Strings.IndicatorList));
        foreach (var i in IndicatorSet.All)
        {
            console.WriteLine($"  {i.Id,-32} {i.Name}");
        }

        return null;
    }

    private static void Render(IAnsiConsole console, CompassResult result)
    {
        console.MarkupLine("[bold]" + Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.CompassTitle,
            result.Municipality.DisplayName, Formatting.Level(result.Level))) + "[/]");
        foreach (var indicator in result.Indicators)
        {
            var rows = result.Rows.Where(r => r.Indicator == indicator).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var years = rows.Select(r => r.Year).Distinct().Order().ToList();
            var unit = indicator.Unit;
            var cityLine = string.Join("  ", years.Select(y => $"{y}: {Formatting.Figure(rows.First(r => r.Year == y).City, unit)}"));
            var table = new Table()
                .Title($"{Markup.Escape(indicator.Name)} — {Strings.CompassCity} {Markup.Escape(cityLine)}")
                .AddColumn(Strings.ColName);
            foreach (var y in years)
            {
                table.AddColumn(new TableColumn(y.ToString(CultureInfo.InvariantCulture)).RightAligned());
            }

            table.AddColumn(new TableColumn(Strings.ColGap).RightAligned())
                .AddColumn(new TableColumn(Strings.ColGapChange).RightAligned())
                .AddColumn(Strings.ColSignals);
            foreach (var area in rows.GroupBy(r => r.Area.Code).Select(g => g.ToList()))
            {
                // The latest year with a gap: a suppressed latest year should not hide the last known gap.
                var last = area.LastOrDefault(r => r.Gap is not null) ?? area[^1];
                var cells = new List<string> { Markup.Escape($"{last.Area.DisplayName} ({last.Area.Code.Value})") };
                cells.AddRange(years.Select(y => area.FirstOrDefault(r => r.Year == y) is { } r ? Markup.Escape(Formatting.Figure(r.Value, unit)) : Strings.NotAvailable));
                cells.Add(Markup.Escape(Formatting.Change(last.Gap, unit) + (last.Gap is null ? string.Empty : $" ({last.Year})")));
                cells.Add(Markup.Escape(Formatting.Change(last.GapChange, unit)));
                cells.Add(Signals(last.Flags));
                table.AddRow(cells.ToArray());
            }

            console.Write(table);
        }

        var rules = result.Rules;
        console.MarkupLine("[bold]" + Markup.Escape(Strings.RulesTitle) + "[/]");
        foreach (var rule in new[]
                 {
                     Strings.RuleCity,
                     string.Format(CultureInfo.CurrentCulture, Strings.RuleBehind, rules.PointsThreshold, rules.RelativeThreshold),
                     string.Format(CultureInfo.CurrentCulture, Strings.RuleWidening, rules.WideningPoints, rules.WideningRelative),
                     string.Format(CultureInfo.CurrentCulture, Strings.RuleSmall, rules.MinimumInhabitants),
                     Strings.LegendSuppressed,
                     Strings.LegendComputed,
                 }.Concat(result.Rows.Select(r => r.Value.Estimate).OfType<string>().Distinct(StringComparer.Ordinal)
                     .Select(m => string.Format(CultureInfo.CurrentCulture, Strings.LegendEstimated, Formatting.Estimate(m)))))
        {
            console.MarkupLine("- " + Markup.Escape(rule));
        }

        console.Note(Strings.SourceCredit);
    }

    private static string Signals(CompassSignals flags)
    {
        var words = new List<string>();
        if (flags.HasFlag(CompassSignals.FallingBehind))
        {
            words.Add("[red]" + Strings.SignalBehind + "[/]");
        }

        if (flags.HasFlag(CompassSignals.GapWidening))
        {
            words.Add("[yellow]" + Strings.SignalWidening + "[/]");
        }

        if (flags.HasFlag(CompassSignals.TooSmall))
        {
            words.Add("[grey]" + Strings.SignalSmall + "[/]");
        }

        return string.Join(", ", words);
    }
}
