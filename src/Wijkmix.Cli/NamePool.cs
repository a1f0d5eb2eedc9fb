namespace Wijkmix.Cli;

/// <summary>
/// Names to indices in order of first appearance, kept as characters in one growing array and found
/// through an open-addressing table of indices: a million new names make no million objects for the
/// garbage collector to trace while reading (a <see cref="Dictionary{TKey, TValue}"/> of strings spent
/// most of a long CSV's reading time there). The strings are made once, at the end.
/// </summary>
internal sealed class NamePool
{
    private char[] _chars = new char[1 << 16];
    private int _used;
    private int[] _start = new int[1024];
    private int[] _length = new int[1024];
    private int[] _hash = new int[1024];

    /// <summary>Per slot the name's hash (high half) and its index + 1 (low half; 0 = empty): one memory read per probe.</summary>
    private long[] _slots = new long[2048];

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_start[index], _length[index]);

    /// <summary>Makes room for <paramref name="names"/> names without growing on the way.</summary>
    public void Reserve(int names)
    {
        if (names > _start.Length)
        {
            Resize(names);
        }

        if (names * 2 > _slots.Length)
        {
            Rehash((int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)names * 2)));
        }
    }

    /// <summary>The index of <paramref name="name"/>, added at the end if it is new.</summary>
    public int Intern(ReadOnlySpan<char> name)
    {
        var hash = string.GetHashCode(name, StringComparison.Ordinal);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var entry = _slots[slot];
            if ((int)(entry >> 32) == hash && name.SequenceEqual(this[(int)entry - 1]))
            {
                return (int)entry - 1;
            }

            slot = (slot + 1) & mask;
        }

        if (Count == _start.Length)
        {
            Resize(Count * 2);
        }

        if (_used + name.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + name.Length));
        }

        name.CopyTo(_chars.AsSpan(_used));
        (_start[Count], _length[Count], _hash[Count]) = (_used, name.Length, hash);
        _used += name.Length;
        _slots[slot] = Entry(hash, ++Count);
        if (Count * 2 > _slots.Length)
        {
            Rehash(_slots.Length * 2);
        }

        return Count - 1;
    }

    public List<string> ToList()
    {
        var names = new List<string>(Count);
        for (var i = 0; i < Count; i++)
        {
            names.Add(this[i].ToString());
        }

        return names;
    }

    private static long Entry(int hash, int indexPlusOne) => ((long)hash << 32) | (uint)indexPlusOne;

    private void Resize(int size)
    {
        Array.Resize(ref _start, size);
        Array.Resize(ref _length, size);
        Array.Resize(ref _hash, size);
    }

    private void Rehash(int size)
    {
        _slots = new long[size];
        var mask = size - 1;
        for (var i = 0; i < Count; i++)
        {
            var slot = _hash[i] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = Entry(_hash[i], i + 1);
        }
    }
}
