using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;
using Wijkmix.Core.Variables;
using Wijkmix.Data.Resources;

namespace Wijkmix.Data.Import.Internal;

/// <summary>
/// Gives a <see cref="RawTable"/> its meaning: finds the code, name, region-type and year columns,
/// maps every other header to a catalogue variable, and turns cells into observations. Collects
/// every problem (up to a limit) instead of stopping at the first.
/// </summary>
internal sealed class TableImporter
{
    private const int MaxProblems = 50;

    private readonly VariableCatalogue _catalogue;
    private readonly RawTable _table;
    private readonly string _file;
    private readonly int? _defaultYear;
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<string, MeasureUnit> _units = new(StringComparer.Ordinal);
    private int _problemCount;

    private TableImporter(VariableCatalogue catalogue, RawTable table, string file, int? defaultYear)
    {
        _catalogue = catalogue;
        _table = table;
        _file = file;
        _defaultYear = defaultYear;
    }

    public static ParsedFile Import(
        VariableCatalogue catalogue, RawTable table, InputFile input, string dataset, int? defaultYear) =>
        new TableImporter(catalogue, table, input.DisplayName, defaultYear).Run(input, dataset);

    private ParsedFile Run(InputFile input, string dataset)
    {
        var header = _table.Header;
        int? codeColumn = Best(ColumnRole.Code), nameColumn = Best(ColumnRole.Name),
            municipalityColumn = Best(ColumnRole.MunicipalityName), levelColumn = Best(ColumnRole.Level), yearColumn = Best(ColumnRole.Year);
        var variableColumns = Enumerable.Range(0, header.Count)
            .Where(i => ColumnRoles.Find(header[i]) is null && header[i].Length > 0)
            .ToArray();

        if (codeColumn is not { } code)
        {
            return Result(input, dataset, [], [], [], variableColumns.Select(i => header[i]).ToArray(), [],
                [new ImportProblem(_file, _table.Rows.Count > 0 && _table.Rows[0].Line > 0 ? 1 : null, null, Messages.NoAreaColumn)]);
        }

        var aliasesByYear = new Dictionary<int, VariableAlias?[]>();
        var usedColumns = new HashSet<int>();
        var observations = new List<Observation>(_table.Rows.Count * variableColumns.Length / 2);
        var scaled = new List<ScaledCell>();
        var areas = new List<AreaRecord>(_table.Rows.Count);
        var geometries = new List<AreaGeometry>();
        var seen = new Dictionary<(AreaCode, int), int>();

        for (var r = 0; r < _table.Rows.Count && _problemCount < MaxProblems * 4; r++)
        {
            var row = _table.Rows[r];
            var cells = row.Cells;
            var codeText = cells[code]?.Trim();
            if (string.IsNullOrEmpty(codeText))
            {
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                Problem(row, header[code], string.Format(Messages.Culture, Messages.InvalidAreaCode, string.Empty));
                continue;
            }

            if (!AreaCode.TryParse(codeText, out var area))
            {
                Problem(row, header[code], string.Format(Messages.Culture, Messages.InvalidAreaCode, codeText));
                continue;
            }

            if (levelColumn is { } lc && cells[lc] is { } levelText && ColumnRoles.ParseLevel(levelText) is { } level && level != area.Level)
            {
                Problem(row, header[lc], string.Format(Messages.Culture, Messages.LevelMismatch, levelText.Trim(), area.Value));
                continue;
            }

            int year;
            if (yearColumn is { } yc)
            {
                var yearText = cells[yc]?.Trim() ?? string.Empty;
                if (!TryParseYear(yearText, out year))
                {
                    Problem(row, header[yc], string.Format(Messages.Culture, Messages.InvalidYear, yearText));
                    continue;
                }
            }
            else if (_defaultYear is { } dy)
            {
                year = dy;
            }
            else
            {
                return Result(input, dataset, [], [], [], [], [], [new ImportProblem(_file, null, null, Messages.NoYear)]);
            }

            if (!seen.TryAdd((area, year), row.Line == 0 ? r + 1 : row.Line))
            {
                Problem(row, header[code], string.Format(Messages.Culture, Messages.DuplicateArea, area.Value, year, seen[(area, year)]));
                continue;
            }

            var municipalityName = municipalityColumn is { } mc ? Clean(cells[mc]) : null;
            var name = nameColumn is { } nc ? Clean(cells[nc]) : null;
            if (name is null && area.Level == AreaLevel.Municipality)
            {
                name = municipalityName;
            }

            areas.Add(new AreaRecord(area, name, municipalityName, year));
            if (_table.Geometries?[r] is { } geometry)
            {
                geometries.Add(new AreaGeometry(area, year, geometry));
            }

            if (!aliasesByYear.TryGetValue(year, out var aliases))
            {
                aliasesByYear[year] = aliases = variableColumns
                    .Select(c => _catalogue.TryResolve(header[c], year, out var found) ? found : null).ToArray();
                if (DuplicateColumns(aliases, variableColumns) is { } duplicate)
                {
                    return Result(input, dataset, [], [], [], [], [], [duplicate]);
                }

                CheckUnits(aliases, variableColumns);
            }

            for (var v = 0; v < variableColumns.Length; v++)
            {
                var c = variableColumns[v];
                var alias = aliases[v];
                var text = cells[c];
                if (alias is null || text is null)
                {
                    continue;
                }

                usedColumns.Add(c);
                switch (CellParser.Parse(text, out var value))
                {
                    case CellKind.Empty:
                        break;
                    case CellKind.Suppressed:
                        observations.Add(Observation.Suppressed(area, year, alias.VariableId));
                        break;
                    case CellKind.Number:
                        if (alias.Scale != 1)
                        {
                            scaled.Add(new ScaledCell(observations.Count, alias, row, c));
                        }
                        else if (!Plausible(row, c, alias, value, scale: 1))
                        {
                            break;
                        }

                        observations.Add(new Observation(area, year, alias.VariableId, value));
                        break;
                    default:
                        Problem(row, header[c], string.Format(Messages.Culture, Messages.NotANumber, text.Trim()));
                        break;
                }
            }
        }

        var skipped = variableColumns.Where(c => !usedColumns.Contains(c)).Select(c => header[c]).ToArray();
        var skippedYear = _defaultYear ?? aliasesByYear.Keys.Cast<int?>().FirstOrDefault();
        // A code list (codes and names, no figure columns at all) names areas; anything else must bring figures.
        var isCodeList = variableColumns.Length == 0 && areas.Count > 0 && areas.All(a => a.Name is not null);
        if (_problems.Count == 0 && observations.Count == 0 && geometries.Count == 0 && !isCodeList)
        {
            _problems.Add(new ImportProblem(_file, null, null, Messages.NoVariables));
        }

        var notes = new List<string>();
        Scale(observations, scaled, notes);
        if (_problemCount > _problems.Count)
        {
            _problems.Add(new ImportProblem(_file, null, null, string.Format(Messages.Culture, Messages.MoreProblems, _problemCount - _problems.Count)));
        }

        return Result(input, dataset, areas, observations, geometries, skipped, notes, _problems) with
        {
            SkippedDetails = skipped.Select(key => new SkippedColumn(
                key,
                _table.Columns.TryGetValue(key, out var column) ? column.Title : null,
                _catalogue.IsNotUsed(key, skippedYear, out var notUsed) ? notUsed.Reason : null)).ToArray(),
        };
    }

    /// <summary>
    /// A column whose own DataProperties give a unit or scale other than the catalogue's (a percentage
    /// where a count is expected, "x 1 000 euro" where the spelling does not scale) would store wrong
    /// figures under a right name; it is a problem, so nothing is stored.
    /// </summary>
    private void CheckUnits(VariableAlias?[] aliases, int[] columns)
    {
        for (var v = 0; v < aliases.Length; v++)
        {
            var key = _table.Header[columns[v]];
            if (aliases[v] is { } alias && _table.Columns.TryGetValue(key, out var column) && column.Unit is { } unit
                && _catalogue.TryGet(alias.VariableId, out var variable) && !CbsUnits.Agree(variable.Unit, alias.Scale, unit, column.Decimals))
            {
                _problemCount++;
                _problems.Add(new ImportProblem(_file, _table.Rows.Count > 0 && _table.Rows[0].Line > 0 ? 1 : null, key,
                    string.Format(Messages.Culture, Messages.UnitMismatch, unit, column.Decimals?.ToString(CultureInfo.InvariantCulture) ?? "?",
                        column.Title, $"{variable.Name} ({alias.VariableId})", CbsUnits.Expected(variable.Unit, alias.Scale))));
            }
        }
    }

    /// <summary>A figure read from a column whose spelling scales it (x 1 000 euro), checked once its scale is known.</summary>
    private readonly record struct ScaledCell(int Index, VariableAlias Alias, RawRow Row, int Column);

    /// <summary>
    /// Applies each spelling's scale (x 1 000 euro → euro) in place. Third parties sometimes publish
    /// those columns already in euro; a median above 5 000 cannot be thousands of euros for an
    /// average WOZ value or income, so such a column is left as it is and a note says so. Every
    /// figure is then checked as it will be stored (1e308 × 1 000 is ∞, and refused).
    /// </summary>
    private void Scale(List<Observation> observations, List<ScaledCell> scaled, List<string> notes)
    {
        foreach (var group in scaled.GroupBy(s => s.Alias))
        {
            var values = group.Select(s => Math.Abs(observations[s.Index].Value!.Value)).Order().ToArray();
            var scale = group.Key.Scale;
            if (values[values.Length / 2] > 5000)
            {
                notes.Add($"{group.Key.Spelling}: {Messages.AlreadyEuro}");
                scale = 1;
            }

            foreach (var cell in group)
            {
                var value = observations[cell.Index].Value!.Value * scale;
                Plausible(cell.Row, cell.Column, cell.Alias, observations[cell.Index].Value!.Value, scale);
                observations[cell.Index] = observations[cell.Index] with { Value = value };
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="value"/> × <paramref name="scale"/> is a figure the variable's unit can have
    /// (<see cref="PlausibleRanges"/>); if not, a problem names line, column, the cell and the range, and
    /// the file is not stored.
    /// </summary>
    private bool Plausible(RawRow row, int column, VariableAlias alias, double value, double scale)
    {
        if (!_units.TryGetValue(alias.VariableId, out var unit))
        {
            _units[alias.VariableId] = unit = _catalogue.TryGet(alias.VariableId, out var variable) ? variable.Unit : MeasureUnit.Number;
        }

        var stored = value * scale;
        var range = PlausibleRanges.For(unit);
        if (range.Contains(stored) && range.IsWholeOrFraction(stored))
        {
            return true;
        }

        var cell = (row.Cells[column] ?? string.Empty).Trim();
        var shown = scale == 1 ? $"\"{cell}\"" : $"\"{cell}\" × {scale.ToString("N0", MessageNumbers.Culture)}";
        var bounds = MessageNumbers.Format(Messages.RangeText, range.Min, range.Max);
        Problem(row, _table.Header[column], range.Contains(stored)
            ? MessageNumbers.Format(Messages.NotWholeCount, shown, PlausibleRanges.Describe(unit), bounds)
            : MessageNumbers.Format(Messages.ImplausibleValue, shown, bounds, PlausibleRanges.Describe(unit)));
        return false;
    }

    /// <summary>Two columns that mean the same variable would make the stored value depend on column order.</summary>
    private ImportProblem? DuplicateColumns(VariableAlias?[] aliases, int[] columns)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var v = 0; v < aliases.Length; v++)
        {
            if (aliases[v] is { } alias && !seen.TryAdd(alias.VariableId, columns[v]))
            {
                return new ImportProblem(_file, _table.Rows.Count > 0 && _table.Rows[0].Line > 0 ? 1 : null,
                    $"{_table.Header[seen[alias.VariableId]]}, {_table.Header[columns[v]]}",
                    string.Format(Messages.Culture, Messages.DuplicateVariable, alias.VariableId));
            }
        }

        return null;
    }

    private ParsedFile Result(
        InputFile input, string dataset, IReadOnlyList<AreaRecord> areas, IReadOnlyList<Observation> observations,
        IReadOnlyList<AreaGeometry> geometries, IReadOnlyList<string> skipped, IReadOnlyList<string> notes, IReadOnlyList<ImportProblem> problems) =>
        new(input.DisplayName, input.Sha256, _table.Format, dataset, areas, observations, geometries, skipped, notes, problems);

    private int? Best(ColumnRole role)
    {
        int? best = null;
        var bestPreference = int.MaxValue;
        for (var i = 0; i < _table.Header.Count; i++)
        {
            if (ColumnRoles.Find(_table.Header[i]) is { } found && found.Role == role && found.Preference < bestPreference)
            {
                (best, bestPreference) = (i, found.Preference);
            }
        }

        return best;
    }

    private void Problem(RawRow row, string field, string message)
    {
        _problemCount++;
        if (_problems.Count < MaxProblems)
        {
            var code = row.Line == 0 ? row.Cells.FirstOrDefault(c => AreaCode.TryParse(c, out _))?.Trim() : null;
            _problems.Add(new ImportProblem(_file, row.Line == 0 ? null : row.Line, code is null ? field : $"{code} → {field}", message));
        }
    }

    private static string? Clean(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed == "." ? null : trimmed;
    }

    /// <summary>Accepts "2019", StatLine's "2019JJ00" and "2019*" (provisional).</summary>
    internal static bool TryParseYear(string text, out int year) =>
        int.TryParse(text.Length > 4 ? text.AsSpan(0, 4) : text.AsSpan(), NumberStyles.None, CultureInfo.InvariantCulture, out year)
        && year is >= 1900 and <= 2100
        && (text.Length == 4 || !char.IsDigit(text[4]));
}
