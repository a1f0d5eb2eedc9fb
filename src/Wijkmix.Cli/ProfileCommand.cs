using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.Factsheet;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Tables;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix profile AREA [--year]</c>: the factsheet of an area beside its gemeente and Nederland.</summary>
internal static class ProfileCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var area = new Argument<string>("area") { Description = Strings.AreaArgument };
        var year = new Option<int?>("--year") { Description = Strings.ProfileYearOption };
        var output = CliSession.OutputOption();
        var command = new Command("profile", Strings.ProfileDescription) { area, year, output };
        command.SetAction(parse =>
        {
            var s = session(parse);
            if (s.ResolveArea(parse.GetValue(area)!) is not { } found)
            {
                return 1;
            }

            var answer = ProfileQuestion.Answer(s.Views, found, parse.GetValue(year));
            if (!answer.IsAnswered)
            {
                // Worded as the command line words it; the decision and its arguments (area, year, years) are the monitor's.
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.NoFiguresForYear,
                    found.DisplayName, answer.Problem.Arguments[1], Formatting.Years(found.Years)));
                return 1;
            }

            var profile = answer.Value.Profile;
            Render(s.Console, profile);
            return s.WriteOutput(ViewTables.Profile(profile), parse.GetValue(output)) ? 0 : 1;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, AreaProfile profile)
    {
        var a = profile.Area;
        var title = profile.Municipality is { } m
            ? string.Format(CultureInfo.CurrentCulture, Strings.ProfileTitle, a.DisplayName, a.Code.Value, Formatting.Level(a.Level), m.DisplayName, profile.Year)
            : string.Format(CultureInfo.CurrentCulture, Strings.ProfileTitleTop, a.DisplayName, a.Code.Value, Formatting.Level(a.Level), profile.Year);
        console.MarkupLine("[bold]" + Markup.Escape(title) + "[/]");
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.AvailableYears, Formatting.Years(profile.AvailableYears))));

        var previousYears = profile.Rows.Select(r => r.PreviousYear).OfType<int>().Distinct().ToList();
        var changeHeader = previousYears.Count switch
        {
            0 => Strings.ColChangeNone,
            1 => string.Format(CultureInfo.CurrentCulture, Strings.ColChange, previousYears[0]),
            _ => string.Format(CultureInfo.CurrentCulture, Strings.ColChange, "…"),
        };
        var table = new Table()
            .AddColumn(Strings.ColIndicator)
            .AddColumn(new TableColumn(Markup.Escape(a.DisplayName)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(changeHeader)).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape(profile.Municipality?.DisplayName ?? string.Empty)).RightAligned())
            .AddColumn(new TableColumn(Strings.ColNetherlands).RightAligned());
        var theme = string.Empty;
        foreach (var row in profile.Rows)
        {
            if (row.Indicator.Theme != theme && theme.Length > 0)
            {
                table.AddEmptyRow();
            }

            theme = row.Indicator.Theme;
            var unit = row.Indicator.Unit;
            var change = Formatting.Change(row.Change, unit) + (row.PreviousYear is { } p && previousYears.Count > 1 ? $" ({p})" : string.Empty);
            table.AddRow(
                Markup.Escape(row.Indicator.Name),
                Markup.Escape(Formatting.Figure(row.Value, unit)),
                Markup.Escape(change),
                Markup.Escape(profile.Municipality is null ? string.Empty : Formatting.Figure(row.Municipality, unit)),
                Markup.Escape(Formatting.Figure(row.Country, unit)));
        }

        console.Write(table);
        console.Note(Strings.LegendSuppressed);
        console.Note(Strings.LegendComputed);
        foreach (var method in profile.Rows.SelectMany(r => new[] { r.Value, r.Previous, r.Municipality }).Select(f => f.Estimate).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.LegendEstimated, Formatting.Estimate(method)));
        }

        if (profile.Rows.FirstOrDefault(r => r.CountryMunicipalities > 0) is { } national)
        {
            console.Note(string.Format(CultureInfo.CurrentCulture, Strings.LegendNational, national.CountryMunicipalities));
        }

        console.Note(Strings.LegendChange);
        console.Note(Strings.SourceCredit);
    }
}
