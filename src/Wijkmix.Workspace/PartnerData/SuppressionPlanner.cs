namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Chooses the suppressed cells of one augmented table (cells, row totals in the last column, column totals in
/// the last row, row-major). Keeps per-line counts and sums, so the line rule is a work list, and audits each
/// suppressed cell once with <see cref="DisclosureFlow"/>: adding suppressions only widens what an attacker
/// must consider, so a cell found protected stays protected. Nested pairs (child ≤ parent in one line, with the
/// least room parent − child) cap how far the child may grow and the parent shrink, so every certificate the flow
/// finds respects the nesting an attacker knows; when hiding a child narrows its hidden parent's caps, every cell
/// is audited again.
/// </summary>
internal sealed class SuppressionPlanner
{
    private readonly long[] values;
    private readonly int height;
    private readonly int width;
    private readonly long threshold;
    private readonly SuppressionReason[] reasons;
    private readonly int[] lineCount;
    private readonly long[] lineSum;
    private readonly Queue<int> linesToCheck = new();
    private readonly DisclosureFlow flow;
    private readonly Dictionary<int, List<NestedPair>> pairsOf = [];
    private readonly bool[] verified;
    private bool capsNarrowed;

    public SuppressionPlanner(long[] values, int height, int width, long threshold, IReadOnlyList<NestedPair>? nesting = null)
    {
        (this.values, this.height, this.width, this.threshold) = (values, height, width, threshold);
        foreach (var pair in nesting ?? [])
        {
            foreach (var cell in (int[])[pair.Child, pair.Parent])
            {
                (pairsOf.TryGetValue(cell, out var list) ? list : pairsOf[cell] = []).Add(pair);
            }
        }

        reasons = new SuppressionReason[values.Length];
        verified = new bool[values.Length];
        lineCount = new int[height + width]; // rows first, then columns
        lineSum = new long[height + width];
        flow = new DisclosureFlow(values, height, width);
    }

    /// <summary>Plans; <paramref name="keepHidden"/> cells (hidden before) stay hidden.</summary>
    public SuppressionReason[] Plan(IEnumerable<int>? keepHidden = null)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < threshold)
            {
                Suppress(i, SuppressionReason.Primary);
            }
        }

        foreach (var cell in keepHidden ?? [])
        {
            if (reasons[cell] == SuppressionReason.None)
            {
                Suppress(cell, SuppressionReason.Secondary);
            }
        }

        EnforceLines();
        for (var added = true; added;)
        {
            added = false;
            if (capsNarrowed)
            {
                // Hiding a child pins its hidden parent from below: earlier certificates may have used that room.
                (capsNarrowed, added) = (false, true);
                Array.Clear(verified);
            }

            for (var i = 0; i < values.Length; i++)
            {
                while (reasons[i] != SuppressionReason.None && !verified[i])
                {
                    verified[i] = IsProtected(i);
                    if (!verified[i])
                    {
                        var (row, column) = (i / width, height + (i % width));
                        // A total absorbs any change, so one hidden total usually does what a string of small
                        // cells would; with everything hidden there is nothing left to add: stop rather than loop.
                        verified[i] = !(AddTotal(i) || AddSmallest(row, c => true) || AddSmallest(column, c => true) || AddSmallestAnywhere());
                        EnforceLines();
                        added = true;
                    }
                }
            }
        }

        return reasons;
    }

    private void Suppress(int cell, SuppressionReason reason)
    {
        reasons[cell] = reason;
        foreach (var line in (int[])[cell / width, height + (cell % width)])
        {
            lineCount[line]++;
            lineSum[line] += values[cell];
            linesToCheck.Enqueue(line);
        }

        flow.Add(cell);
        foreach (var pair in pairsOf.GetValueOrDefault(cell) ?? [])
        {
            LimitPair(pair);
        }
    }

    /// <summary>
    /// Shares the room (parent − child) of a nested pair between the child's growth and the parent's shrinking, so
    /// every circulation keeps child ≤ parent: a small child (which must be able to reach the threshold) gets all
    /// of it to grow; otherwise the child only shrinks and the hidden parent may shrink by the room.
    /// </summary>
    private void LimitPair(NestedPair pair)
    {
        bool child = reasons[pair.Child] != SuppressionReason.None, parent = reasons[pair.Parent] != SuppressionReason.None;
        var smallChild = child && values[pair.Child] < threshold;
        if (child)
        {
            flow.Limit(pair.Child, parent && !smallChild ? 0 : pair.Room, values[pair.Child]);
        }

        if (parent)
        {
            flow.Limit(pair.Parent, DisclosureFlow.Unlimited, smallChild ? 0 : Math.Min(pair.Room, values[pair.Parent]));
            capsNarrowed |= child;
        }
    }

    /// <summary>
    /// The flow audit; a small child whose hidden parent leaves too little room is protected when the parent can
    /// first grow by what is missing.
    /// </summary>
    private bool IsProtected(int cell)
    {
        if (flow.IsProtected(cell, threshold))
        {
            return true;
        }

        foreach (var pair in pairsOf.GetValueOrDefault(cell) ?? [])
        {
            if (pair.Child == cell && reasons[pair.Parent] != SuppressionReason.None && values[cell] + pair.Room < threshold)
            {
                return flow.IsProtectedWithParent(cell, pair.Parent, threshold - values[cell] - pair.Room, threshold);
            }
        }

        return false;
    }

    /// <summary>A line needs a complement when one cell in it is suppressed, or the suppressed cells hold too little.</summary>
    private bool NeedsComplement(int line) => lineCount[line] == 1 || (lineCount[line] > 1 && lineSum[line] < threshold);

    private int CrossingLine(int line, int cell) => line < height ? height + (cell % width) : cell / width;

    private IEnumerable<int> Cells(int line) => line < height
        ? Enumerable.Range(line * width, width)
        : Enumerable.Range(0, height).Select(r => (r * width) + line - height);

    /// <summary>
    /// Gives every line that needs it a complement: the smallest shown cell whose crossing line needs one
    /// too (one cell then serves both), else the smallest shown cell; ties to the first in row-major order.
    /// </summary>
    private void EnforceLines()
    {
        while (linesToCheck.TryDequeue(out var line))
        {
            while (NeedsComplement(line)
                && (AddSmallest(line, cell => NeedsComplement(CrossingLine(line, cell))) || AddSmallest(line, _ => true)))
            {
            }
        }
    }

    private bool AddSmallest(int line, Func<int, bool> eligible) =>
        AddBest(Cells(line).Where(c => reasons[c] == SuppressionReason.None && eligible(c)));

    /// <summary>Suppresses the first shown of the cell's row total, column total and the grand total.</summary>
    private bool AddTotal(int cell)
    {
        int r = cell / width, c = cell % width;
        return AddBest(((int[])[(r * width) + width - 1, ((height - 1) * width) + c, values.Length - 1])
            .Where(t => t != cell && reasons[t] == SuppressionReason.None).Take(1));
    }

    private bool AddSmallestAnywhere() =>
        AddBest(Enumerable.Range(0, values.Length).Where(c => reasons[c] == SuppressionReason.None));

    private bool AddBest(IEnumerable<int> candidates)
    {
        var best = -1;
        foreach (var cell in candidates)
        {
            if (best < 0 || values[cell] < values[best] || (values[cell] == values[best] && cell < best))
            {
                best = cell;
            }
        }

        if (best >= 0)
        {
            Suppress(best, SuppressionReason.Secondary);
        }

        return best >= 0;
    }
}

/// <summary>Two cells of one line where the child is part of the parent; <paramref name="Room"/> is the least parent − child.</summary>
internal readonly record struct NestedPair(int Child, int Parent, long Room);
