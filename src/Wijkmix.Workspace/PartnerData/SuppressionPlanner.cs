namespace Wijkmix.Workspace.PartnerData;

/// <summary>
/// Chooses the suppressed cells of one augmented table (cells, row totals in the last column, column totals in
/// the last row, row-major). Keeps per-line counts and sums, so the line rule is a work list, and audits each
/// suppressed cell once with <see cref="DisclosureFlow"/>: adding suppressions only widens what an attacker
/// must consider, so a cell found protected stays protected.
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

    public SuppressionPlanner(long[] values, int height, int width, long threshold)
    {
        (this.values, this.height, this.width, this.threshold) = (values, height, width, threshold);
        reasons = new SuppressionReason[values.Length];
        lineCount = new int[height + width]; // rows first, then columns
        lineSum = new long[height + width];
        flow = new DisclosureFlow(values, height, width);
    }

    public SuppressionReason[] Plan()
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < threshold)
            {
                Suppress(i, SuppressionReason.Primary);
            }
        }

        EnforceLines();
        var verified = new bool[values.Length];
        for (var added = true; added;)
        {
            added = false;
            for (var i = 0; i < values.Length; i++)
            {
                while (reasons[i] != SuppressionReason.None && !verified[i])
                {
                    verified[i] = flow.IsProtected(i, threshold);
                    if (!verified[i])
                    {
                        var (row, column) = (i / width, height + (i % width));
                        _ = AddSmallest(row, c => true) || AddSmallest(column, c => true) || AddSmallestAnywhere();
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
