using System.Text;
using System.Text.Json;
using MiniExcelLibs;
using Wijkmix.Core.Tables;
using Wijkmix.Data.Export;

namespace Wijkmix.Data.Tests.Export;

public class TidyTableTests
{
    internal static readonly ExportOptions DutchRounded = new(English: false, Rounded: true, ExportVariables.Catalogue);

    private static TidyTable Sample()
    {
        var table = new TidyTable(["area_code", "area_name", "year", "variable", "value", "status"]);
        table.Add("GM1900", "Súdwest-Fryslân", 2024, "inhabitants", 91_000.0, "published");
        table.Add("WK190000", "Sneek, \"centrum\"", 2024, "households_low_income_pct", null, "suppressed");
        return table;
    }

    [Fact]
    public void Write_Csv_QuotesAndKeepsUtf8WithoutBom()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "uit.csv");
        Sample().Write(path, ExportFormat.Csv, DutchRounded);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal((byte)'a', bytes[0]);
        var lines = File.ReadAllLines(path);
        Assert.Equal("area_code,area_name,year,variable,value,status", lines[0]);
        Assert.Equal("GM1900,Súdwest-Fryslân,2024,inhabitants,91000,published", lines[1]);
        Assert.Equal("WK190000,\"Sneek, \"\"centrum\"\"\",2024,households_low_income_pct,,suppressed", lines[2]);
    }

    [Fact]
    public void Write_Json_NullForSuppressed()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "uit.json");
        Sample().Write(path, ExportFormat.Json, DutchRounded);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal(91000, doc.RootElement[0].GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, doc.RootElement[1].GetProperty("value").ValueKind);
        Assert.Equal("suppressed", doc.RootElement[1].GetProperty("status").GetString());
    }

    [Fact]
    public void Write_Xlsx_ReadsBackWithHeader()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "uit.xlsx");
        Sample().Write(path, ExportFormat.Xlsx, DutchRounded);
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("Súdwest-Fryslân", rows[0]["Gebied"]);
        Assert.Equal(91000d, Convert.ToDouble(rows[0]["Waarde"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(rows[1]["Waarde"]);
    }

    private static TidyTable Hostile()
    {
        var table = new TidyTable(["area_code", "area_name", "value"]);
        foreach (var name in new[] { "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "Nieuw-West" })
        {
            table.Add("BU00000001", name, -1.5);
        }

        return table;
    }

    private static readonly string[] HostileInert = ["'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tTab", "'\rCR", "Nieuw-West"];

    [Fact]
    public void Write_Csv_TextStartingLikeAFormulaGetsAnApostrophe()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "uit.csv");
        Hostile().Write(path, ExportFormat.Csv, DutchRounded);
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        var names = new List<string>();
        var values = new List<string>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            names.Add(csv.GetField(1)!);
            values.Add(csv.GetField(2)!);
        }

        Assert.Equal(HostileInert, names);
        Assert.All(values, v => Assert.Equal("-1.5", v));
    }

    [Fact]
    public void Write_Xlsx_TextStartingLikeAFormulaGetsAnApostropheAndNumbersStayNumbers()
    {
        using var scratch = new Scratch();
        var path = Path.Combine(scratch.Directory, "uit.xlsx");
        Hostile().Write(path, ExportFormat.Xlsx, ExportOptions.Raw);
        var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        // XML reads a lone CR back as LF; the apostrophe before it is what matters.
        Assert.Equal(HostileInert.Select(n => n.Replace('\r', '\n')), rows.Select(r => (string)r["Area"]!));
        Assert.All(rows, r => Assert.Equal(-1.5, Convert.ToDouble(r["Value"], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("a.csv", ExportFormat.Csv)]
    [InlineData("a.XLSX", ExportFormat.Xlsx)]
    [InlineData("a.json", ExportFormat.Json)]
    [InlineData("a.txt", null)]
    public void FormatOf_ByExtension(string path, ExportFormat? format) => Assert.Equal(format, TidyTableWriter.FormatOf(path));
}
