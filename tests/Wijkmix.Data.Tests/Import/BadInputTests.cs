using System.IO.Compression;
using System.Text;
using Wijkmix.Data.Import;

namespace Wijkmix.Data.Tests.Import;

/// <summary>Every kind of bad input gives a problem naming file, line and column (or field) and what was expected.</summary>
public class BadInputTests
{
    private const string Header = "\"ID\";\"WijkenEnBuurten\";\"SoortRegio_2\";\"AantalInwoners_5\";\"Mannen_6\"";

    private static ImportProblem Single(ParsedFile parsed)
    {
        Assert.False(parsed.IsValid);
        Assert.Empty(parsed.Observations.Take(0));
        return parsed.Problems[0];
    }

    private static ParsedFile ReadText(Scratch scratch, string name, string text, ImportOptions? options = null) =>
        Importer.Read(scratch.File(name, text), options ?? new ImportOptions { Year = 2019 });

    [Fact]
    public void TextInNumberColumn_NamesLineAndColumn()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "buurten.csv", $"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"  862965\";\"  426000\"\n\"2\";\"WK036300  \";\"Wijk      \";\"     abc\";\"    2000\"\n"));
        Assert.Equal(("buurten.csv", 3, "AantalInwoners_5"), (problem.File, problem.Line, problem.Field));
        Assert.Equal("buurten.csv:3, kolom AantalInwoners_5: \"abc\" is geen getal", problem.ToString());
    }

    [Fact]
    public void SecondByteOrderMark_IsRefusedNamingItsLine()
    {
        // Found by the fuzzing harness: a second BOM glued itself to the first header, whose column then went unread.
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "buurten.csv", $"\uFEFF\uFEFF{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"  862965\";\"  426000\"\n"));
        Assert.Equal(("buurten.csv", 1), (problem.File, problem.Line));
        Assert.Contains("tweede BOM-teken", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlongValue_IsNotEchoedWhole()
    {
        // Found by the fuzzing harness: a library message quoted an 8 MB geometry type back in full.
        var problem = new ImportProblem("a.geojson", 3, new string('k', 2_000), "ongeldige geometrie: " + new string('7', 8_000_000));
        Assert.Equal(ImportProblem.MaxLength + 1, problem.Message.Length);
        Assert.EndsWith("7…", problem.Message, StringComparison.Ordinal);
        Assert.Equal(ImportProblem.MaxLength + 1, problem.Field!.Length);
    }

    [Fact]
    public void UnknownRegionCode_NamesLineAndCode()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "a.csv", $"{Header}\n\"1\";\"XX0363    \";\"Gemeente  \";\"1\";\"1\"\n"));
        Assert.Equal(2, problem.Line);
        Assert.Contains("XX0363", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionTypeDisagreesWithCode_IsAProblem()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "a.csv", $"{Header}\n\"1\";\"BU03630000\";\"Wijk      \";\"1\";\"1\"\n"));
        Assert.Equal(("SoortRegio_2", 2), (problem.Field, problem.Line));
    }

    [Fact]
    public void DuplicatedRow_NamesBothLines()
    {
        using var scratch = new Scratch();
        var row = "\"1\";\"GM0363    \";\"Gemeente  \";\"1\";\"1\"\n";
        var problem = Single(ReadText(scratch, "a.csv", Header + "\n" + row + row));
        Assert.Equal(3, problem.Line);
        Assert.Contains("regel 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowWithTooFewFields_Truncated_NamesLine()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "a.csv", $"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"1\";\"1\"\n\"2\";\"WK036300  \";\"Wij"));
        Assert.Equal(3, problem.Line);
        Assert.Contains("verwacht 5", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void EmptyFile_SaysSo(string content)
    {
        using var scratch = new Scratch();
        Assert.Equal("het bestand is leeg", Single(ReadText(scratch, "leeg.csv", content)).Message);
    }

    [Fact]
    public void HeaderOnly_HasNoFigures()
    {
        using var scratch = new Scratch();
        Assert.Contains("geen enkele kolom", Single(ReadText(scratch, "kop.csv", Header + "\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1Text_NamesTheLineOfTheFirstBadByte()
    {
        using var scratch = new Scratch();
        var latin1 = Encoding.Latin1.GetBytes("\"Wijken en buurten\";\"Regioaanduiding/Codering (code)\";\"Bevolking/Aantal inwoners (aantal)\"\n\"Utrecht\";\"GM0344    \";\"  374238\"\n\"Súdwest-Fryslân\";\"GM1900    \";\"   91000\"\n");
        var problem = Single(Importer.Read(scratch.File("latin1.csv", latin1), new ImportOptions { Year = 2024 }));
        Assert.Equal(3, problem.Line);
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8WithBom_IsRead()
    {
        using var scratch = new Scratch();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"  862965\";\"  426000\"\n")).ToArray();
        var parsed = Importer.Read(scratch.File("bom.csv", bytes), new ImportOptions { Year = 2019 });
        Assert.True(parsed.IsValid);
        Assert.Equal(862965, parsed.Observations.Single(o => o.VariableId == "inhabitants").Value);
    }

    [Fact]
    public void NoAreaColumn_SaysWhichColumnsAreExpected()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "a.csv", "\"Naam\";\"AantalInwoners_5\";\"Mannen_6\"\n\"Utrecht\";\"1\";\"1\"\n"));
        Assert.True(problem.Message.Contains("gwb_code", StringComparison.Ordinal), problem.ToString());
    }

    [Fact]
    public void NoYearAnywhere_AsksForYearOption()
    {
        using var scratch = new Scratch();
        var problem = Single(Importer.Read(scratch.File("buurten.csv", $"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"1\";\"1\"\n")));
        Assert.Contains("--year", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_SaysWhatIsRead()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "notities.txt", "Dit is geen CBS-bestand.\nTweede regel.\n"));
        Assert.Equal(1, problem.Line);
        Assert.Contains("StatLine", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"ID\";\"AantalInwoners_5\";\"Mannen_6\"", true)]
    [InlineData("id;codering_3;a_inw", true)]
    [InlineData("id;_5;x", false)]
    [InlineData("id;aantal inwoners_5;x", false)]
    [InlineData("id;aantalinwoners_;x", false)]
    [InlineData("aantalinwoners_5", false)] // a key must be followed by ';', as in an OData CSV header
    public void HasODataKey_RecognisesKeysFieldByField(string header, bool expected) =>
        Assert.Equal(expected, Importer.HasODataKey(header.ToLowerInvariant()));

    [Fact]
    public void LongFirstLineWithoutSeparators_IsAnUnknownFormatNotAHang()
    {
        // 400,000 characters of key-like text on one line: the earlier regular expression backtracked over
        // every start position (quadratic); the field-by-field check reads the line once.
        using var scratch = new Scratch();
        var line = string.Concat(Enumerable.Repeat("a0", 200_000));
        var problem = Single(ReadText(scratch, "lang.csv", line + "\n"));
        Assert.Equal(1, problem.Line);
        Assert.Contains("onbekend bestandsformaat", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeList_ReadsNames_ButARowWithoutAName_IsNoCodeList()
    {
        using var scratch = new Scratch();
        var good = Importer.Read(scratch.File("namen_2024.csv", "Identifier,Title\nBU00010001,Dorp\nBU00010002,\"Buiten, West\"\n"));
        Assert.True(good.IsValid, string.Join("; ", good.Problems));
        Assert.Equal(["Dorp", "Buiten, West"], good.Areas.Select(a => a.Name));
        Assert.Empty(good.Observations);

        var problem = Single(Importer.Read(scratch.File("namen_2023.csv", "Identifier,Title\nBU00010001,Dorp\nBU00010002,\n")));
        Assert.Equal("geen enkele kolom komt overeen met een bekende CBS-variabele", problem.Message);
    }

    [Fact]
    public void TruncatedGzip_IsDamaged()
    {
        using var scratch = new Scratch();
        var whole = File.ReadAllBytes(Scratch.Bundled("kwb_gemeente_2020_2025", "kwb2023_clean.csv.gz"));
        var problem = Single(Importer.Read(scratch.File("kwb2023.csv.gz", whole[..(whole.Length / 2)])));
        Assert.True(problem.Message.Contains("afgebroken of beschadigd", StringComparison.Ordinal), problem.ToString());
    }

    [Fact]
    public void TruncatedXlsx_IsDamaged()
    {
        using var scratch = new Scratch();
        var whole = File.ReadAllBytes(Scratch.Bundled("kwb_utrecht_2023_2024", "CBS-Utrecht-kwb-2024.xlsx"));
        var problem = Single(Importer.Read(scratch.File("kwb-2024.xlsx", whole[..(whole.Length / 2)])));
        Assert.Contains("afgebroken of beschadigd", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJson_NamesLine()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "data_2024.json", "{\n  \"GM0344\": {\n    \"AantalInwoners_5\": 374238,\n"));
        Assert.NotNull(problem.Line);
        Assert.Contains("ongeldige JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextInJsonNumber_NamesAreaAndField()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "data_2024.json", "{\"GM0344\": {\"AantalInwoners_5\": \"veel\"}}"));
        Assert.Equal("GM0344 → AantalInwoners_5", problem.Field);
    }

    [Fact]
    public void FileLargerThanLimit_IsRefusedBeforeReading()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "kwb-huge.csv");
        using (var huge = File.Create(path))
        {
            huge.SetLength(1L << 30); // 1 GiB, sparse: nothing is written
        }

        var problem = Single(Importer.Read(path));
        Assert.Contains("1,073,741,824", problem.Message.Replace('.', ','), StringComparison.Ordinal);
        Assert.Contains("--max-size", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GzipBombLargerThanLimit_IsRefused()
    {
        using var scratch = new Scratch();
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[4 * 1024 * 1024]);
        }

        var problem = Single(Importer.Read(scratch.File("bom.csv.gz", memory.ToArray()), new ImportOptions { MaxBytes = 1024 * 1024 }));
        Assert.Contains("--max-size", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoColumnsForOneVariable_AreRefused()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "a.csv", "\"gwb_code\";\"a_inw\";\"AantalInwoners_5\"\n\"GM0344\";\"100\";\"200\"\n"));
        Assert.Equal("a_inw, AantalInwoners_5", problem.Field);
        Assert.Contains("inhabitants", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[null]}")]
    [InlineData("{\"type\":\"FeatureCollection\",\"metadata\":{\"year\":\"2023\"},\"features\":[]}")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"gemeentecode\":\"GM0344\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"a\",\"b\"]}}]}")]
    public void GeoJsonOfTheWrongShape_IsAProblemNotACrash(string json)
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "grenzen_2024.geojson", json));
        Assert.Equal("grenzen_2024.geojson", problem.File);
    }

    [Fact]
    public void GzipHeaderOnly_IsDamaged()
    {
        using var scratch = new Scratch();
        var problem = Single(Importer.Read(scratch.File("kwb.csv.gz", new byte[] { 0x1f, 0x8b })));
        Assert.Contains("afgebroken of beschadigd", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnterminatedQuote_NamesTheLineWhereTheRecordStarts()
    {
        using var scratch = new Scratch();
        var problem = Single(ReadText(scratch, "a.csv", $"{Header}\n\"1\";\"GM0363    \";\"Gemeente  \";\"1\";\"1\"\n\"2\";\"WK036300;\"Wijk\";\"1\";\"1\"\n\"3\";\"BU03630000\";\"Buurt\";\"1\";\"1\"\n"));
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void MissingFile_SaysNotFound() =>
        Assert.Equal("bestand niet gevonden", Single(Importer.Read("/nonexistent/kwb-2024.xlsx")).Message);

    [Fact]
    public void ManyBadCells_AreAllCounted_ButListedUpToALimit()
    {
        using var scratch = new Scratch();
        var rows = string.Concat(Enumerable.Range(0, 80).Select(i => $"\"{i}\";\"BU036300{i:00}\";\"Buurt     \";\"x{i}\";\"1\"\n"));
        var parsed = ReadText(scratch, "a.csv", Header + "\n" + rows);
        Assert.Equal(51, parsed.Problems.Count);
        Assert.Contains("30", parsed.Problems[^1].Message, StringComparison.Ordinal);
    }
}
