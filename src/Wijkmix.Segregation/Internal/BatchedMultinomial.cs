namespace Wijkmix.Segregation.Internal;

/// <summary>
/// Multinomial draws arranged so that consecutive binomials do not wait for each other. In a chain
/// of conditional binomials each draw needs the one before (n shrinks by it), so the processor
/// runs them one after another; here the draws of one pass are independent and overlap. The
/// distribution is the same: a multinomial split into halves, or into one category and the rest,
/// is a binomial, and each part is again multinomial.
/// </summary>
internal static class BatchedMultinomial
{
    /// <summary>
    /// Multinomial(n, weights) by halving ranges of categories, one level of the tree at a time.
    /// <paramref name="prefix"/> holds the running sums of the weights (length categories + 1,
    /// starting at 0); <paramref name="nodes"/> and <paramref name="next"/> hold at least as many
    /// entries as there are categories.
    /// </summary>
    public static void ByHalves(Sampling random, long n, ReadOnlySpan<double> prefix, Span<double> result,
        Span<(int From, int To, long N)> nodes, Span<(int From, int To, long N)> next)
    {
        var count = 0;
        if (result.Length > 0)
        {
            nodes[count++] = (0, result.Length, n);
        }

        while (count > 0)
        {
            var nextCount = 0;
            for (var i = 0; i < count; i++)
            {
                var (from, to, m) = nodes[i];
                if (to - from == 1)
                {
                    result[from] = m;
                    continue;
                }

                var mid = (from + to) / 2;
                // A range without weight has no people (its share was exactly 0 one level up).
                var left = prefix[mid] - prefix[from];
                var whole = prefix[to] - prefix[from];
                var x = m > 0 && left > 0 ? random.Binomial(m, Math.Min(1, left / whole)) : 0;
                next[nextCount++] = (from, mid, x);
                next[nextCount++] = (mid, to, m - x);
            }

            var swap = nodes;
            nodes = next;
            next = swap;
            count = nextCount;
        }
    }

    /// <summary>
    /// For every row u, Multinomial(sizes[u], the row's weights) into <paramref name="result"/>
    /// (rows × k, row-major). The weights are rows × k, or one row of k shared by all rows. The
    /// draws go category by category over all rows: category g of row u is
    /// Binomial(left_u, w_ug / Σ_{h ≥ g} w_uh), and where no weight follows it takes what is left.
    /// <paramref name="left"/> is a buffer of at least one entry per row.
    /// </summary>
    public static void ByRows(Sampling random, ReadOnlySpan<double> sizes, ReadOnlySpan<double> weights, int k, Span<double> result, Span<double> left)
    {
        var rows = sizes.Length;
        var shared = weights.Length == k;
        sizes.CopyTo(left);
        for (var g = 0; g < k; g++)
        {
            for (var u = 0; u < rows; u++)
            {
                var row = shared ? weights : weights.Slice(u * k, k);
                var w = row[g];
                var n = (long)left[u];
                if (n == 0 || w <= 0)
                {
                    result[(u * k) + g] = 0;
                    continue;
                }

                // Σ of the weights from g on, added afresh: equal to w exactly when none follows.
                var rest = 0.0;
                for (var h = g; h < k; h++)
                {
                    rest += row[h];
                }

                var x = random.Binomial(n, Math.Min(1, w / rest));
                result[(u * k) + g] = x;
                left[u] = n - x;
            }
        }
    }
}
