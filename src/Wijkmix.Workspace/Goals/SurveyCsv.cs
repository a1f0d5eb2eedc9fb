using System.Globalization;
using System.Text;
using Wijkmix.Workspace.Resources;

namespace Wijkmix.Workspace.Goals;

/// <summary>One figure of a resident survey: a perception indicator for an area in a year, with its source.</summary>
public sealed record SurveyRow(string AreaCode, string Indicator, int Year, double Value, string Source);

/// <summary>What reading a survey file gave: its rows, or the problems (then nothing may be stored).</summary>
public sealed record SurveyRead(IReadOnlyList<SurveyRow> Rows, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>
/// Reads the survey template (<c>gebied_code;indicator;jaar;waarde;bron</c>, UTF-8, semicolons, decimal comma or point).
/// Every problem is named with file, row and column; a file with any problem gives no rows at all.
/// </summary>
public static class SurveyCsv
{
    /// <summary>Largest file accepted, in bytes (1 MB).</summary>
    public const int MaxBytes = 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } = ["gebied_code", "indicator", "jaar", "waarde", "bron"];

    public const int MaxIndicatorLength = 100;

    public const int MaxSourceLength = 300;

    /// <summary>The template a partner downloads: the header and one example row for <paramref name="areaCode"/>.</summary>
    public static string Template(string areaCode) =>
        string.Join(';', Columns) + "\n" + WorkspaceText.Format("SurveyExampleRow", areaCode) + "\n";

    /// <summary>Reads <paramref name="content"/> (the whole file); <paramref name="allowedAreas"/> are the codes the workspace covers.</summary>
    public static SurveyRead Read(byte[] content, string fileName, IReadOnlySet<string> allowedAreas)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(allowedAreas);
        if (content.Length > MaxBytes)
        {
            return Fail(WorkspaceText.Format("SurveyFileTooLarge", fileName, content.Length / 1024.0 / 1024.0));
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            var row = 1 + content.Take(ex.Index < 0 ? 0 : ex.Index).Count(b => b == (byte)'\n');
            return Fail(WorkspaceText.Format("SurveyNotUtf8", fileName, row));
        }

        text = text.TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return Fail(WorkspaceText.Format("SurveyEmpty", fileName, string.Join(';', Columns)));
        }

        var header = Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            var at = Enumerable.Range(0, Columns.Count).FirstOrDefault(i => i >= header.Count || header[i] != Columns[i]);
            return Fail(WorkspaceText.Format("SurveyHeader", fileName, at + 1, lines[0].Trim(), string.Join(';', Columns)));
        }

        var problems = new List<string>();
        var rows = new List<SurveyRow>();
        var seen = new Dictionary<(string, string, int), int>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var number = i + 1;
            var cells = Split(lines[i]).Select(c => c.Trim()).ToList();
            if (cells.Count != Columns.Count)
            {
                problems.Add(WorkspaceText.Format("SurveyColumnCount", fileName, number, cells.Count, Columns.Count, string.Join(';', Columns)));
                continue;
            }

            string Where(string column) => WorkspaceText.Format("SurveyCell", fileName, number, column);
            var ok = true;
            var area = cells[0].ToUpperInvariant();
            if (!allowedAreas.Contains(area))
            {
                problems.Add(WorkspaceText.Format("SurveyArea", Where("gebied_code"), cells[0]));
                ok = false;
            }

            if (cells[1].Length is 0 or > MaxIndicatorLength)
            {
                problems.Add(WorkspaceText.Format("SurveyIndicator", Where("indicator"), MaxIndicatorLength));
                ok = false;
            }

            if (!int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                problems.Add(WorkspaceText.Format("SurveyYear", Where("jaar"), cells[2]));
                ok = false;
            }

            if (!TryNumber(cells[3], out var value))
            {
                problems.Add(WorkspaceText.Format("SurveyValue", Where("waarde"), cells[3]));
                ok = false;
            }

            if (cells[4].Length is 0 or > MaxSourceLength)
            {
                problems.Add(WorkspaceText.Format("SurveySource", Where("bron"), MaxSourceLength));
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (seen.TryGetValue((area, cells[1], year), out var first))
            {
                problems.Add(WorkspaceText.Format("SurveyDuplicate", fileName, number, area, cells[1], year, first));
                continue;
            }

            seen[(area, cells[1], year)] = number;
            rows.Add(new SurveyRow(area, cells[1], year, value, cells[4]));
        }

        if (problems.Count == 0 && rows.Count == 0)
        {
            problems.Add(WorkspaceText.Format("SurveyHeaderOnly", fileName));
        }

        return problems.Count > 0 ? new SurveyRead([], problems) : new SurveyRead(rows, []);
    }

    private static SurveyRead Fail(string problem) => new([], [problem]);

    /// <summary>A number with a decimal comma (62,5) or point (62.5), no thousands separators.</summary>
    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value) && text.Count(c => c is ',' or '.') <= 1;

    /// <summary>Splits a line on semicolons; a cell in double quotes may hold semicolons ("" is a quote).</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                quoted = true;
                cell.Clear();
            }
            else if (c == ';')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
