using System.Globalization;
using Wijkmix.Cli.Resources;
using Wijkmix.Monitor.SimulationInput;

namespace Wijkmix.Cli;

/// <summary>A scenario file named on the command line, read and checked against its municipality's figures.</summary>
internal static class ScenarioFile
{
    /// <summary>The checked setup; null after printing why (a missing file, or the reader's problems with line and field).</summary>
    public static SimulationSetup? Prepare(CliSession s, FileInfo path)
    {
        if (!path.Exists)
        {
            s.Console.Fail(string.Format(CultureInfo.CurrentCulture, Strings.FileNotFound, path.FullName));
            return null;
        }

        var (setup, problems) = SimulationSetups.Prepare(s.Store, File.ReadAllText(path.FullName), path.Name);
        foreach (var problem in problems)
        {
            s.Console.Fail(problem.ToString());
        }

        return setup;
    }
}
