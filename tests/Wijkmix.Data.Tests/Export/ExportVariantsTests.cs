using System.Text;
using Wijkmix.Core.Tables;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Export;

namespace Wijkmix.Data.Tests.Export;

/// <summary>
/// The Dutch CSV, the rounded international CSV and the XLSX with its sheet of sources, each read back by a reader other
/// than the one that wrote it (Microsoft.VisualBasic's TextFieldParser for CSV, ExcelDataReader for XLSX).
/// </summary>
public class ExportVariantsTests
{
    private static readonly ExportVariable OnePerson = ExportVariables.Indicator("households_one_person_share", "Eenpersoonshuishoudens (%)",
        "One-person households (%)", MeasureUnit.Percent, "households_one_person_pct", "households_one_person", ["households"], 100);

    private static ExportOptions Options(bool english = false, bool rounded = true) =>
        new(english, rounded, ExportVariables.With([OnePerson]));

    /// <summary>Utrecht (GM0344) 2024: 374,238 inhabitants; 100,712 one-person households of 189,436 (KWB 2024), a share of 53.165...%.</summary>
    private static TidyTable Utrecht()
    {
        var table = new TidyTable(["area_code", "area_name", "year", "variable", "value", "status"]);
        table.Add("GM0344", "Utrecht", 2024, "inhabitants", 374_238.0, "published");
        table.Add("GM0344", "Utrecht", 2024, "households_one_person_share", 100_712.0 / 189_436 * 100, "computed");
        table.Add("GM0344", "Utrecht", 2024, "households_low_income_pct", 8.25, "published");
        table.Add("BU03440000", "Binnenstad", 2024, "households_low_income_pct", null, "suppressed");
        return table;
    }

    private static byte[] Bytes(TidyTable table, ExportFormat format, ExportOptions options)
    {
        using var buffer = new MemoryStream();
        table.Write(buffer, format, options);
        return buffer.ToArray();
    }


    [Fact]
    public void International_csv_has_no_bom_a_decimal_point_and_values_rounded_as_cbs_publishes_them()
    {
        var bytes = Bytes(Utrecht(), ExportFormat.Csv, Options());
        Assert.Equal((byte)'a', bytes[0]);
        var rows = OtherReaders.Csv(bytes, ",");
        Assert.Equal(["area_code", "area_name", "year", "variable", "value", "status"], rows[0]);
        Assert.Equal("374238", rows[1][4]);
        Assert.Equal("53.2", rows[2][4]);
        // 8.25 rounds half away from zero, as CBS rounds; banker's rounding would give 8.2.
        Assert.Equal("8.3", rows[3][4]);
        Assert.Equal(["BU03440000", "Binnenstad", "2024", "households_low_income_pct", "", "suppressed"], rows[4]);
    }

    [Fact]
    public void Unrounded_export_keeps_every_digit()
    {
        var rows = OtherReaders.Csv(Bytes(Utrecht(), ExportFormat.Csv, Options(rounded: false)), ",");
        Assert.Equal(100_712.0 / 189_436 * 100, double.Parse(rows[2][4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("8.25", rows[3][4]);
    }

    [Fact]
    public void Dutch_csv_has_a_bom_semicolons_decimal_commas_and_dutch_words()
    {
        var bytes = Bytes(Utrecht(), ExportFormat.CsvDutch, Options());
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = OtherReaders.Csv(bytes, ";");
        Assert.Equal(["Gebiedscode", "Gebied", "Jaar", "Variabele", "Naam variabele", "Waarde", "Status"], rows[0]);
        Assert.Equal(["GM0344", "Utrecht", "2024", "inhabitants", "Inwoners", "374238", "gepubliceerd"], rows[1]);
        Assert.Equal(["GM0344", "Utrecht", "2024", "households_one_person_share", "Eenpersoonshuishoudens (%)", "53,2", "berekend"], rows[2]);
        Assert.Equal("8,3", rows[3][5]);
        Assert.Equal(["BU03440000", "Binnenstad", "2024", "households_low_income_pct", "Huishoudens met een laag inkomen (%)", "", "geheim"], rows[4]);
    }

    [Fact]
    public void Xlsx_has_dutch_headers_and_a_sheet_of_sources_units_and_definitions()
    {
        var sheets = OtherReaders.Xlsx(Bytes(Utrecht(), ExportFormat.Xlsx, Options()));
        Assert.Equal(["Gegevens", "Bronnen"], sheets.Keys);
        var data = sheets["Gegevens"];
        Assert.Equal(["Gebiedscode", "Gebied", "Jaar", "Variabele", "Naam variabele", "Waarde", "Status"], Row(data, 0));
        Assert.Equal(374_238d, data[1][5]);
        Assert.Equal(53.2, data[2][5]);
        Assert.Equal(8.3, data[3][5]);
        Assert.Equal("geheim", data[4][6]);

        var sources = sheets["Bronnen"];
        Assert.Equal(["Variabele", "Naam variabele", "Eenheid", "Decimalen", "Bron", "Definitie"], Row(sources, 0));
        Assert.Equal(3, sources.Count - 1);
        Assert.Equal(["inhabitants", "Inwoners", "aantal", "0", "CBS, Kerncijfers wijken en buurten (CC BY 4.0)",
            "Aantal inwoners op 1 januari (bevolkingsregister, BRP)."], Row(sources, 1));
        Assert.Equal(["households_one_person_share", "Eenpersoonshuishoudens (%)", "procent", "1",
            "CBS, Kerncijfers wijken en buurten (CC BY 4.0); Wijkmix, berekend uit CBS Kerncijfers wijken en buurten (CC BY 4.0)",
            "Eenpersoonshuishoudens als percentage van alle particuliere huishoudens. Berekend door Wijkmix: Eenpersoonshuishoudens gedeeld door (Huishoudens), maal 100."],
            Row(sources, 2));
    }

    [Fact]
    public void Xlsx_in_english_has_english_headers_and_sheet_names()
    {
        var sheets = OtherReaders.Xlsx(Bytes(Utrecht(), ExportFormat.Xlsx, Options(english: true)));
        Assert.Equal(["Data", "Sources"], sheets.Keys);
        Assert.Equal(["Area code", "Area", "Year", "Variable", "Variable name", "Value", "Status"], Row(sheets["Data"], 0));
        Assert.Equal("Inhabitants", sheets["Data"][1][4]);
        Assert.Equal("percent", sheets["Sources"][2][2]);
    }

    [Theory]
    [InlineData(MeasureUnit.Count, 12_345.5, 12_346)]
    [InlineData(MeasureUnit.Euro, 421_449.6, 421_450)]
    [InlineData(MeasureUnit.Percent, 0.05, 0.1)]
    [InlineData(MeasureUnit.Percent, -2.25, -2.3)]
    [InlineData(MeasureUnit.Number, 2.0499, 2.0)]
    [InlineData(MeasureUnit.Kilometre, 1.25, 1.3)]
    [InlineData(MeasureUnit.Category, 2.0, 2.0)]
    public void Cbs_rounding_by_unit(MeasureUnit unit, double value, double expected) => Assert.Equal(expected, CbsRounding.Round(value, unit));


    private static string[] Row(List<object?[]> sheet, int row) =>
        sheet[row].Select(c => Convert.ToString(c, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray();
}
