namespace Wijkmix.Segregation.Internal;

/// <summary>
/// One pass over the cells for the whole aspatial suite: each cell's ln π and ln(1 − π) are computed
/// once and serve multigroup M, every group's two-group M and its Atkinson indices; the absolute and
/// squared deviations serve D (multigroup and two-group), P and R. Only Gini needs its own sorts.
/// </summary>
internal static class FusedKernel
{
    /// <summary>Slots per group in <c>perGroup</c>: |c − tP| sum, two-group M·T, Σ x·π, then one Atkinson sum per shape.</summary>
    public const int FixedSlots = 3;

    public static (double MutualInformation, double AbsoluteDeviation, double NormalizedExposure, double RelativeDiversity) Run(
        ReadOnlySpan<double> counts, ReadOnlySpan<double> unitTotals, ReadOnlySpan<double> groupTotals, double total,
        ReadOnlySpan<double> shapes, Span<double> perGroup)
    {
        var k = groupTotals.Length;
        var slots = FixedSlots + shapes.Length;
        perGroup.Clear();
        // Thread-pool stacks are small: only a modest number of groups goes on the stack.
        var onStack = k <= 256;
        Span<double> logP = onStack ? stackalloc double[k] : new double[k];
        Span<double> logQ = onStack ? stackalloc double[k] : new double[k];
        Span<double> shares = onStack ? stackalloc double[k] : new double[k];
        for (var g = 0; g < k; g++)
        {
            shares[g] = groupTotals[g] / total;
            logP[g] = Math.Log(shares[g]);
            logQ[g] = Math.Log(1 - shares[g]);
        }

        double m = 0, absolute = 0, exposure = 0, diversity = 0;
        for (var u = 0; u < unitTotals.Length; u++)
        {
            var t = unitTotals[u];
            for (var g = 0; g < k; g++)
            {
                var c = counts[(u * k) + g];
                var y = t - c;
                var pi = c / t;
                var deviation = pi - shares[g];
                var lp = c > 0 ? Math.Log(pi) : double.NegativeInfinity;
                var lq = y > 0 ? Math.Log(y / t) : double.NegativeInfinity;
                var slot = perGroup.Slice(g * slots, slots);
                var abs = Math.Abs(c - (t * shares[g]));
                absolute += abs;
                slot[0] += abs;
                var twoGroup = 0.0;
                if (c > 0)
                {
                    var part = c * (lp - logP[g]);
                    m += part;
                    twoGroup += part;
                }

                if (y > 0)
                {
                    twoGroup += y * (lq - logQ[g]);
                }

                slot[1] += twoGroup;
                slot[2] += c * pi;
                exposure += t * deviation * deviation / (1 - shares[g]);
                diversity += t * deviation * deviation;
                for (var s = 0; s < shapes.Length; s++)
                {
                    slot[FixedSlots + s] += t * Math.Exp(((1 - shapes[s]) * lq) + (shapes[s] * lp));
                }
            }
        }

        // Not clamped at 0: a part of the units may contribute a negative share of M.
        return (m / total, absolute, exposure / total, diversity / (total * Kernels.Interaction(groupTotals, total)));
    }
}
