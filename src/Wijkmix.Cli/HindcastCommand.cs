using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix hindcast GM0363 --from 2019 --to 2021</c>: the simulator's baseline started from a past KWB year, compared
/// buurt by buurt with what CBS published later, beside the naive forecast "nothing changes".
/// </summary>
internal static class HindcastCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var area = new Argument<string>("municipality") { Description = Strings.MunicipalityArgument };
        var from = new Option<int>("--from") { Description = Strings.HindcastFromOption, Required = true };
        var to = new Option<int>("--to") { Description = Strings.HindcastToOption, Required = true };
        var replicates = new Option<int>("--replicates", "-r") { Description = Strings.SimReplicatesOption, DefaultValueFactory = _ => 5 };
        // A share is read the same in every culture ("0.25" and "0,25"): under Dutch number rules "0.25" would read as 25.
        var scale = new Option<double>("--scale")
        {
            Description = Strings.HindcastScaleOption,
            DefaultValueFactory = _ => 1,
            CustomParser = r => double.TryParse(r.Tokens.Single().Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN,
        };
        var seed = new Option<ulong>("--seed") { Description = Strings.SegSeedOption, DefaultValueFactory = _ => 1 };
        var burnIn = new Option<int>("--burn-in") { Description = Strings.HindcastBurnInOption, DefaultValueFactory = _ => 0 };
        var command = new Command("hindcast", Strings.HindcastDescription) { area, from, to, replicates, scale, seed, burnIn };
        command.SetAction(parse =>
        {
            var s = session(parse);
            var (first, last, n, fraction) = (parse.GetValue(from), parse.GetValue(to), parse.GetValue(replicates), parse.GetValue(scale));
            if (last <= first || last - first > 15 || n is < 1 or > 100 || !(fraction is > 0 and <= 1) || parse.GetValue(burnIn) is < 0 or > 200)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.HindcastRange, first, last, n, fraction));
                return WijkmixApp.UsageError;
            }

            if (s.ResolveArea(parse.GetValue(area)!, AreaLevel.Municipality) is not { } city)
            {
                return 1;
            }

            var run = ProgressBar.Run(s.Console, string.Format(CultureInfo.CurrentCulture, Strings.SimRunning, city.DisplayName, n),
                done => Hindcast.Run(s.Store, city.Code, first, last, n, fraction, parse.GetValue(seed), parse.GetValue(burnIn),
                    new ProgressBar.Reporter<SimulationProgress>(p => done((double)p.Done / p.Total))));
            if (run.Result is not { } result)
            {
                s.Console.Fail(run.Problem!);
                return 1;
            }

            Show(s.Console, result);
            return 0;
        });
        return command;
    }

    private static void Show(IAnsiConsole console, HindcastResult result)
    {
        foreach (var note in result.Notes)
        {
            console.Note(note);
        }

        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.HindcastTitle, result.Name, result.From, result.To, result.UnitLevel, result.Replicates, result.Scale, result.BurnInYears)));
        var table = new Table().AddColumn(Strings.SimMeasure).AddColumn(new TableColumn(Strings.HindcastUnits).RightAligned())
            .AddColumn(new TableColumn(Strings.HindcastModel).RightAligned()).AddColumn(new TableColumn(Strings.HindcastNaive).RightAligned())
            .AddColumn(new TableColumn(Strings.HindcastSkill).RightAligned()).AddColumn(new TableColumn(Strings.HindcastBias).RightAligned());
        foreach (var m in result.Measures)
        {
            var digits = m.Measure == "households" ? "N0" : "N2";
            table.AddRow(
                Markup.Escape(Strings.ResourceManager.GetString("Hindcast_" + m.Measure, CultureInfo.CurrentCulture) ?? m.Measure),
                m.Units.ToString("N0", CultureInfo.CurrentCulture), m.ModelError.ToString(digits, CultureInfo.CurrentCulture),
                m.NaiveError.ToString(digits, CultureInfo.CurrentCulture), m.Skill.ToString("N2", CultureInfo.CurrentCulture),
                (m.ModelBias > 0 ? "+" : string.Empty) + m.ModelBias.ToString(digits, CultureInfo.CurrentCulture));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(Strings.HindcastExplanation));
    }
}
