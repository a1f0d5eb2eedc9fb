using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Wijkmix.Benchmarks;

/// <summary>
/// Generates a synthetic but realistically shaped KWB file in the exact CBS kwb-2024 column layout:
/// gemeenten (GMgggg), each followed by its wijken (WKggggww) and then its buurten (BUggggwwbb),
/// as in CBS's own file. Deterministic for a given seed; about 5 % of the numeric cells are "."
/// (suppressed), the rest integers or one-decimal values like the real file.
/// </summary>
internal static class KwbFileGenerator
{
    private const double SuppressedShare = 0.05;

    private static readonly string[] Prefixes = ["Noord", "Zuid", "Oost", "West", "Groot", "Klein", "Nieuw", "Oud", "Hoog", "Laag", "Sint", "Ter"];
    private static readonly string[] Stems = ["veen", "dam", "dijk", "broek", "wijk", "horst", "hoven", "woude", "sloot", "zijl", "reeënhof", "brug", "akker", "meer"];

    private enum Kind
    {
        Code,
        CodeDigits,
        Name,
        MunicipalityName,
        Level,
        Integer,
        Decimal,
        Small,
    }

    /// <summary>The data rows (without header); each cell is a string, an int or a double.</summary>
    public static List<object[]> Generate(int rowCount, int seed)
    {
        var kinds = KwbLayout.Columns.Select(KindOf).ToArray();
        var random = new Random(seed);
        var rows = new List<object[]>(rowCount);
        for (var g = 1; rows.Count < rowCount; g++)
        {
            var gm = g.ToString("D4", CultureInfo.InvariantCulture);
            var gmName = Name(random);
            var wijken = random.Next(2, 18);
            var buurten = Enumerable.Range(0, wijken).Select(_ => random.Next(1, 8)).ToArray();
            Add(rows, rowCount, Row(random, kinds, "GM" + gm, gm, gmName, gmName, "Gemeente", 400_000));
            for (var w = 0; w < wijken; w++)
            {
                var ww = gm + (w + 1).ToString("D2", CultureInfo.InvariantCulture);
                Add(rows, rowCount, Row(random, kinds, "WK" + ww, ww, $"Wijk {w + 1:D2} {Name(random)}", gmName, "Wijk", 30_000));
            }

            for (var w = 0; w < wijken; w++)
            {
                var ww = gm + (w + 1).ToString("D2", CultureInfo.InvariantCulture);
                for (var b = 0; b < buurten[w]; b++)
                {
                    var bb = ww + b.ToString("D2", CultureInfo.InvariantCulture);
                    Add(rows, rowCount, Row(random, kinds, "BU" + bb, bb, Name(random), gmName, "Buurt", 6_000));
                }
            }
        }

        return rows;
    }

    /// <summary>';'-separated UTF-8 text without BOM and with CRLF line ends, exactly like CBS's converted kwb file.</summary>
    public static void WriteCsv(string path, IReadOnlyList<object[]> rows)
    {
        var text = new StringBuilder(rows.Count * 600);
        text.Append(KwbLayout.Header).Append("\r\n");
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(';');
                }

                text.Append(Format(row[i]));
            }

            text.Append("\r\n");
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>One sheet whose first row is the header; numbers as numeric cells, "." and names as text, like CBS's xlsx.</summary>
    public static void WriteXlsx(string path, IReadOnlyList<object[]> rows)
    {
        var columns = KwbLayout.Columns;
        var sheet = rows.Select(row =>
        {
            var record = new Dictionary<string, object>(columns.Count, StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                record[columns[i]] = row[i];
            }

            return record;
        });
        MiniExcel.SaveAs(path, sheet, printHeader: true, sheetName: "KWB2024", overwriteFile: true);
    }

    private static void Add(List<object[]> rows, int rowCount, object[] row)
    {
        if (rows.Count < rowCount)
        {
            rows.Add(row);
        }
    }

    private static object[] Row(Random random, Kind[] kinds, string code, string digits, string name, string gmName, string level, int size)
    {
        var inhabitants = random.Next(size / 20, size);
        var cells = new object[kinds.Length];
        for (var i = 0; i < kinds.Length; i++)
        {
            cells[i] = kinds[i] switch
            {
                Kind.Code => code,
                Kind.CodeDigits => digits,
                Kind.Name => name,
                Kind.MunicipalityName => gmName,
                Kind.Level => level,
                Kind.Small => random.Next(1, 6),
                _ when random.NextDouble() < SuppressedShare => ".",
                Kind.Integer => random.Next(0, inhabitants),
                _ => random.Next(0, 1_000) / 10.0,
            };
        }

        return cells;
    }

    private static string Name(Random random) =>
        Prefixes[random.Next(Prefixes.Length)] + Stems[random.Next(Stems.Length)];

    private static Kind KindOf(string column) => column switch
    {
        "gwb_code_10" or "gwb_code" => Kind.Code,
        "gwb_code_8" => Kind.CodeDigits,
        "regio" => Kind.Name,
        "gm_naam" => Kind.MunicipalityName,
        "recs" => Kind.Level,
        "ind_wbi" or "pst_dekp" or "ste_mvs" => Kind.Small,
        // Shares, averages and medians (in x 1 000 euro for money): one-decimal values of 0–99.9, plausible for every unit.
        _ when column.StartsWith("p_", StringComparison.Ordinal) || column.StartsWith("g_", StringComparison.Ordinal)
               || column.StartsWith("m_", StringComparison.Ordinal) => Kind.Decimal,
        _ => Kind.Integer,
    };

    private static string Format(object cell) => cell switch
    {
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Unexpected cell {cell}", nameof(cell)),
    };
}
