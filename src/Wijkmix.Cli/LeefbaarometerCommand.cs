using System.CommandLine;
using Wijkmix.Cli.Resources;
using Wijkmix.Data.Import;

namespace Wijkmix.Cli;

/// <summary>
/// <c>wijkmix import leefbaarometer FILE…</c>: Leefbaarometer 3.0 scores per gemeente, wijk or buurt as downloaded,
/// read as that format whatever the file looks like, and stored as <c>import</c> stores any file: all or nothing.
/// </summary>
internal static class LeefbaarometerCommand
{
    public static Command Create(Func<ParseResult, CliSession> session)
    {
        var files = new Argument<string[]>("files") { Description = Strings.LbmFilesArgument, Arity = ArgumentArity.OneOrMore };
        var replace = new Option<bool>("--replace") { Description = Strings.ReplaceOption };
        var command = new Command("leefbaarometer", Strings.LbmDescription) { files, replace };
        command.SetAction(parse => ImportCommand.Run(session(parse), parse.GetValue(files)!,
            new ImportOptions { Format = ImportFormat.Leefbaarometer }, parse.GetValue(replace)));
        return command;
    }
}
