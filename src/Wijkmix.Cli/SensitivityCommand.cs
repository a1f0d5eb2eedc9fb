using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Simulation;
using Wijkmix.Simulation.Analysis;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix sensitivity scenario.yaml --trajectories 10</c>: Morris screening of the simulator's assumed market
/// parameters on the scenario; per result, the assumptions that move it most.
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var file = new Argument<FileInfo>("scenario") { Description = Strings.SimScenarioArgument };
        var trajectories = new Option<int>("--trajectories", "-t") { Description = Strings.SensTrajectoriesOption, DefaultValueFactory = _ => 10 };
        var command = new Command("sensitivity", Strings.SensDescription) { file, trajectories };
        command.SetAction(parse =>
        {
            var s = session(parse);
            var path = parse.GetValue(file)!;
            var r = parse.GetValue(trajectories);
            if (r is < 2 or > 100)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SensTrajectoriesRange, r));
                return WijkmixApp.UsageError;
            }

            if (ScenarioFile.Prepare(s, path) is not { } setup)
            {
                return 1;
            }

            var result = ProgressBar.Run(s.Console, string.Format(CultureInfo.CurrentCulture, Strings.SensRunning, setup.Figures.Name, r),
                done => setup.Screen(r, new ProgressBar.Reporter<SimulationProgress>(p => done((double)p.Done / p.Total))));
            Show(s.Console, result, setup.Figures.Name);
            return 0;
        });
        return command;
    }

    private static void Show(IAnsiConsole console, SensitivityResult result, string municipality)
    {
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SensTitle, municipality, result.LastYear, result.Runs)));
        foreach (var output in result.Outputs)
        {
            var label = output.StartsWith(Sensitivity.EffectPrefix, StringComparison.Ordinal)
                ? string.Format(CultureInfo.CurrentCulture, Strings.SensEffectOutput, output[Sensitivity.EffectPrefix.Length..])
                : Strings.ResourceManager.GetString("Sens_" + output, CultureInfo.CurrentCulture) ?? output;
            var table = new Table().Title(Markup.Escape(label)).AddColumn(Strings.SensFactor).AddColumn(Strings.SensRange)
                .AddColumn(new TableColumn("μ*").RightAligned()).AddColumn(new TableColumn("μ").RightAligned()).AddColumn(new TableColumn("σ").RightAligned());
            foreach (var row in result.Rows.Where(r => r.Output == output))
            {
                string N(double v) => v.ToString("G3", CultureInfo.CurrentCulture);
                table.AddRow(Markup.Escape(row.Factor.Id == Sensitivity.Chance ? Strings.SensChance : row.Factor.Id), N(row.Factor.Low) + " – " + N(row.Factor.High), N(row.Effects.MeanAbsolute), N(row.Effects.Mean), N(row.Effects.StandardDeviation));
            }

            console.Write(table);
        }

        console.MarkupLine(Markup.Escape(Strings.SensExplanation));
    }
}
