using System.CommandLine;
using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.Indicators;
using Wijkmix.Monitor.Mix;
using Wijkmix.Monitor.Requests;
using Wijkmix.Monitor.Tables;

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
            var grouping = SegregationQuestion.Grouping(parse.GetValue(by), ChoicePolicy.Strict);
            if (!grouping.IsAnswered)
            {
                s.Console.Fail(Message(grouping.Problem));
                return WijkmixApp.UsageError;
            }

            if (s.ResolveArea(parse.GetValue(area)!, AreaLevel.Municipality) is not { } city)
            {
                return 1;
            }

            // The comparison year is checked when its report is built, so the first year is shown either way.
            var choice = SegregationQuestion.Check(s.Views, city, grouping.Value, parse.GetValue(level), parse.GetValue(within), parse.GetValue(year),
                null, parse.GetValue(bootstrap), ChoicePolicy.Strict, parse.GetValue(seed));
            if (!choice.IsValid)
            {
                s.Console.Fail(Message(choice.Problem));
                return choice.Problem.Kind == ProblemKind.WithinNotCoarser ? WijkmixApp.UsageError : 1;
            }

            var names = s.Store.AreasWithin(city.Code, choice.Level).Where(a => a.Name is not null).ToDictionary(a => a.Code.Value, a => a.Name!);
            var view = new SegregationView(s.Console, city.DisplayName, names);
            return Show(s, view, choice.Request, parse.GetValue(compareYear), parse.GetValue(output));
        });
        return command;
    }

    /// <summary>Shows each year as soon as it is computed, so a failing comparison year still leaves the first on screen.</summary>
    private static int Show(CliSession s, SegregationView view, SegregationRequest request, int? compareYear, string? output)
    {
        var before = SegregationQuestion.Report(s.Store, request);
        if (!before.IsAnswered)
        {
            return Failed(s, before.Problem);
        }

        view.Show(before.Value);
        var export = ViewTables.Segregation(before.Value, componentName: SegregationView.ComponentLabel);
        if (compareYear is { } second)
        {
            var after = SegregationQuestion.Report(s.Store, request with { Year = second });
            if (!after.IsAnswered)
            {
                return Failed(s, after.Problem);
            }

            view.Show(after.Value);
            view.ShowChange(before.Value, after.Value);
            var change = SegregationQuestion.Change(before.Value, after.Value);
            if (!change.IsAnswered)
            {
                return Failed(s, change.Problem);
            }

            view.ShowChangeParts(before.Value, after.Value, change.Value);
            export = ViewTables.Segregation(after.Value, before.Value, change.Value, SegregationView.ComponentLabel);
        }

        return s.WriteOutput(export, output) ? 0 : 1;
    }

    private static int Failed(CliSession s, RequestProblem problem)
    {
        s.Console.Fail(Message(problem));
        return 1;
    }

    /// <summary>The command line words a problem in its own terms (it names its options); the decision is the monitor's.</summary>
    private static string Message(RequestProblem problem) => problem.Kind switch
    {
        ProblemKind.UnknownGrouping => Format(Strings.SegUnknownGrouping, problem.Arguments[0], problem.Arguments[1]),
        ProblemKind.WithinNotCoarser => Format(Strings.SegWithinNotCoarser,
            Formatting.LevelPlural((AreaLevel)problem.Arguments[0]!), Formatting.Level((AreaLevel)problem.Arguments[1]!)),
        ProblemKind.NoYearWithFigures => Format(Strings.SegNoYear, ((Grouping)problem.Arguments[0]!).Name, Formatting.Level((AreaLevel)problem.Arguments[1]!),
            ((Area)problem.Arguments[2]!).DisplayName) + " " + Format(Strings.AvailableYears, Formatting.Years((IReadOnlyList<int>)problem.Arguments[3]!)),
        ProblemKind.AnalysisFailed => Format(Strings.SegError, problem.Arguments[0]),
        _ => problem.Message,
    };

    private static string Format(string format, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, format, arguments);
}
