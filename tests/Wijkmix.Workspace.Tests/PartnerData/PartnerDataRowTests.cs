using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

public class PartnerDataRowTests
{
    private const string Header = "complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent\n";
    private const string GoodRow = "C-1;BU03440111;10;10;1;0\n";

    private static PartnerDataProblem SingleProblem(string text, PartnerTemplate? template = null)
    {
        var result = PartnerDataReaderTests.Read(text, template);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        return Assert.Single(result.Problems);
    }

    [Theory]
    [InlineData("111222333", "PersonValueBsn")]
    [InlineData("01-02-1980", "PersonValueDate")]
    [InlineData("1980-02-01", "PersonValueDate")]
    [InlineData("j.jansen@example.nl", "PersonValueEmail")]
    [InlineData("3511 AB 12", "PersonValueAddress")]
    public void Read_PersonValueInTextColumn_IsRefusedWithoutRepeatingIt(string value, string kind)
    {
        var problem = SingleProblem(Header + GoodRow + value + ";BU03440112;10;10;1;0\n");

        Assert.Equal((3, "complex_code"), (problem.Line, problem.Column));
        Assert.Equal(PartnerDataText.Get(kind), problem.Message);
        Assert.DoesNotContain(value, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NineDigitsFailingElevenTest_IsAnOrdinaryComplexCode()
    {
        Assert.True(PersonDataDetector.PassesElevenTest("111222333"));
        Assert.False(PersonDataDetector.PassesElevenTest("111222334"));
        var result = PartnerDataReaderTests.Read(Header + "111222334;BU03440111;10;10;1;0\n");

        Assert.True(result.Succeeded);
        Assert.Equal("111222334", Assert.Single(result.Rows).Texts["complex_code"]);
    }

    [Fact]
    public void Read_BsnInCountColumn_IsRefusedAsPersonData()
    {
        var problem = SingleProblem(Header + "C-1;BU03440111;111222333;10;1;0\n");
        Assert.Equal((2, "woningen", "PersonValueBsn"), (problem.Line, problem.Column, Key(problem)));
    }

    [Fact]
    public void Read_DateInMeasureColumn_IsRefused()
    {
        var problem = SingleProblem("buurt_code;maat;aantal\nBU03440111;12/03/2001;5\n", PartnerTemplates.CijfersPerBuurt);
        Assert.Equal((2, "maat", "PersonValueDate"), (problem.Line, problem.Column, Key(problem)));
    }

    [Fact]
    public void Read_UnknownBuurtCode_NamesLineAndColumn()
    {
        var problem = SingleProblem(Header + GoodRow + "C-2;BU03449999;10;10;1;0\n");
        Assert.Equal("partner.csv, regel 3, kolom \"buurt_code\": buurtcode BU03449999 is niet bekend in dit werkgebied.", problem.ToString());
    }

    [Fact]
    public void Read_MalformedBuurtCode_IsRefusedWithoutEchoingIt()
    {
        var problem = SingleProblem(Header + "C-2;Lombok;10;10;1;0\n");
        Assert.Equal((2, "buurt_code", "InvalidBuurtCode"), (problem.Line, problem.Column, Key(problem)));
    }

    [Theory]
    [InlineData("12,5", "NotAnInteger")]
    [InlineData("1.000", "NotAnInteger")]
    [InlineData("twaalf", "NotAnInteger")]
    [InlineData("-3", "NegativeCount")]
    [InlineData("99999999999999999999", "CountTooLarge")]
    [InlineData("", "EmptyValue")]
    public void Read_BadCount_NamesLineAndColumn(string value, string kind)
    {
        var problem = SingleProblem(Header + GoodRow + GoodRow.Replace("C-1", "C-2", StringComparison.Ordinal)
            + "C-3;BU03440111;10;10;" + value + ";0\n");
        Assert.Equal((4, "verhuringen", kind), (problem.Line, problem.Column, Key(problem)));
    }

    [Fact]
    public void Read_WrongNumberOfFields_NamesLine()
    {
        var problem = SingleProblem(Header + GoodRow + "C-2;BU03440111;10;10;1\n");
        Assert.Equal("partner.csv, regel 3: 5 velden, verwacht 6 (zoals in de kopregel).", problem.ToString());
    }

    [Fact]
    public void Read_DuplicateKey_NamesBothLines()
    {
        var problem = SingleProblem(Header + GoodRow + "C-2;BU03440111;10;10;1;0\nc-1;BU03440112;20;10;1;0\n");
        Assert.Equal("partner.csv, regel 4, kolom \"complex_code\": c-1 komt al voor op regel 2; lever elke sleutel één keer aan.", problem.ToString());
    }

    [Fact]
    public void Read_DuplicateBuurtAndMeasure_IsRefused()
    {
        var problem = SingleProblem("buurt_code;maat;aantal\nBU03440111;schuldhulp;5\nBU03440112;schuldhulp;5\nBU03440111;Schuldhulp;7\n", PartnerTemplates.CijfersPerBuurt);
        Assert.Equal((4, "buurt_code, maat"), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_ManyProblems_AreAllReportedUpToTheCap()
    {
        var rows = string.Concat(Enumerable.Range(0, 150).Select(i => $"C-{i};BU03440111;x;10;1;0\n"));
        var result = PartnerDataReaderTests.Read(Header + rows);

        Assert.Empty(result.Rows);
        Assert.Equal(101, result.Problems.Count);
        Assert.Equal(Enumerable.Range(2, 100), result.Problems.Take(100).Select(p => p.Line));
        Assert.Equal("partner.csv: en 50 meer.", result.Problems[100].ToString());
    }

    [Fact]
    public void Read_OneBadRowAmongGoodOnes_ReturnsNoRows()
    {
        var result = PartnerDataReaderTests.Read(Header + GoodRow + "C-2;BU03440111;10;-1;1;0\n");
        Assert.Empty(result.Rows);
        Assert.Equal((3, "sociale_huurwoningen"), (result.Problems[0].Line, result.Problems[0].Column));
    }

    [Fact]
    public void Templates_OfferTheHeaderLineToDownload()
    {
        Assert.Equal(["complexen-woningen", "complexen-huishoudens", "complexen-verhuringen", "corporatie-complexen", "zorg-clienten-buurt", "cijfers-per-buurt"], PartnerTemplates.All.Select(t => t.Id));
        Assert.Equal(Header.TrimEnd('\n') + "\r\n", PartnerTemplates.CorporatieComplexen.HeaderLine());
        Assert.Equal("buurt_code,clienten\r\n", PartnerTemplates.ZorgClientenBuurt.HeaderLine(','));
        Assert.Equal("Zorg en welzijn: cliënten per buurt", PartnerTemplates.ZorgClientenBuurt.Title);
        Assert.All(PartnerTemplates.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
        Assert.Same(PartnerTemplates.CijfersPerBuurt, PartnerTemplates.Find("cijfers-per-buurt"));
    }

    private static string Key(PartnerDataProblem problem) =>
        new[] { "PersonValueBsn", "PersonValueDate", "PersonValueEmail", "PersonValueAddress", "InvalidBuurtCode", "NotAnInteger", "NegativeCount", "CountTooLarge", "EmptyValue" }
            .Single(k => PartnerDataText.Get(k) == problem.Message);
}
