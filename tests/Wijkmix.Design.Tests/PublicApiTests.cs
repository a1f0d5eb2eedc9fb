using System.Reflection;

namespace Wijkmix.Design.Tests;

/// <summary>
/// Each library's public surface is kept in PublicApi/&lt;Project&gt;.txt, so a review sees every change
/// to what other projects may call. Update: WIJKMIX_UPDATE_PUBLIC_API=1 dotnet test tests/Wijkmix.Design.Tests
/// </summary>
public sealed class PublicApiTests
{
    private const string UpdateVariable = "WIJKMIX_UPDATE_PUBLIC_API";

    public static TheoryData<string> Libraries() =>
        ["Wijkmix.Core", "Wijkmix.Data", "Wijkmix.Monitor", "Wijkmix.Segregation", "Wijkmix.Simulation", "Wijkmix.Workspace"];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicApi_MatchesTheTrackedFile(string project)
    {
        var actual = PublicApiWriter.Lines(Assembly.Load(project));
        var file = Path.Combine(Repo.Root, "tests", "Wijkmix.Design.Tests", "PublicApi", project + ".txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(file, string.Join('\n', actual) + "\n");
            return;
        }

        var tracked = File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0).ToList() : [];
        var added = actual.Except(tracked).Select(l => "+ " + l.Trim());
        var removed = tracked.Except(actual).Select(l => "- " + l.Trim());
        var difference = added.Concat(removed).ToList();
        Assert.True(difference.Count == 0, $"The public API of {project} differs from tests/Wijkmix.Design.Tests/PublicApi/{project}.txt:\n"
            + string.Join('\n', difference)
            + $"\nIf the change is meant, update the files with: {UpdateVariable}=1 dotnet test tests/Wijkmix.Design.Tests");
    }
}
