using Xunit.Abstractions;

namespace Wijkmix.Design.Tests;

/// <summary>User text lives in resource files (nl neutral, en satellite), never in a literal in code.</summary>
public sealed class UserTextTests(ITestOutputHelper output)
{
    [Fact]
    public void Code_HoldsNoUserTextLiteral()
    {
        var found = Repo.SourceFiles().SelectMany(UserText.Scan).ToList();

        // OpenAPI summaries are documentation for programmers calling the API, shown on /api-docs only; they are
        // listed so they can move to resources too, but they do not fail the rule.
        foreach (var doc in found.Where(f => f.Allowed == UserText.ApiDocs))
        {
            output.WriteLine($"API docs in Dutch literals: {doc.File}:{doc.Line}: \"{doc.Text}\"");
        }
        var offenders = found.Where(f => f.Allowed is null).Select(f => $"{f.File}:{f.Line}: \"{f.Text}\"").ToList();
        Assert.True(offenders.Count == 0, $"{offenders.Count} user-text literals outside resources (move them to the project's .resx):\n"
            + string.Join('\n', offenders));
    }
}
