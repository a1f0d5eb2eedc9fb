namespace Wijkmix.Segregation.Internal;

/// <summary>
/// One thread's buffers for drawing and measuring replicates, reused from replicate to replicate.
/// The indices come from sums of c ln c: with A = Σ_cells c ln c − Σ_units t ln t,
/// M = (A − Σ_g G_g ln G_g + T ln T) / T, and each part of the scale decomposition is the
/// difference of A between two adjacent levels, over T. Units that drew nobody add nothing, so
/// they drop out as they would from data.
/// </summary>
internal sealed class ReplicateWorkspace
{
    private readonly ReplicatePlan _plan;
    private readonly Sampling _sampling = new(0);
    private readonly double[] _sample;
    private readonly double[] _unitTotals;
    private readonly double[] _left;
    private readonly (int, int, long)[] _nodes;
    private readonly (int, int, long)[] _nextNodes;
    private readonly double[] _groupTotals;
    private readonly double[] _shares;
    private readonly double[][] _levelCounts;
    private readonly double[] _parentCounts;
    private readonly double[] _parentLogs;
    private double _within;
    private double _groupsTerm;
    private double _total;

    public ReplicateWorkspace(ReplicatePlan plan)
    {
        _plan = plan;
        var k = plan.Groups;
        _sample = new double[plan.Units * k];
        _unitTotals = new double[plan.Units];
        _left = new double[plan.Units];
        _nodes = new (int, int, long)[plan.Units];
        _nextNodes = new (int, int, long)[plan.Units];
        _groupTotals = new double[k];
        _shares = new double[k];
        _levelCounts = plan.Levels.Select(l => new double[l.Count * k]).ToArray();
        var parents = plan.LocalParents?.Count ?? 1;
        _parentCounts = new double[parents * k];
        _parentLogs = new double[parents * (k + 1)];
    }

    /// <summary>The last table drawn, row-major.</summary>
    public ReadOnlySpan<double> Sample => _sample;

    /// <summary>
    /// The whole table resampled, Multinomial(T, cell counts / T): first T over the units (in halves),
    /// then each unit's draw over its groups in proportion to its counts.
    /// </summary>
    public void DrawBootstrap(int seed)
    {
        _sampling.Reset(seed, 0);
        BatchedMultinomial.ByHalves(_sampling, _plan.Total, _plan.UnitPrefix, _unitTotals, _nodes, _nextNodes);
        BatchedMultinomial.ByRows(_sampling, _unitTotals, _plan.Cells, _plan.Groups, _sample, _left);
    }

    /// <summary>Random allocation: each unit keeps its size, its members drawn from the city's group shares.</summary>
    public void DrawAllocation(int seed)
    {
        _sampling.Reset(seed, 1);
        BatchedMultinomial.ByRows(_sampling, _plan.UnitSizes, _plan.GroupShares, _plan.Groups, _sample, _left);
    }

    /// <summary>M (nats), entropy E (nats) and D of the drawn table; all 0 when fewer than two groups were drawn.</summary>
    public (double M, double E, double D) Measure()
    {
        var k = _plan.Groups;
        var sample = _sample;
        Array.Clear(_groupTotals);
        double cells = 0, units = 0, total = 0;
        for (var u = 0; u < _unitTotals.Length; u++)
        {
            var t = 0.0;
            var row = u * k;
            for (var g = 0; g < k; g++)
            {
                var c = sample[row + g];
                t += c;
                _groupTotals[g] += c;
                cells += _plan.XLogX(c);
            }

            _unitTotals[u] = t;
            units += _plan.XLogX(t);
            total += t;
        }

        double groups = 0, interaction = 0;
        var present = 0;
        for (var g = 0; g < k; g++)
        {
            var share = _shares[g] = _groupTotals[g] / total;
            interaction += share * (1 - share);
            present += _groupTotals[g] > 0 ? 1 : 0;
            groups += _plan.XLogX(_groupTotals[g]);
        }

        _total = total;
        _within = cells - units;
        _groupsTerm = groups - (total * Math.Log(total));
        if (present < 2)
        {
            return (0, 0, 0);
        }

        var absolute = 0.0;
        for (var u = 0; u < _unitTotals.Length; u++)
        {
            var t = _unitTotals[u];
            var row = u * k;
            for (var g = 0; g < k; g++)
            {
                absolute += Math.Abs(sample[row + g] - (t * _shares[g]));
            }
        }

        return (Math.Max(0, (_within - _groupsTerm) / total), -_groupsTerm / total, absolute / (2 * total * interaction));
    }

    /// <summary>
    /// After <see cref="Measure"/>: the parts of M in nats in the order of <see cref="Segregation.Decompose"/>
    /// (between the top-level areas first, the units within their parents last).
    /// </summary>
    public void Decompose(Span<double> parts)
    {
        var k = _plan.Groups;
        var levels = _plan.Levels;
        if (_total <= 0)
        {
            // Nobody drawn (a weighted table of less than one person): no segregation to split.
            parts.Clear();
            return;
        }

        var above = _groupsTerm;
        for (var j = levels.Length - 1; j >= -1; j--)
        {
            var level = j < 0 ? _within : Within(levels[j].NodeOf, _levelCounts[j]);
            parts[levels.Length - 1 - j] = Math.Max(0, (level - above) / _total);
            above = level;
        }

        double Within(int[] nodeOf, double[] counts)
        {
            Aggregate(nodeOf, counts);
            var sum = 0.0;
            for (var row = 0; row < counts.Length; row += k)
            {
                var t = 0.0;
                for (var g = 0; g < k; g++)
                {
                    t += counts[row + g];
                    sum += _plan.XLogX(counts[row + g]);
                }

                sum -= _plan.XLogX(t);
            }

            return sum;
        }
    }

    /// <summary>
    /// After <see cref="Measure"/>: each unit's local segregation in nats against the city (or its
    /// parent), NaN where the unit drew nobody, and its contribution t_u / T × ls_u.
    /// </summary>
    public void Local(Span<double> segregation, Span<double> contribution, int stride, double logBase)
    {
        var k = _plan.Groups;
        var parents = _plan.LocalParents;
        if (parents is { } p)
        {
            Aggregate(p.NodeOf, _parentCounts);
        }
        else
        {
            _groupTotals.CopyTo(_parentCounts, 0);
        }

        // Per reference: ln of each group's count, then ln of its total.
        for (var node = 0; node < _parentLogs.Length / (k + 1); node++)
        {
            var t = 0.0;
            for (var g = 0; g < k; g++)
            {
                var c = _parentCounts[(node * k) + g];
                _parentLogs[(node * (k + 1)) + g] = c > 0 ? Math.Log(c) : 0;
                t += c;
            }

            _parentLogs[(node * (k + 1)) + k] = Math.Log(t);
        }

        var ln = Math.Log(logBase);
        for (var u = 0; u < _unitTotals.Length; u++)
        {
            var t = _unitTotals[u];
            if (t <= 0)
            {
                segregation[u * stride] = double.NaN;
                contribution[u * stride] = 0;
                continue;
            }

            var reference = (parents is { } q ? q.NodeOf[u] : 0) * (k + 1);
            var sum = t * _parentLogs[reference + k] - _plan.XLogX(t);
            for (var g = 0; g < k; g++)
            {
                var c = _sample[(u * k) + g];
                sum += _plan.XLogX(c) - (c * _parentLogs[reference + g]);
            }

            var ls = Math.Max(0, sum / t) / ln;
            segregation[u * stride] = ls;
            contribution[u * stride] = t / _total * ls;
        }
    }

    private void Aggregate(int[] nodeOf, double[] counts)
    {
        var k = _plan.Groups;
        Array.Clear(counts);
        for (var u = 0; u < nodeOf.Length; u++)
        {
            var from = u * k;
            var to = nodeOf[u] * k;
            for (var g = 0; g < k; g++)
            {
                counts[to + g] += _sample[from + g];
            }
        }
    }
}
