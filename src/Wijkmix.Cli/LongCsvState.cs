namespace Wijkmix.Cli;

/// <summary>The state of <see cref="LongCsvReader"/> between lines: the header's columns, the interned names and the rows so far.</summary>
internal sealed class LongCsvState(string unitColumn, string groupColumn, string countColumn)
{
    private readonly LongCsvRows _rows = new()
    {
        UnitOfRow = new int[1024],
        GroupOfRow = new int[1024],
        CountOfRow = new double[1024],
    };

    private readonly NamePool _units = new();
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly Range[] _fields = new Range[64];
    private readonly bool[] _escaped = new bool[64];
    private string[] _header = [];
    private int _line;
    private int _unitField = -1;
    private int _groupField = -1;
    private int _countField = -1;
    private int _needed;
    private int _lastUnit = -1;

    public LongCsvProblem? Problem { get; private set; }

    public void Line(ReadOnlySpan<char> line)
    {
        _line++;
        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }

        if (line.IsWhiteSpace())
        {
            return;
        }

        if (_header.Length == 0)
        {
            Header(line);
            return;
        }

        var count = LongCsvReader.Split(line, _rows.Delimiter, _fields.AsSpan(0, _needed), _escaped.AsSpan(0, _needed));
        if (count < 0)
        {
            Problem = new LongCsvProblem(LongCsvProblemKind.OpenQuote, _line, string.Empty, string.Empty);
            return;
        }

        if (count < _needed)
        {
            var missing = new[] { _unitField, _groupField, _countField }.Where(f => f >= count).Min();
            Problem = new LongCsvProblem(LongCsvProblemKind.TooFewFields, _line, _header[missing], count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        var countText = line[_fields[_countField]].Trim();
        if (!LongCsvReader.TryCount(countText, _rows.Delimiter, out var value))
        {
            Problem = new LongCsvProblem(LongCsvProblemKind.BadCount, _line, _header[_countField], countText.ToString());
            return;
        }

        var unit = Unit(line);
        var group = unit < 0 ? -1 : Group(line);
        if (group < 0)
        {
            return;
        }

        var r = _rows.Rows;
        if (r == _rows.UnitOfRow.Length)
        {
            _rows.UnitOfRow = Grow(_rows.UnitOfRow);
            _rows.GroupOfRow = Grow(_rows.GroupOfRow);
            _rows.CountOfRow = Grow(_rows.CountOfRow);
        }

        _rows.UnitOfRow[r] = unit;
        _rows.GroupOfRow[r] = group;
        _rows.CountOfRow[r] = value;
        _rows.Rows = r + 1;
    }

    /// <summary>Sizes the rows and the unit index for the whole file, <paramref name="scale"/> times what was read so far.</summary>
    public void Reserve(double scale)
    {
        var rows = (int)Math.Min(Array.MaxLength / 2, (_rows.Rows * scale * 1.02) + 1024);
        if (rows > _rows.UnitOfRow.Length)
        {
            _rows.UnitOfRow = Resize(_rows.UnitOfRow, rows);
            _rows.GroupOfRow = Resize(_rows.GroupOfRow, rows);
            _rows.CountOfRow = Resize(_rows.CountOfRow, rows);
        }

        _units.Reserve((int)Math.Min(rows, (_units.Count * scale * 1.02) + 16));
        _rows.FirstLineOfUnit.EnsureCapacity((int)Math.Min(rows, (_units.Count * scale * 1.02) + 16));
    }

    public (LongCsvRows? Rows, LongCsvProblem? Problem) Finish()
    {
        if (Problem is null && _header.Length == 0)
        {
            Problem = new LongCsvProblem(LongCsvProblemKind.Empty, 1, string.Empty, string.Empty);
        }

        if (Problem is not null)
        {
            return (null, Problem);
        }

        _rows.Units = _units.ToList();
        return (_rows, null);
    }

    private void Header(ReadOnlySpan<char> line)
    {
        int semicolons = line.Count(';'), commas = line.Count(',');
        _rows.Delimiter = semicolons > commas ? ';' : ',';
        var count = LongCsvReader.Split(line, _rows.Delimiter, _fields, _escaped);
        if (count < 0)
        {
            Problem = new LongCsvProblem(LongCsvProblemKind.OpenQuote, _line, string.Empty, string.Empty);
            return;
        }

        _header = new string[count];
        for (var f = 0; f < count; f++)
        {
            _header[f] = line[_fields[f]].Trim().ToString();
        }

        int Find(string name) => Array.FindIndex(_header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        (_unitField, _groupField, _countField) = (Find(unitColumn), Find(groupColumn), Find(countColumn));
        foreach (var (field, name) in new[] { (_unitField, unitColumn), (_groupField, groupColumn), (_countField, countColumn) })
        {
            if (field < 0)
            {
                Problem = new LongCsvProblem(LongCsvProblemKind.MissingColumn, _line, name, string.Join(", ", _header));
                return;
            }
        }

        _needed = Math.Max(_unitField, Math.Max(_groupField, _countField)) + 1;
    }

    private int Unit(ReadOnlySpan<char> line)
    {
        var name = line[_fields[_unitField]].Trim();
        if (_lastUnit >= 0 && !_escaped[_unitField] && name.SequenceEqual(_units[_lastUnit]))
        {
            return _lastUnit;
        }

        if (name.IsEmpty)
        {
            Problem = new LongCsvProblem(LongCsvProblemKind.EmptyName, _line, _header[_unitField], string.Empty);
            return -1;
        }

        var known = _units.Count;
        _lastUnit = _escaped[_unitField] ? _units.Intern(name.ToString().Replace("\"\"", "\"", StringComparison.Ordinal)) : _units.Intern(name);
        if (_units.Count > known)
        {
            _rows.FirstLineOfUnit.Add(_line);
        }

        return _lastUnit;
    }

    private int Group(ReadOnlySpan<char> line)
    {
        var name = line[_fields[_groupField]].Trim();
        if (name.IsEmpty)
        {
            Problem = new LongCsvProblem(LongCsvProblemKind.EmptyName, _line, _header[_groupField], string.Empty);
            return -1;
        }

        var text = _escaped[_groupField] ? name.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : null;
        var groups = _rows.Groups;
        if (groups.Count <= 16)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                if (text is null ? name.SequenceEqual(groups[g]) : string.Equals(text, groups[g], StringComparison.Ordinal))
                {
                    return g;
                }
            }
        }
        else if (text is null ? _groups.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var found) : _groups.TryGetValue(text, out found))
        {
            return found;
        }

        text ??= name.ToString();
        _groups[text] = groups.Count;
        groups.Add(text);
        return groups.Count - 1;
    }

    private static T[] Grow<T>(T[] array) => Resize(array, array.Length * 2);

    private static T[] Resize<T>(T[] array, int length)
    {
        Array.Resize(ref array, length);
        return array;
    }
}
