using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Data.Export;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Monitor.Tables;
using Wijkmix.Simulation;
using Wijkmix.Simulation.Results;
using Wijkmix.Monitor.Indicators;

namespace Wijkmix.Cli;

/// <summary><c>wijkmix simulate scenario.yaml --replicates 50</c>: checks the scenario, runs it with a progress bar, shows the summary.</summary>
internal static class SimulateCommand
{
    private static readonly string[] KeyMeasures = ["d_low_income", "d_vulnerable", "m_between_wijken_share", "concentrated_complex_share"];

    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var file = new Argument<FileInfo>("scenario") { Description = Strings.SimScenarioArgument };
        var replicates = new Option<int>("--replicates", "-r") { Description = Strings.SimReplicatesOption, DefaultValueFactory = _ => 20 };
        var seed = new Option<ulong?>("--seed") { Description = Strings.SegSeedOption };
        var output = CliSession.OutputOption();
        var complexes = new Option<FileInfo?>("--complexen") { Description = Strings.SimComplexesOption };
        var households = new Option<FileInfo?>("--huishoudens") { Description = Strings.SimHouseholdsOption };
        var organisation = new Option<string?>("--organisatie") { Description = Strings.SimOrganisationOption };
        var calibrate = new Option<bool>("--calibrate") { Description = Strings.SimCalibrateOption };
        var fitFile = new Option<FileInfo?>("--kalibratie-bestand") { Description = Strings.SimCalibrationFileOption };
        var budget = new Option<int>("--evaluaties") { Description = Strings.SimEvaluationsOption, DefaultValueFactory = _ => SimulationCalibration.DefaultEvaluations };
        var command = new Command("simulate", Strings.SimDescription) { file, replicates, seed, output, complexes, households, organisation, calibrate, fitFile, budget };
        command.SetAction(parse =>
        {
            var s = session(parse);
            var path = parse.GetValue(file)!;
            var n = parse.GetValue(replicates);
            if (n is < 1 or > 1000)
            {
                s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SimReplicatesRange, n));
                return WijkmixApp.UsageError;
            }

            if (ScenarioFile.Prepare(s, path) is not { } setup)
            {
                return 1;
            }

            if (parse.GetValue(complexes) is { } homes)
            {
                var withComplexes = WithComplexes(s, setup, homes, parse.GetValue(households), parse.GetValue(organisation));
                if (withComplexes is null)
                {
                    return 1;
                }

                setup = withComplexes;
            }

            if (parse.GetValue(seed) is { } chosen)
            {
                setup = setup.WithSeed(chosen);
            }

            if (parse.GetValue(calibrate))
            {
                return Calibrate(s.Console, setup, parse.GetValue(fitFile), parse.GetValue(budget));
            }

            var outcome = ProgressBar.Run(s.Console, string.Format(CultureInfo.CurrentCulture, Strings.SimRunning, setup.Figures.Name, n),
                done => setup.Run(n, new ProgressBar.Reporter<SimulationProgress>(p => done((double)p.Done / p.Total))));
            Show(s.Console, outcome);
            return s.WriteOutput(SimulationTable.Of(outcome), parse.GetValue(output)) ? 0 : 1;
        });
        return command;
    }

    /// <summary>Fits the gemeente's unsourced behavioural parameters to its observed figures and writes the calibration file.</summary>
    private static int Calibrate(IAnsiConsole console, SimulationSetup setup, FileInfo? file, int evaluations)
    {
        var f = setup.Figures;
        if (!SimulationCalibration.HasTargets(f.Code))
        {
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SimCalibrateNoTargets, f.Name, string.Join(", ", SimulationCalibration.Municipalities)));
            return 1;
        }

        if (evaluations is < 1 or > 2000)
        {
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SimEvaluationsRange, evaluations));
            return WijkmixApp.UsageError;
        }

        var target = file ?? new FileInfo(Path.Combine("data", "calibration", f.Code + ".json"));

        // An existing file is updated: the search starts from its parameters.
        var previous = target.Exists ? SimulationCalibration.Read(File.ReadAllText(target.FullName)) : null;
        if (previous is { Fit: null })
        {
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.SimCalibrationFileInvalid, target.FullName, previous.Line, previous.Field));
            return 1;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var fit = ProgressBar.Run(console, string.Format(CultureInfo.CurrentCulture, Strings.SimCalibrating, f.Name, string.Join(", ", SimulationCalibration.Knobs(f.Code)), evaluations),
            done => SimulationCalibration.Fit(setup, evaluations, previous?.Fit, new ProgressBar.Reporter<int>(n => done((double)n / evaluations)), () => clock.Elapsed.TotalSeconds));
        target.Directory?.Create();
        File.WriteAllText(target.FullName, SimulationCalibration.ToJson(fit));
        var table = new Table().AddColumns(Strings.SimQuantity, Strings.SimTarget, Strings.SimModel, Strings.SimDifference);
        foreach (var q in fit.Fit)
        {
            table.AddRow(Markup.Escape(SimulationCalibration.Label(q.Quantity)), Number(q.Target), Number(q.Model), Number(q.Model - q.Target));
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SimCalibrated, string.Join(", ", fit.Parameters.Select(p => $"{p.Key} = {Number(p.Value)}")), fit.Evaluations, fit.Seconds, target.FullName)));
        return 0;
    }

    private static string Number(double v) => double.IsNaN(v) ? "–" : v.ToString(Math.Abs(v) >= 10 ? "N1" : "0.####", CultureInfo.CurrentCulture);

    /// <summary>The setup starting from the partner's complexes; null after printing the problems.</summary>
    private static SimulationSetup? WithComplexes(CliSession s, SimulationSetup setup, FileInfo homes, FileInfo? people, string? organisation)
    {
        foreach (var missing in new[] { homes, people }.OfType<FileInfo>().Where(f => !f.Exists))
        {
            s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.FileNotFound, missing.FullName));
            return null;
        }

        var municipality = Core.Areas.AreaCode.Parse(setup.Figures.Code);
        var (read, problems) = Workspace.Complexes.ComplexStart.Read(s.Store, s.Views.BuurtCounts(municipality), municipality, homes, people, organisation ?? homes.Name);
        var (withComplexes, checks) = read is null ? (null, []) : setup.WithComplexes(read, homes.Name);
        foreach (var problem in problems.Concat(checks.Select(c => c.ToString())))
        {
            s.Console.Fail(problem);
        }

        return withComplexes;
    }

    private static void Show(IAnsiConsole console, SimulationOutcome outcome)
    {
        foreach (var note in outcome.Notes)
        {
            console.Note(note);
        }

        var last = outcome.Scenario.StartYear + outcome.Scenario.Years;
        var table = new Table().AddColumn(Strings.SimMeasure);
        foreach (var variant in outcome.Variants)
        {
            table.AddColumn(new TableColumn(Markup.Escape(variant.Name)).RightAligned());
        }

        foreach (var measure in KeyMeasures)
        {
            var cells = new List<string> { Markup.Escape(Label(measure)) };
            foreach (var variant in outcome.Variants)
            {
                var row = variant.Rows.FirstOrDefault(r => r.Measure == measure && r.Level == "gemeente" && r.Year == last);
                cells.Add(row is null ? "–" : Markup.Escape(Formatting.Band(row.Value)));
            }

            table.AddRow(cells.ToArray());
        }

        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, Strings.SimTableTitle, outcome.MunicipalityName, last)));
        console.Write(table);
        ShowCalibration(console, outcome);
        foreach (var variant in outcome.Variants)
        {
            console.MarkupLine("[bold]" + Markup.Escape(variant.Name) + "[/]");
            foreach (var line in variant.Summary)
            {
                console.MarkupLine("  " + Markup.Escape(line));
            }
        }
    }

    /// <summary>Target, model and difference per calibration quantity: every result shows the fit behind it.</summary>
    private static void ShowCalibration(IAnsiConsole console, SimulationOutcome outcome)
    {
        if (outcome.Calibration is not { } calibration)
        {
            return;
        }

        var table = new Table().AddColumns(Strings.SimQuantity, Strings.SimTarget, Strings.SimModel, Strings.SimDifference);
        foreach (var row in calibration.Rows)
        {
            table.AddRow(Markup.Escape(SimulationCalibration.Label(row.Quantity)), row.Target is { } t ? Number(t) : "–", Markup.Escape(Formatting.Band(row.Model)), Number(row.Difference));
        }

        console.MarkupLine(Markup.Escape(string.Format(CultureInfo.CurrentCulture, calibration.Fitted ? Strings.SimCalibrationTitle : Strings.SimCalibrationDefaultTitle, outcome.MunicipalityName)));
        console.Write(table);
    }

    private static string Label(string measure) => Wording.SimulationMeasure(measure);

}
