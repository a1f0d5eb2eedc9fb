using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>The xlsx reader places cells by their reference, never by their order in the XML.</summary>
public class XlsxReaderTests
{
    private static readonly XlsxCell[] Header =
        [new("A1", "gwb_code"), new("B1", "regio"), new("C1", "a_inw"), new("D1", "a_man")];

    private static ParsedFile Read(Scratch scratch, byte[] xlsx) => Importer.Read(scratch.File("kwb-2024.xlsx", xlsx));

    private static double? Value(ParsedFile parsed, string area, string variable) =>
        parsed.Observations.Single(o => o.Area.Value == area && o.VariableId == variable).Value;

    [Fact]
    public void Read_CellsOutOfColumnOrder_LandInTheColumnsTheirReferencesName()
    {
        using var scratch = new Scratch();
        var parsed = Read(scratch, XlsxFiles.Build([
            (1, [Header[3], Header[1], Header[0], Header[2]]),
            (2, [new("D2", 176554), new("B2", "Utrecht"), new("C2", 359370), new("A2", "GM0344")]),
        ]));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal(359370, Value(parsed, "GM0344", "inhabitants"));
        Assert.Equal(176554, Value(parsed, "GM0344", "men"));
        Assert.Equal("Utrecht", parsed.Areas.Single().Name);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Read_SkippedRows_KeepSheetRowNumbers(int headerRow)
    {
        using var scratch = new Scratch();
        var (data, bad) = (headerRow + 1, headerRow + 4);
        var parsed = Read(scratch, XlsxFiles.Build([
            (headerRow, Header.Select(c => c with { Reference = c.Reference![..1] + headerRow }).ToArray()),
            (data, [new($"A{data}", "GM0344"), new($"D{data}", 176554)]),
            (bad, [new($"A{bad}", "WK034401"), new($"C{bad}", "veel")]),
        ]));

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((bad, "a_inw"), (problem.Line, problem.Field));
        Assert.Contains("\"veel\" is geen getal", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("C1000000000000")] // found by the fuzzing harness: the library moved the row's values into other columns
    [InlineData("C3")] // a reference to another row
    [InlineData("BY   2   ")] // found by the fuzzing harness: the library dropped the cell
    [InlineData("A2")] // a cell twice
    [InlineData("XFE2")] // beyond the last column
    public void Read_ReferenceThatDoesNotFitItsRow_IsRefusedAsDamagedNamingTheRow(string reference)
    {
        using var scratch = new Scratch();
        var parsed = Read(scratch, XlsxFiles.Build([
            (1, Header),
            (2, [new("A2", "GM0344"), new("B2", "Utrecht"), new(reference, 359370), new("D2", 176554)]),
        ]));

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains($"het werkblad is beschadigd bij cel r=\"{reference}\"", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,5")] // found by the fuzzing harness: the library read it as 15
    [InlineData("12 13")]
    public void Read_NumberCellWhoseValueIsNoNumber_IsRefusedAsDamaged(string value)
    {
        using var scratch = new Scratch();
        var xlsx = XlsxFiles.Build([(1, Header), (2, [new("A2", "GM0344"), new("C2", 359370)])]);
        var sheet = XlsxFiles.Sheet(xlsx).Replace("<v>359370</v>", $"<v>{value}</v>", StringComparison.Ordinal);
        var problem = Assert.Single(Read(scratch, XlsxFiles.WithSheet(xlsx, sheet)).Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("het werkblad is beschadigd bij cel r=\"C2\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CellWithTwoValues_IsRefusedAsDamaged()
    {
        // Found by the fuzzing harness: the library kept the second value, 785 instead of 3100.
        using var scratch = new Scratch();
        var xlsx = XlsxFiles.Build([(1, Header), (2, [new("A2", "GM0344"), new("C2", 3100)])]);
        var sheet = XlsxFiles.Sheet(xlsx).Replace("<v>3100</v>", "<v>3100</v><v>785</v>", StringComparison.Ordinal);
        var problem = Assert.Single(Read(scratch, XlsxFiles.WithSheet(xlsx, sheet)).Problems);
        Assert.Contains("het werkblad is beschadigd bij cel r=\"C2\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingCell_IsNoFigureAndTheNextCellKeepsItsColumn()
    {
        using var scratch = new Scratch();
        var parsed = Read(scratch, XlsxFiles.Build([
            (1, Header),
            (2, [new("A2", "GM0344"), new("D2", 176554)]),
        ]));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal(176554, Value(parsed, "GM0344", "men"));
        Assert.DoesNotContain(parsed.Observations, o => o.VariableId == "inhabitants");
    }

    [Fact]
    public void Read_CellsWithoutReferences_FollowEachOther()
    {
        using var scratch = new Scratch();
        var parsed = Read(scratch, XlsxFiles.Build([
            (1, Header.Select(c => c with { Reference = null }).ToArray()),
            (2, [new(null, "GM0344"), new(null, "Utrecht"), new(null, 359370), new(null, 176554)]),
        ]));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal(359370, Value(parsed, "GM0344", "inhabitants"));
    }

    [Fact]
    public void Read_RichTextRuns_AreJoinedIntoOneCell()
    {
        using var scratch = new Scratch();
        var parsed = Importer.Read(scratch.File("kwb-2024.xlsx", XlsxFiles.Build([
            (1, Header),
            (2, [new("A2", "GM0344"), new("B2", "Utrecht, de stad van de Dom"), new("C2", 359370)]),
        ], runs: 5)));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Problems));
        Assert.Equal("Utrecht, de stad van de Dom", parsed.Areas.Single().Name);
    }

    [Fact]
    public void Read_ZipWithTruncatedCentralDirectory_IsRefusedInDutch()
    {
        using var scratch = new Scratch();
        var bytes = File.ReadAllBytes(Scratch.Bundled("kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2024.xlsx"));
        var parsed = Importer.Read(scratch.File("kwb-2024.xlsx", bytes[..^40]));

        var problem = Assert.Single(parsed.Problems);
        Assert.Contains("zip-bestand is afgebroken of beschadigd", problem.Message, StringComparison.Ordinal);
        Assert.Empty(parsed.Observations);
    }

    [Fact]
    public void Read_NotAZipAfterTheMagic_IsRefusedInDutch()
    {
        using var scratch = new Scratch();
        var parsed = Importer.Read(scratch.File("kwb-2024.xlsx", "PK\u0003\u0004 dit is geen werkmap\n"u8.ToArray()));
        Assert.False(parsed.IsValid);
        Assert.Contains("zip-bestand", parsed.Problems[0].Message, StringComparison.Ordinal);
    }
}
