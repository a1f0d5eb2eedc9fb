namespace Wijkmix.Segregation;

/// <summary>
/// Collects long form rows for <see cref="CountTable.FromLong(IEnumerable{ValueTuple{string, string, double}})"/>:
/// names to indices in order of first appearance, each row kept as (unit, group, count) in flat
/// arrays and added into the table at the end, in row order (so repeated rows sum exactly as before).
/// </summary>
internal sealed class LongFormBuilder
{
    /// <summary>Up to this many groups a linear scan beats hashing the name.</summary>
    private const int ScanGroups = 16;

    private readonly Dictionary<string, int> _unitIndex;
    private readonly Dictionary<string, int> _groupIndex = new(StringComparer.Ordinal);
    private readonly List<string> _units;
    private readonly List<string> _groups = [];
    private int[] _unitOfRow;
    private int[] _groupOfRow;
    private double[] _countOfRow;
    private int _rows;
    private string? _lastUnit;
    private int _lastUnitIndex = -1;

    public LongFormBuilder(int expectedRows)
    {
        var capacity = Math.Max(16, expectedRows);
        _unitOfRow = new int[capacity];
        _groupOfRow = new int[capacity];
        _countOfRow = new double[capacity];
        _unitIndex = new Dictionary<string, int>(Math.Max(16, expectedRows / 4), StringComparer.Ordinal);
        _units = new List<string>(Math.Max(16, expectedRows / 4));
    }

    public void Add(string unit, string group, double count)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(group);
        CountTable.CheckCell(unit, group, count);
        if (_rows == _unitOfRow.Length)
        {
            var size = _rows * 2;
            Array.Resize(ref _unitOfRow, size);
            Array.Resize(ref _groupOfRow, size);
            Array.Resize(ref _countOfRow, size);
        }

        _unitOfRow[_rows] = UnitIndex(unit);
        _groupOfRow[_rows] = GroupIndex(group);
        _countOfRow[_rows] = count;
        _rows++;
    }

    public CountTable Build() =>
        CountTable.FromIndices(_units, _groups, _unitOfRow.AsSpan(0, _rows), _groupOfRow.AsSpan(0, _rows), _countOfRow.AsSpan(0, _rows), namesUnique: true);

    private int UnitIndex(string unit)
    {
        if (string.Equals(unit, _lastUnit, StringComparison.Ordinal))
        {
            return _lastUnitIndex;
        }

        if (!_unitIndex.TryGetValue(unit, out var u))
        {
            CheckName(unit, "unit");
            _unitIndex[unit] = u = _units.Count;
            _units.Add(unit);
        }

        _lastUnit = unit;
        _lastUnitIndex = u;
        return u;
    }

    /// <summary>Names come from dictionaries, so they cannot repeat; an empty one is refused as the table's own check would.</summary>
    private static void CheckName(string name, string what)
    {
        if (name.Length == 0)
        {
            throw new SegregationInputException($"{what} name \"\" is empty or occurs twice", what == "unit" ? name : null, what == "group" ? name : null);
        }
    }

    private int GroupIndex(string group)
    {
        if (_groups.Count <= ScanGroups)
        {
            for (var g = 0; g < _groups.Count; g++)
            {
                if (string.Equals(_groups[g], group, StringComparison.Ordinal))
                {
                    return g;
                }
            }
        }
        else if (_groupIndex.TryGetValue(group, out var found))
        {
            return found;
        }

        CheckName(group, "group");
        _groupIndex[group] = _groups.Count;
        _groups.Add(group);
        return _groups.Count - 1;
    }
}
