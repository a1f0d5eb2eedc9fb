namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Exact disclosure audit of a suppression pattern. A table with its totals is a circulation: row r → column c
/// for a cell, column c → total row for a column total, total row → total column for the grand total, total
/// column → row r for a row total. Every table that agrees with the shown values is the true one plus a
/// circulation on the suppressed arcs that keeps them non-negative. So a suppressed arc u → v can grow by the
/// maximum flow from v to u and shrink by the maximum flow from u to v over the other suppressed arcs, where an
/// arc can carry any amount forward and at most its value backward. This equals the linear programme bounds.
/// </summary>
internal sealed class DisclosureFlow
{
    private readonly long[] values;
    private readonly int height;
    private readonly int width;
    private readonly List<int> arcTo = [];
    private readonly List<long> arcBaseCapacity = [];
    private readonly List<int> arcCell = [];
    private readonly List<int>[] outgoing;
    private long[] capacity = [];

    public DisclosureFlow(long[] values, SuppressionReason[] reasons, int height, int width)
    {
        this.values = values;
        this.height = height;
        this.width = width;
        outgoing = [.. Enumerable.Range(0, height + width).Select(_ => new List<int>())];
        for (var i = 0; i < values.Length; i++)
        {
            if (reasons[i] != SuppressionReason.None)
            {
                var (from, to) = Endpoints(i);
                AddPair(from, to, long.MaxValue / 4, i);
                AddPair(to, from, values[i], i);
            }
        }
    }

    /// <summary>True when cell <paramref name="cell"/> can move, and (when below the threshold) can reach it.</summary>
    public bool IsProtected(int cell, long threshold)
    {
        var (from, to) = Endpoints(cell);
        var value = values[cell];
        if (value < threshold)
        {
            return MaxFlow(to, from, threshold - value, cell) >= threshold - value;
        }

        return MaxFlow(to, from, 1, cell) >= 1 || MaxFlow(from, to, 1, cell) >= 1;
    }

    /// <summary>Arc of a cell in the augmented table; rows are nodes 0..height-1, columns follow.</summary>
    private (int From, int To) Endpoints(int cell)
    {
        int r = cell / width, c = cell % width, totalRow = height - 1, totalColumn = width - 1;
        return (r < totalRow, c < totalColumn) switch
        {
            (true, true) => (r, height + c),
            (true, false) => (height + c, r),
            (false, true) => (height + c, r),
            (false, false) => (r, height + c),
        };
    }

    private void AddPair(int from, int to, long forwardCapacity, int cell)
    {
        outgoing[from].Add(arcTo.Count);
        arcTo.Add(to);
        arcBaseCapacity.Add(forwardCapacity);
        arcCell.Add(cell);
        outgoing[to].Add(arcTo.Count);
        arcTo.Add(from);
        arcBaseCapacity.Add(0);
        arcCell.Add(cell);
    }

    /// <summary>Maximum flow from source to sink, stopping at limit, without the arcs of the excluded cell.</summary>
    private long MaxFlow(int source, int sink, long limit, int excludedCell)
    {
        capacity = [.. arcBaseCapacity.Select((c, a) => arcCell[a] == excludedCell ? 0 : c)];
        var viaArc = new int[height + width];
        long flow = 0;
        while (flow < limit && FindPath(source, sink, viaArc))
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

    private bool FindPath(int source, int sink, int[] viaArc)
    {
        Array.Fill(viaArc, -1);
        var queue = new Queue<int>([source]);
        var seen = new bool[viaArc.Length];
        seen[source] = true;
        while (queue.TryDequeue(out var node))
        {
            foreach (var arc in outgoing[node].Where(a => capacity[a] > 0 && !seen[arcTo[a]]))
            {
                seen[arcTo[arc]] = true;
                viaArc[arcTo[arc]] = arc;
                if (arcTo[arc] == sink)
                {
                    return true;
                }

                queue.Enqueue(arcTo[arc]);
            }
        }

        return false;
    }
}
