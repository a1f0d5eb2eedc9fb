using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Monitor.Mix;
using Wijkmix.Segregation;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix mix FILE.csv [--unit COL --group COL --count COL]</c>: the full index suite of a table the
/// analyst brings, in long form. <see cref="LongCsvReader"/> reads it, <see cref="LongTableSuite"/> measures.
/// </summary>
internal static class MixCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var file = new Argument<string>("file") { Description = Strings.MixFileArgument };
        var unit = new Option<string>("--unit") { Description = Strings.MixUnitOption, DefaultValueFactory = _ => "unit" };
        var group = new Option<string>("--group") { Description = Strings.MixGroupOption, DefaultValueFactory = _ => "group" };
        var count = new Option<string>("--count") { Description = Strings.MixCountOption, DefaultValueFactory = _ => "count" };
        var command = new Command("mix", Strings.MixDescription) { file, unit, group, count };
        command.SetAction(parse => Run(session(parse).Console, parse.GetValue(file)!, parse.GetValue(unit)!, parse.GetValue(group)!, parse.GetValue(count)!));
        return command;
    }

    private static int Run(IAnsiConsole console, string path, string unitColumn, string groupColumn, string countColumn)
    {
        if (!File.Exists(path))
        {
            console.Fail(Format(Strings.MixNotFound, path));
            return 1;
        }

        LongCsvRows? rows;
        LongCsvProblem? problem;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16))
        {
            (rows, problem) = LongCsvReader.Read(reader, unitColumn, groupColumn, countColumn, new FileInfo(path).Length);
        }

        if (problem is not null)
        {
            console.Fail(Message(path, problem, unitColumn, groupColumn, countColumn));
            return 1;
        }

        if (rows!.Groups.Count < 2)
        {
            console.Fail(Format(Strings.MixTooFewGroups, path, groupColumn, string.Join(", ", rows.Groups)));
            return 1;
        }

        LongTableSuite suite;
        try
        {
            suite = LongTableSuite.Compute(rows.Units, rows.Groups, rows.UnitOfRow.AsSpan(0, rows.Rows), rows.GroupOfRow.AsSpan(0, rows.Rows), rows.CountOfRow.AsSpan(0, rows.Rows));
        }
        catch (SegregationInputException e) when (e.Unit is { } name && e.Group is null && rows.Units.IndexOf(name) is var u and >= 0)
        {
            console.Fail(Format(Strings.MixEmptyUnit, path, rows.FirstLineOfUnit[u], unitColumn, name));
            return 1;
        }
        catch (SegregationInputException e)
        {
            console.Fail(Format(Strings.MixTableProblem, path, e.Message));
            return 1;
        }

        Show(console, path, rows.Rows, suite);
        return 0;
    }

    private static string Message(string path, LongCsvProblem p, string unitColumn, string groupColumn, string countColumn) => p.Kind switch
    {
        LongCsvProblemKind.Empty => Format(Strings.MixEmpty, path, unitColumn, groupColumn, countColumn),
        LongCsvProblemKind.MissingColumn => Format(Strings.MixMissingColumn, path, p.Line, p.Column, p.Value),
        LongCsvProblemKind.TooFewFields => Format(Strings.MixTooFewFields, path, p.Line, p.Column, p.Value),
        LongCsvProblemKind.EmptyName => Format(Strings.MixEmptyName, path, p.Line, p.Column),
        LongCsvProblemKind.BadCount => Format(Strings.MixBadCount, path, p.Line, p.Column, p.Value),
        _ => Format(Strings.MixOpenQuote, path, p.Line),
    };

    private static void Show(IAnsiConsole console, string path, int rowCount, LongTableSuite suite)
    {
        console.MarkupLine("[bold]" + Markup.Escape(Format(Strings.MixTitle, path, suite.Units.ToString("N0", CultureInfo.CurrentCulture),
            suite.Groups.Count, rowCount.ToString("N0", CultureInfo.CurrentCulture), suite.Total.ToString("N0", CultureInfo.CurrentCulture))) + "[/]");
        var m = suite.Suite.Multigroup;
        var overall = new Table().Title(Strings.SegMultigroup).AddColumns(Strings.SegIndex, Strings.SegValue);
        foreach (var (name, value) in new[] { ("D", m.Dissimilarity), ("Gini", m.Gini), ("H", m.Theil), ("M", m.MutualInformation), ("E", m.Entropy), ("P", m.NormalizedExposure), ("R", m.RelativeDiversity) })
        {
            overall.AddRow(name, Number(value));
        }

        console.Write(overall);
        var groups = new Table().Title(Strings.SegTwoGroup)
            .AddColumns(Strings.SegGroup, Strings.SegShare, "D", "Gini", "H", "xPx", "xPy", "eta²", "A(0,1)", "A(0,5)", "A(0,9)");
        for (var g = 0; g < suite.Groups.Count; g++)
        {
            var t = suite.Suite.GroupsAgainstRest[g];
            groups.AddRow(new[] { suite.Groups[g], (suite.GroupTotals[g] / suite.Total).ToString("P1", CultureInfo.CurrentCulture), Number(t.Dissimilarity), Number(t.Gini), Number(t.Theil),
                Number(t.Isolation), Number(t.Exposure), Number(t.CorrelationRatio), Number(t.Atkinson01), Number(t.Atkinson05), Number(t.Atkinson09) }.Select(Markup.Escape).ToArray());
        }

        console.Write(groups);
        console.Note(Strings.MixDefinitions);
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.CurrentCulture, format, args);

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.CurrentCulture);
}
