using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wijkmix.Cli.Resources;
using Wijkmix.Data.Store;

namespace Wijkmix.Cli;

/// <summary>The <c>wijkmix</c> command: parses, runs one subcommand against the store, returns the exit code.</summary>
public static class WijkmixApp
{
    /// <summary>Exit code for wrong usage (unknown option, missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>Runs <paramref name="args"/> writing to <paramref name="output"/>; usable in-process by tests.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, int width = 0)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        SetLanguage(args);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = output == Console.Out && !Console.IsOutputRedirected ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (width > 0 || output != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = width > 0 ? width : 160;
        }

        var store = new Option<string?>("--store") { Description = Strings.StoreOption, Recursive = true };
        var lang = new Option<string>("--lang") { Description = Strings.LangOption, Recursive = true, DefaultValueFactory = _ => "nl" };
        lang.AcceptOnlyFromAmong("nl", "en");
        var withoutDemo = new Option<bool>("--without-demo") { Recursive = true, Hidden = true };

        CliSession? session = null;
        CliSession Session(ParseResult parse) =>
            session ??= new CliSession(console, parse.GetValue(store) ?? WijkmixStore.DefaultPath, parse.GetValue(withoutDemo));

        var root = new RootCommand(Strings.RootDescription) { store, lang, withoutDemo };
        root.Subcommands.Add(ImportCommand.Create(Session));
        root.Subcommands.Add(DownloadCommand.Create(Session));
        root.Subcommands.Add(AreasCommand.Create(Session));
        root.Subcommands.Add(ProfileCommand.Create(Session));
        root.Subcommands.Add(CompareCommand.Create(Session));
        root.Subcommands.Add(ExportCommand.Create(Session));
        root.Subcommands.Add(SegregationCommand.Create(Session));
        root.Subcommands.Add(MixCommand.Create(Session));
        root.Subcommands.Add(SimulateCommand.Create(Session));
        root.Subcommands.Add(HindcastCommand.Create(Session));
        root.Subcommands.Add(SensitivityCommand.Create(Session));
        root.Subcommands.Add(CrosswalkCommand.Create(Session));
        root.Subcommands.Add(InfoCommand.Create(Session));

        var parse = root.Parse(args);
        try
        {
            if (parse.Errors.Count > 0)
            {
                return ReportUsage(console, args, parse);
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error ?? output, EnableDefaultExceptionHandler = false });
        }
        catch (StoreException e)
        {
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.StoreError, e.Message));
            return 1;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // A locked or damaged store file after opening it.
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.StoreError, e.Message));
            return 1;
        }
        catch (IOException e)
        {
            // A file that cannot be written or a disk that is full: say so, no stack trace.
            console.Fail(e.Message);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            console.Fail(e.Message);
            return 1;
        }
        finally
        {
            session?.Dispose();
        }
    }

    /// <summary>Shows what was wrong with the command line, repeating it and marking the bad token.</summary>
    private static int ReportUsage(IAnsiConsole console, string[] args, ParseResult parse)
    {
        var line = "wijkmix " + string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
        foreach (var token in parse.UnmatchedTokens)
        {
            var at = line.IndexOf(token, "wijkmix ".Length, StringComparison.Ordinal);
            console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.UnknownToken, token));
            console.WriteLine("  " + line);
            console.WriteLine("  " + new string(' ', Math.Max(0, at)) + new string('^', token.Length));
            var nearest = parse.RootCommandResult.Command.Subcommands
                .Select(c => (c.Name, Distance: Core.Areas.AreaSearch.Distance(c.Name, token.ToLowerInvariant())))
                .MinBy(c => c.Distance);
            if (nearest.Distance is > 0 and <= 2)
            {
                console.WriteLine(string.Format(CultureInfo.CurrentCulture, Strings.DidYouMean, nearest.Name));
            }
        }

        foreach (var problem in parse.Errors.Where(e => !parse.UnmatchedTokens.Any(t => e.Message.Contains(t, StringComparison.Ordinal))))
        {
            console.Fail(problem.Message);
        }

        console.WriteLine(string.Format(CultureInfo.CurrentCulture, Strings.UsageHint, parse.CommandResult.Command.Name == "wijkmix" ? string.Empty : parse.CommandResult.Command.Name).Replace("  ", " ", StringComparison.Ordinal));
        return UsageError;
    }

    /// <summary>Dutch unless --lang en is given; set before the commands are built so their help is in that language.</summary>
    private static void SetLanguage(string[] args)
    {
        var index = Array.FindIndex(args, a => a is "--lang" || a.StartsWith("--lang=", StringComparison.Ordinal) || a.StartsWith("--lang:", StringComparison.Ordinal));
        var value = index < 0 ? "nl" : args[index].Length > 6 ? args[index][7..] : index + 1 < args.Length ? args[index + 1] : "nl";
        var culture = CultureInfo.GetCultureInfo(value == "en" ? "en-GB" : "nl-NL");
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
