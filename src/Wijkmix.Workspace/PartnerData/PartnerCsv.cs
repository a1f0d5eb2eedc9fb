using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// A suppressed partner table as a Dutch CSV (';', decimal comma): written by CsvHelper so a label with
/// ';', quotes or a line break stays in its cell, and a label that a spreadsheet would run as a formula
/// (starting with =, +, -, @, tab or CR) is escaped with a leading apostrophe (OWASP: CSV injection).
/// </summary>
public static class PartnerCsv
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Suppressed cells are written as CBS does: '.'.</summary>
    public static string Cell(SuppressedCell cell) => cell.Value is { } value ? value.ToString("N0", Dutch) : ".";

    /// <summary>The part's table with the column totals, and a row total only where the row adds up (<see cref="PublishedPart.RowsAddUp"/>).</summary>
    public static byte[] Write(PublishedPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var table = part.Table;
        var rowTotals = part.RowsAddUp;
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        var configuration = new CsvConfiguration(Dutch)
        {
            Delimiter = ";",
            InjectionOptions = InjectionOptions.Escape,
            NewLine = "\r\n",
        };
        using (var csv = new CsvWriter(text, configuration))
        {
            var cells = table.Cells;
            csv.WriteField("eenheid");
            foreach (var measure in table.Measures)
            {
                csv.WriteField(measure);
            }

            if (rowTotals)
            {
                csv.WriteField("totaal");
            }

            csv.NextRecord();
            for (var r = 0; r < table.Units.Count; r++)
            {
                csv.WriteField(table.Units[r]);
                for (var c = 0; c < table.Measures.Count; c++)
                {
                    csv.WriteField(Cell(cells.Cell(r, c)));
                }

                if (rowTotals)
                {
                    csv.WriteField(Cell(cells.RowTotal(r)));
                }

                csv.NextRecord();
            }

            csv.WriteField("totaal");
            for (var c = 0; c < table.Measures.Count; c++)
            {
                csv.WriteField(Cell(cells.ColumnTotal(c)));
            }

            if (rowTotals)
            {
                csv.WriteField(Cell(cells.GrandTotal));
            }

            csv.NextRecord();
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
