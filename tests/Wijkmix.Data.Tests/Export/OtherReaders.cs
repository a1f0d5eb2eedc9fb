using System.Text;
using ExcelDataReader;
using Microsoft.VisualBasic.FileIO;

namespace Wijkmix.Data.Tests.Export;

/// <summary>
/// Readers other than the ones that write the exports (CsvHelper, MiniExcel), so a test sees the file as another program
/// would: Microsoft.VisualBasic's TextFieldParser for CSV, ExcelDataReader for XLSX. Linked into the web tests too.
/// </summary>
internal static class OtherReaders
{
    /// <summary>Every row's fields; a byte-order mark is detected and skipped.</summary>
    public static List<string[]> Csv(byte[] bytes, string delimiter)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), Encoding.UTF8, detectEncoding: true) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(delimiter);
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    /// <summary>Every sheet by name, each a list of rows of cells as ExcelDataReader reads them.</summary>
    public static Dictionary<string, List<object?[]>> Xlsx(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = sheets[reader.Name] = [];
            while (reader.Read())
            {
                var cells = new object?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.GetValue(i);
                }

                rows.Add(cells);
            }
        }
        while (reader.NextResult());

        return sheets;
    }
}
