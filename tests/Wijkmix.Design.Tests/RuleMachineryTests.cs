namespace Wijkmix.Design.Tests;

/// <summary>The detectors behind the rules, on inputs small enough to check by eye.</summary>
public sealed class RuleMachineryTests
{
    [Theory]
    [InlineData("var a = \"een hele zin\";", "een hele zin")]
    [InlineData("var a = @\"een \"\"hele\"\" zin\";", "een \"hele\" zin")]
    [InlineData("var a = $\"zin {x} met {{accolade}}\";", "zin {…} met {accolade}")]
    [InlineData("var a = \"\"\"\n    ruwe tekst\n    \"\"\";", "\n    ruwe tekst\n    ")]
    [InlineData("var a = 'x'; // \"geen literal\"\nvar b = \"wel literal\";", "wel literal")]
    [InlineData("/* \"geen\" */ var b = \"escape \\\" binnen\";", "escape \" binnen")]
    public void Lexer_FindsTheLiteral(string code, string expected)
    {
        var (literals, _) = CSharpLexer.Read(code);

        Assert.Equal(expected, Assert.Single(literals).Text);
    }

    [Fact]
    public void Lexer_FindsLiteralsInsideAHole()
    {
        var (literals, _) = CSharpLexer.Read("var a = $\"buiten {(b ? \"ja zeker\" : \"nee\")} einde\";");

        Assert.Equal(["buiten {…} einde", "ja zeker", "nee"], literals.Select(l => l.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lexer_BlanksLiteralsAndCommentsButKeepsOffsets()
    {
        const string code = "using Wijkmix.Data; // Wijkmix.Web\nvar s = \"Wijkmix.Core\";";

        var (_, blanked) = CSharpLexer.Read(code);

        Assert.Equal(code.Length, blanked.Length);
        Assert.Contains("Wijkmix.Data", blanked, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkmix.Web", blanked, StringComparison.Ordinal);
        Assert.DoesNotContain("Wijkmix.Core", blanked, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycles_FindsEachStronglyConnectedComponentOnce()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A", "D"], ["D"] = [], ["E"] = ["F"], ["F"] = ["E"],
        };

        var cycles = NamespaceGraph.Cycles(graph);

        Assert.Equal(["A, B, C", "E, F"], cycles.Select(c => string.Join(", ", c)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cycles_NoneInALayeredGraph()
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal)
        {
            ["Web"] = ["Monitor", "Data"], ["Monitor"] = ["Core"], ["Data"] = ["Core"], ["Core"] = [],
        };

        Assert.Empty(NamespaceGraph.Cycles(graph));
    }
}
