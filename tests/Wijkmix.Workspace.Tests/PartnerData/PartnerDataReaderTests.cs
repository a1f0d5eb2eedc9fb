using System.Text;
using Wijkmix.Workspace.PartnerData;

namespace Wijkmix.Workspace.Tests.PartnerData;

public class PartnerDataReaderTests
{
    // Real Utrecht buurt codes from data/cbs/nabijheid_2023_utrecht/
    // CBS-Utrecht_Nabijheid_voorzieningen__buurt_2023_14102024_164034.csv.gz (CBS, CC BY 4.0).
    private const string Welgelegen = "BU03440111"; // Welgelegen, Den Hommel
    private const string OogInAl = "BU03440112"; // Oog in Al
    private const string LombokOost = "BU03440121"; // Lombok-Oost
    private const string LombokWest = "BU03440123"; // Lombok-West

    private static readonly HashSet<string> Known = [Welgelegen, OogInAl, LombokOost, LombokWest];

    private const string CorporatieHeader = "complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;verhuringen_urgent";

    internal static PartnerDataReadResult Read(string text, PartnerTemplate? template = null, long maxBytes = 1_000_000) =>
        PartnerDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "partner.csv",
            template ?? PartnerTemplates.CorporatieComplexen, Known, maxBytes);

    private static PartnerDataProblem Single(PartnerDataReadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void Read_LastLineWithoutLineBreak_IsRefusedAsCutOff()
    {
        // Found by the fuzzing harness (bench/Wijkmix.Fuzz): a file cut after "12" of "120" was stored as 12.
        var problem = Single(Read(CorporatieHeader + "\r\nC-1001;BU03440121;12"));
        Assert.Equal(2, problem.Line);
        Assert.Contains("het bestand lijkt afgebroken", problem.Message, StringComparison.Ordinal);
        Assert.True(Read(CorporatieHeader + "\r\nC-1001;BU03440121;120;95;8;2\r\n").Succeeded);
    }

    [Fact]
    public void Read_ValidCorporatieFile_ParsesRealBuurtCodesAndCounts()
    {
        var result = Read("\uFEFF" + CorporatieHeader + "\r\n"
            + "C-1001;BU03440121;120;95;8;2\r\n"
            + "C-1002; bu03440123 ;40;40;3;0\r\n\r\n");

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Rows.Count);
        var first = result.Rows[0];
        Assert.Equal(2, first.Line);
        Assert.Equal("C-1001", first.Texts["complex_code"]);
        Assert.Equal(LombokOost, first.Texts["buurt_code"]);
        Assert.Equal([120L, 95L, 8L, 2L], new[] { "woningen", "sociale_huurwoningen", "verhuringen", "verhuringen_urgent" }.Select(c => first.Counts[c]));
        Assert.Equal(LombokWest, result.Rows[1].Texts["buurt_code"]);
        Assert.Equal(40, result.Rows[1].Counts["woningen"]);
    }

    [Fact]
    public void Read_CommaSeparatedFile_IsDetectedFromHeader()
    {
        var result = Read("Buurt_Code,Clienten\n" + Welgelegen + ",17\n" + OogInAl + ",0\n", PartnerTemplates.ZorgClientenBuurt);

        Assert.True(result.Succeeded);
        Assert.Equal([17L, 0L], result.Rows.Select(r => r.Counts["clienten"]));
    }

    [Fact]
    public void Read_GenericTemplate_KeysOnBuurtAndMeasure()
    {
        var result = Read("buurt_code;maat;aantal\n" + Welgelegen + ";schuldhulp;12\n" + Welgelegen + ";\"jeugdhulp; ambulant\";30\n",
            PartnerTemplates.CijfersPerBuurt);

        Assert.True(result.Succeeded);
        Assert.Equal(["schuldhulp", "jeugdhulp; ambulant"], result.Rows.Select(r => r.Texts["maat"]));
    }

    [Fact]
    public void Read_FileLargerThanLimit_IsRefusedWithoutReadingItAll()
    {
        var stream = new CountingStream(new byte[10_000_000]);
        var result = PartnerDataReader.Read(stream, "groot.csv", PartnerTemplates.CorporatieComplexen, Known, 100_000);

        var problem = Single(result);
        Assert.Equal(new PartnerDataProblem("groot.csv", 0, null, "het bestand is groter dan 100000 bytes; splits het of lever minder regels aan."), problem);
        Assert.True(stream.BytesRead <= 100_000 + (64 * 1024), $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void Read_SeekableFileLargerThanLimit_IsRefusedBeforeReading()
    {
        var result = Read(CorporatieHeader + "\nC-1;" + Welgelegen + ";1;1;1;1\n", maxBytes: 20);
        Assert.Equal(0, Single(result).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n \r\n")]
    public void Read_EmptyFile_IsRefusedOnLine1(string text)
    {
        var problem = Single(Read(text));
        Assert.Equal("partner.csv, regel 1: het bestand is leeg; begin met de kopregel van het sjabloon.", problem.ToString());
    }

    [Fact]
    public void Read_HeaderOnly_IsRefusedOnLine2()
    {
        var problem = Single(Read(CorporatieHeader + "\n"));
        Assert.Equal((2, null), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_Latin1Bytes_AreRefusedOnTheirLine()
    {
        var bytes = Encoding.UTF8.GetBytes(CorporatieHeader + "\nC-1;" + Welgelegen + ";1;1;1;1\nCaf").Concat(new byte[] { 0xE9, (byte)';' }).ToArray();
        var result = PartnerDataReader.Read(new MemoryStream(bytes), "partner.csv", PartnerTemplates.CorporatieComplexen, Known, 1000);

        var problem = Single(result);
        Assert.Equal((3, null), (problem.Line, problem.Column));
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongHeader_NamesMissingAndUnexpectedColumns()
    {
        var result = Read("complex_code;buurt_code;woningen;sociale_huurwoningen;verhuringen;huurprijs\nC-1;" + Welgelegen + ";1;1;1;1\n");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Rows);
        Assert.Equal(
            [(1, "huurprijs", "onbekende kolom"), (1, "verhuringen_urgent", "deze kolom ontbreekt")],
            result.Problems.Select(p => (p.Line, p.Column, p.Message.Split(';')[0])));
        Assert.Contains("verwachte kolommen: complex_code, buurt_code, woningen", result.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateHeaderColumn_IsRefused()
    {
        var problem = Single(Read("buurt_code;clienten;Clienten\n" + Welgelegen + ";1;1\n", PartnerTemplates.ZorgClientenBuurt));
        Assert.Equal((1, "clienten"), (problem.Line, problem.Column));
    }

    [Fact]
    public void Read_DateOfBirthColumn_IsRefusedAsPersonData()
    {
        var problem = Single(Read("geboortedatum;buurt_code;clienten\n01-02-1980;" + Welgelegen + ";1\n", PartnerTemplates.ZorgClientenBuurt));
        Assert.Equal("partner.csv, regel 1, kolom \"geboortedatum\": persoonsgegevens zijn niet toegestaan; lever alleen totalen per complex of buurt aan.", problem.ToString());
    }

    [Theory]
    [InlineData("naam")]
    [InlineData("Voornaam")]
    [InlineData("ACHTERNAAM")]
    [InlineData("tussenvoegsel")]
    [InlineData("client_naam")]
    [InlineData("Adres")]
    [InlineData("straatnaam")]
    [InlineData("Huis-nummer")]
    [InlineData("postcode")]
    [InlineData("woonplaats")]
    [InlineData("geb_datum")]
    [InlineData("Geboorte jaar")]
    [InlineData("bsn")]
    [InlineData("burgerservicenummer")]
    [InlineData("sofinummer")]
    [InlineData("e-mail")]
    [InlineData("Email address")]
    [InlineData("telefoon")]
    [InlineData("Mobiel")]
    [InlineData("Name")]
    [InlineData("first_name")]
    [InlineData("Date of birth")]
    [InlineData("DOB")]
    [InlineData("phone")]
    public void Read_PersonColumnVariants_AreRefusedOnLine1(string header)
    {
        var problem = Single(Read("buurt_code;clienten;" + header + "\n" + Welgelegen + ";1;x\n", PartnerTemplates.ZorgClientenBuurt));
        Assert.Equal((1, header), (problem.Line, problem.Column));
        Assert.StartsWith("persoonsgegevens zijn niet toegestaan", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("buurtnaam")]
    [InlineData("opmerking")]
    public void Read_HarmlessExtraColumn_IsUnexpectedNotPersonData(string header)
    {
        var problem = Single(Read("buurt_code;clienten;" + header + "\n" + Welgelegen + ";1;x\n", PartnerTemplates.ZorgClientenBuurt));
        Assert.StartsWith("onbekende kolom", problem.Message, StringComparison.Ordinal);
    }

    private sealed class CountingStream(byte[] data) : MemoryStream(data)
    {
        public long BytesRead { get; private set; }
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
