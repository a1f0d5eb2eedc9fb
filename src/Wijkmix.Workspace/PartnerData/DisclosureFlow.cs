namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Exact disclosure audit of a suppression pattern. A table with its totals is a circulation: row r → column c
/// for a cell, column c → total row for a column total, total row → total column for the grand total, total
/// column → row r for a row total. Every table that agrees with the shown values is the true one plus a
/// circulation on the suppressed arcs that keeps them non-negative. So a suppressed arc u → v can grow by the
/// maximum flow from v to u and shrink by the maximum flow from u to v over the other suppressed arcs, where an
/// arc can grow by its growth capacity (unlimited unless nesting caps it) and shrink by its shrink capacity (its
/// value, or less under nesting). Without nesting this equals the linear programme bounds; with nesting the caps
/// keep every circulation inside child ≤ parent, so what it finds is a sound (if cautious) certificate.
/// </summary>
internal sealed class DisclosureFlow
{
    public const long Unlimited = long.MaxValue / 4;
    private readonly long[] values;
    private readonly int height;
    private readonly int width;
    private readonly int[] firstArcOfCell;
    private readonly List<int> arcTo = [];
    private readonly List<long> arcCapacity = [];
    private readonly List<int>[] outgoing;
    private readonly int[] viaArc;
    private readonly int[] queue;
    private readonly int[] seenAt;
    private readonly bool[] suppressed;
    private readonly List<int>[] suppressedRowsOfColumn;
    private long[] capacity = [];
    private int search;

    public DisclosureFlow(long[] values, int height, int width)
    {
        (this.values, this.height, this.width) = (values, height, width);
        firstArcOfCell = new int[values.Length];
        suppressed = new bool[values.Length];
        suppressedRowsOfColumn = [.. Enumerable.Range(0, width).Select(_ => new List<int>())];
        outgoing = [.. Enumerable.Range(0, height + width).Select(_ => new List<int>())];
        (viaArc, queue, seenAt) = (new int[height + width], new int[height + width], new int[height + width]);
    }

    /// <summary>Adds a newly suppressed cell as two arc pairs: grow (unlimited) and shrink (down to zero).</summary>
    public void Add(int cell)
    {
        var (from, to) = Endpoints(cell);
        firstArcOfCell[cell] = arcTo.Count;
        suppressed[cell] = true;
        suppressedRowsOfColumn[cell % width].Add(cell / width);
        AddPair(from, to, Unlimited);
        AddPair(to, from, values[cell]);
    }

    /// <summary>Sets how far a suppressed cell may grow and shrink (nesting narrows both).</summary>
    public void Limit(int cell, long grow, long shrink)
    {
        arcCapacity[firstArcOfCell[cell]] = grow;
        arcCapacity[firstArcOfCell[cell] + 2] = shrink;
    }

    private long Grow(int cell) => arcCapacity[firstArcOfCell[cell]];

    private long Shrink(int cell) => arcCapacity[firstArcOfCell[cell] + 2];

    /// <summary>True when the cell can move, and, when below the threshold, can be as large as the threshold.</summary>
    public bool IsProtected(int cell, long threshold)
    {
        var (from, to) = Endpoints(cell);
        var value = values[cell];
        if (value < threshold)
        {
            var need = threshold - value;
            return Grow(cell) >= need && (HasRectangle(cell, need) || MaxFlow(to, from, need, cell) >= need);
        }

        return (Grow(cell) >= 1 && MaxFlow(to, from, 1, cell) >= 1) || (Shrink(cell) >= 1 && MaxFlow(from, to, 1, cell) >= 1);
    }

    /// <summary>
    /// For a small child whose suppressed parent holds too little room: grow the parent first by
    /// <paramref name="parentGrowth"/>, then, in what that leaves, the child to the threshold. The two circulations
    /// together are one that keeps child ≤ parent, since the child grows by at most the room plus the parent's growth.
    /// </summary>
    public bool IsProtectedWithParent(int child, int parent, long parentGrowth, long threshold)
    {
        var (childFrom, childTo) = Endpoints(child);
        var (parentFrom, parentTo) = Endpoints(parent);
        var need = threshold - values[child];
        return MaxFlow(parentTo, parentFrom, parentGrowth, parent, child) >= parentGrowth
            && MaxFlow(childTo, childFrom, need, child, -1, keep: true) >= need;
    }

    /// <summary>
    /// Fast sufficient test for an inner cell: a rectangle of suppressed inner cells whose two neighbours of
    /// the cell both hold at least <paramref name="need"/>, so the cell can grow by that much.
    /// </summary>
    private bool HasRectangle(int cell, long need)
    {
        int r = cell / width, c = cell % width;
        if (r == height - 1 || c == width - 1)
        {
            return false;
        }

        for (var otherColumn = 0; otherColumn < width - 1; otherColumn++)
        {
            var sameRow = (r * width) + otherColumn;
            if (otherColumn == c || !suppressed[sameRow] || Shrink(sameRow) < need)
            {
                continue;
            }

            foreach (var otherRow in suppressedRowsOfColumn[c])
            {
                var sameColumn = (otherRow * width) + c;
                var opposite = (otherRow * width) + otherColumn;
                if (otherRow != r && otherRow < height - 1 && suppressed[sameColumn] && Shrink(sameColumn) >= need && suppressed[opposite] && Grow(opposite) >= need)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Arc of a cell; rows are nodes 0..height-1, columns follow.</summary>
    private (int From, int To) Endpoints(int cell)
    {
        int r = cell / width, c = cell % width;
        var isTotalRow = r == height - 1;
        var isTotalColumn = c == width - 1;
        return isTotalRow == isTotalColumn ? (r, height + c) : (height + c, r);
    }

    private void AddPair(int from, int to, long forwardCapacity)
    {
        outgoing[from].Add(arcTo.Count);
        arcTo.Add(to);
        arcCapacity.Add(forwardCapacity);
        outgoing[to].Add(arcTo.Count);
        arcTo.Add(from);
        arcCapacity.Add(0);
    }

    /// <summary>
    /// Maximum flow from source to sink (stopping at limit) without the arcs of the excluded cells; with
    /// <paramref name="keep"/> it starts from what the previous flow left instead of the full capacities.
    /// </summary>
    private long MaxFlow(int source, int sink, long limit, int excludedCell, int alsoExcluded = -1, bool keep = false)
    {
        if (!keep)
        {
            if (capacity.Length < arcCapacity.Count)
            {
                capacity = new long[arcCapacity.Count * 2];
            }

            arcCapacity.CopyTo(capacity);
            if (alsoExcluded >= 0)
            {
                capacity.AsSpan(firstArcOfCell[alsoExcluded], 4).Clear();
            }
        }

        capacity.AsSpan(firstArcOfCell[excludedCell], 4).Clear();
        long flow = 0;
        while (flow < limit && FindPath(source, sink))
        {
            var push = limit - flow;
            for (var v = sink; v != source; v = arcTo[viaArc[v] ^ 1])
            {
                push = Math.Min(push, capacity[viaArc[v]]);
            }

            for (var v = sink; v != source; v = arcTo[viaArc[v] ^ 1])
            {
                capacity[viaArc[v]] -= push;
                capacity[viaArc[v] ^ 1] += push;
            }

            flow += push;
        }

        return flow;
    }

    /// <summary>Breadth-first search for a path with spare capacity; records the arc into each node.</summary>
    private bool FindPath(int source, int sink)
    {
        search++;
        int head = 0, tail = 0;
        queue[tail++] = source;
        seenAt[source] = search;
        while (head < tail)
        {
            foreach (var arc in outgoing[queue[head++]])
            {
                var next = arcTo[arc];
                if (capacity[arc] > 0 && seenAt[next] != search)
                {
                    seenAt[next] = search;
                    viaArc[next] = arc;
                    if (next == sink)
                    {
                        return true;
                    }

                    queue[tail++] = next;
                }
            }
        }

        return false;
    }
}
