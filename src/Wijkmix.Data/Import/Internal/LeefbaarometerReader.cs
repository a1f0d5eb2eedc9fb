using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Data.Leefbaarometer;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Reads a Leefbaarometer score file into figures per area and year. Every row is checked (code, level, year, each
/// score); all problems are collected with line and column, and a file with any problem stores nothing.
/// </summary>
internal static class LeefbaarometerReader
{
    private const int MaxProblems = 50;

    public static ParsedFile Read(InputFile input, ReadBudget budget)
    {
        var file = input.DisplayName;
        var table = DelimitedReader.Read(input.Text(), ImportFormat.Leefbaarometer, budget);
        var header = table.Header.Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToList();
        var codeColumn = LeefbaarometerFile.CodeColumns.FirstOrDefault(header.Contains);
        var yearColumn = header.IndexOf("jaar");
        if (codeColumn is null || yearColumn < 0 || !header.Contains("lbm"))
        {
            throw InputFile.Fail(file, Messages.LbmColumnsMissing);
        }

        var code = header.IndexOf(codeColumn);
        var name = header.IndexOf(codeColumn[..3] + "naam");
        var level = codeColumn[..2] switch { "bu" => AreaLevel.Neighbourhood, "wk" => AreaLevel.District, _ => AreaLevel.Municipality };
        var scores = LeefbaarometerFile.Scores.Select(s => (Index: header.IndexOf(s.Column), s.Column, s.VariableId)).Where(s => s.Index >= 0).ToList();

        var problems = new List<ImportProblem>();
        var problemCount = 0;
        void Problem(int line, string? field, string message)
        {
            if (++problemCount <= MaxProblems)
            {
                problems.Add(new ImportProblem(file, line, field, message));
            }
        }

        var areas = new List<AreaRecord>();
        var observations = new List<Observation>();
        var seen = new Dictionary<(AreaCode, int), int>();
        foreach (var row in table.Rows)
        {
            var codeText = Cell(row, code);
            if (!AreaCode.TryParse(codeText, out var area))
            {
                Problem(row.Line, codeColumn, string.Format(Messages.Culture, Messages.InvalidAreaCode, codeText));
                continue;
            }

            if (area.Level != level)
            {
                Problem(row.Line, codeColumn, string.Format(Messages.Culture, Messages.LevelMismatch, codeColumn, area.Value));
                continue;
            }

            var yearText = Cell(row, yearColumn);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1990 or > 2100)
            {
                Problem(row.Line, "jaar", string.Format(Messages.Culture, Messages.InvalidYear, yearText));
                continue;
            }

            if (seen.TryGetValue((area, year), out var earlier))
            {
                Problem(row.Line, codeColumn, string.Format(Messages.Culture, Messages.DuplicateArea, area.Value, year, earlier));
                continue;
            }

            seen[(area, year)] = row.Line;
            areas.Add(new AreaRecord(area, name >= 0 && Cell(row, name) is { Length: > 0 } n ? n : null, null, year));
            foreach (var (index, column, variable) in scores)
            {
                var text = Cell(row, index);
                switch (CellParser.Parse(text, out var value))
                {
                    case CellKind.Number:
                        observations.Add(new Observation(area, year, variable, value));
                        break;
                    case CellKind.Empty or CellKind.Suppressed:
                        // The Leefbaarometer leaves areas with too few dwellings without a score.
                        observations.Add(new Observation(area, year, variable, null));
                        break;
                    default:
                        Problem(row.Line, column, string.Format(Messages.Culture, Messages.NotANumber, text));
                        break;
                }
            }
        }

        if (table.Rows.Count == 0)
        {
            Problem(2, null, Messages.LbmNoRows);
        }

        if (problemCount > MaxProblems)
        {
            problems.Add(new ImportProblem(file, null, null, string.Format(Messages.Culture, Messages.MoreProblems, problemCount - MaxProblems)));
        }

        return new ParsedFile(file, input.Sha256, ImportFormat.Leefbaarometer, LeefbaarometerFile.Dataset, areas, observations, [], [], [], problems);
    }

    private static string Cell(RawRow row, int index) => index < row.Cells.Length ? row.Cells[index]?.Trim() ?? string.Empty : string.Empty;
}
