using System.CommandLine;
using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Tables;
using Wijkmix.Segregation;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix segregation --by education --level buurt --within wijk --year 2019 Amsterdam</c>: reads the options,
/// lets <see cref="SegregationReport"/> compute and <see cref="SegregationView"/> show.
/// </summary>
internal static class SegregationCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var area = new Argument<string>("municipality") { Description = Strings.MunicipalityArgument };
        var by = new Option<string>("--by") { Description = Strings.SegByOption, DefaultValueFactory = _ => "education" };
        var level = AreasCommand.LevelOption();
        var within = new Option<string?>("--within") { Description = Strings.SegWithinOption };
        within.AcceptOnlyFromAmong("wijk", "gemeente");
        var year = new Option<int?>("--year") { Description = Strings.SegYearOption };
        var compareYear = new Option<int?>("--compare-year") { Description = Strings.SegCompareYearOption };
        var bootstrap = new Option<int>("--bootstrap") { Description = Strings.SegBootstrapOption, DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = Strings.SegSeedOption, DefaultValueFactory = _ => 1 };
        var output = CliSession.OutputOption();
        var command = new Command("segregation", Strings.SegDescription) { area, by, level, within, year, compareYear, bootstrap, seed, output };
        command.SetAction(parse =>
        {
            var s = session(parse);
            if (Grouping.Find(parse.GetValue(by)!) is not { } grouping)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegUnknownGrouping, parse.GetValue(by), string.Join(", ", Grouping.All.Select(g => g.Id))));
                return WijkmixApp.UsageError;
            }

            if (s.ResolveArea(parse.GetValue(area)!, AreaLevel.Municipality) is not { } city)
            {
                return 1;
            }

            var unitLevel = AreasCommand.ParseLevel(parse.GetValue(level)) ?? AreaLevel.Neighbourhood;
            var parentLevel = parse.GetValue(within) switch
            {
                "gemeente" => AreaLevel.Municipality,
                "wijk" => AreaLevel.District,
                _ => SegregationRequest.DefaultParent(unitLevel),
            };
            if (parentLevel >= unitLevel)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegWithinNotCoarser, Formatting.LevelPlural(unitLevel), Formatting.Level(parentLevel)));
                return WijkmixApp.UsageError;
            }

            var years = SegregationReport.YearsWith(s.Store, city.Code, unitLevel, grouping);
            var first = parse.GetValue(year) ?? (years.Count > 0 ? years[^1] : 0);
            if (!years.Contains(first))
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegNoYear, grouping.Name, Formatting.Level(unitLevel), city.DisplayName)
                    + " " + string.Format(CultureInfo.CurrentCulture, Strings.AvailableYears, Formatting.Years(years)));
                return 1;
            }

            try
            {
                var names = s.Store.AreasWithin(city.Code, unitLevel).Where(a => a.Name is not null).ToDictionary(a => a.Code.Value, a => a.Name!);
                var view = new SegregationView(s.Console, city.DisplayName, names);
                SegregationReport Report(int y) => SegregationReport.Build(s.Store,
                    new SegregationRequest(city.Code, grouping, unitLevel, parentLevel, y, parse.GetValue(bootstrap), parse.GetValue(seed)));

                // Each year is shown as soon as it is computed, so a failing comparison year still leaves the first on screen.
                var before = Report(first);
                view.Show(before);
                var export = ViewTables.Segregation(before, componentName: SegregationView.ComponentLabel);
                if (parse.GetValue(compareYear) is { } second)
                {
                    var after = Report(second);
                    view.Show(after);
                    view.ShowChange(before, after);
                    var change = SegregationReport.ChangeBetween(before, after);
                    view.ShowChangeParts(before, after, change);
                    export = ViewTables.Segregation(after, before, change, SegregationView.ComponentLabel);
                }

                return s.WriteOutput(export, parse.GetValue(output)) ? 0 : 1;
            }
            catch (SegregationInputException e)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SegError, e.Message));
                return 1;
            }
        });
        return command;
    }
}
