using Wijkmix.Simulation.Model;

namespace Wijkmix.Simulation.Engine;

/// <summary>
/// The regular queue indexed for the monthly rounds (docs/simulatie.md, "De rekenmotor"). Seekers
/// sit in buckets by what is fixed for a year (income above the DAEB limit, huurtoeslag-entitled at
/// the national passend threshold, three or more persons, and the highest rent they would pay),
/// each in queue order, so a vacancy skips whole buckets its rules or its rent exclude. The next reacting seeker is one geometric draw
/// away, the cap counts eligible reactions, and a vacancy that nobody in the queue took waits for
/// new seekers, a reopened quota or the next year instead of being offered to everyone again.
/// </summary>
internal sealed partial class Replicate
{
    private const int RuleBuckets = 8;
    private const int OverLimitBit = 4;
    private const int EntitledBit = 2;
    private const int LargeBit = 1;

    /// <summary>
    /// Upper edges of the affordability classes, as multiples of the lower aftoppingsgrens: the
    /// highest rent a household accepts is <see cref="MaxBurden"/> of its monthly income; a class
    /// whose edge is at or below a vacancy's rent would refuse it for certain, so it does not react.
    /// </summary>
    private static readonly double[] AffordabilityEdges = [0.9, 1.0, 1.1, 1.2, 1.35];

    private const int BucketCount = RuleBuckets * 6;

    private enum Scan
    {
        Let,
        Capped,
        Exhausted,
    }

    /// <summary>A vacancy nobody could or would take: the seekers who joined the queue after <c>Mark</c> (in <see cref="_joined"/>) have not seen it.</summary>
    private readonly record struct Waiting(int Dwelling, int Mark, bool FreeRoomClosed, bool ExceptionsClosed);

    /// <summary>Positions in <see cref="_regular"/> of each bucket's seekers, ascending.</summary>
    private readonly List<int>[] _buckets = Enumerable.Range(0, BucketCount).Select(_ => new List<int>()).ToArray();

    /// <summary>
    /// Per bucket, the next entry at or after each index whose household still searches (union-find
    /// with path halving): households let during the month are passed over without being visited,
    /// which kept the walk from growing with the month's lettings.
    /// </summary>
    private int[][] _nextSearching = Enumerable.Range(0, BucketCount).Select(_ => Array.Empty<int>()).ToArray();

    /// <summary>Bucket × 2²⁴ + index of a queued household, valid when <see cref="_slotStamp"/> equals <see cref="_stamp"/>.</summary>
    private int[] _slotOf = [];
    private int[] _slotStamp = [];
    private int _stamp;

    /// <summary>Households that joined the regular queue this year, month by month in queue order.</summary>
    private readonly List<int> _joined = [];

    private readonly List<Waiting> _waiting = [];

    private double _logNoReaction;

    private int BucketOf(int h)
    {
        var law = _rules.Law;
        var income = _w.HIncome[h];
        var size = _w.HSize[h];
        var affordable = income * MaxBurden / 12 / law.AftoppingLow;
        var k = 0;
        while (k < AffordabilityEdges.Length && affordable >= AffordabilityEdges[k])
        {
            k++;
        }

        return (k * RuleBuckets)
            | (income > DaebLimit(law, size) ? OverLimitBit : 0)
            | (income <= (size == 1 ? law.PassendThresholdSingle : law.PassendThresholdMulti) ? EntitledBit : 0)
            | (size > 2 ? LargeBit : 0);
    }

    /// <summary>Rebuilds the buckets after the monthly merge (incomes and limits change only on 1 January).</summary>
    private void IndexCandidates()
    {
        _logNoReaction = Math.Log(1 - _m.ReactionRate);
        foreach (var bucket in _buckets)
        {
            bucket.Clear();
        }

        _stamp++;
        if (_slotOf.Length < _w.HouseholdCount)
        {
            Array.Resize(ref _slotOf, _w.HouseholdCount * 2);
            Array.Resize(ref _slotStamp, _w.HouseholdCount * 2);
        }

        for (var i = 0; i < _regular.Count; i++)
        {
            var h = _regular[i];
            var b = BucketOf(h);
            _slotOf[h] = (b << 24) | _buckets[b].Count;
            _slotStamp[h] = _stamp;
            _buckets[b].Add(i);
        }

        for (var b = 0; b < BucketCount; b++)
        {
            var count = _buckets[b].Count;
            if (_nextSearching[b].Length < count + 1)
            {
                _nextSearching[b] = new int[(count * 2) + 1];
            }

            for (var i = 0; i <= count; i++)
            {
                _nextSearching[b][i] = i;
            }
        }
    }

    /// <summary>Called when a household stops searching during the month (it was let).</summary>
    private void StoppedSearching(int h)
    {
        if (h < _slotStamp.Length && _slotStamp[h] == _stamp)
        {
            var (b, i) = (_slotOf[h] >> 24, _slotOf[h] & 0xFFFFFF);
            _nextSearching[b][i] = i + 1;
        }
    }

    private int NextSearching(int b, int i)
    {
        var next = _nextSearching[b];
        while (next[i] != i)
        {
            (next[i], i) = (next[next[i]], next[i]);
        }

        return i;
    }

    /// <summary>The index of the next reacting seeker in bucket <paramref name="b"/> from index <paramref name="from"/>: a geometric number of searching seekers is passed over.</summary>
    private int NextReacting(int b, int from)
    {
        var i = NextSearching(b, from);
        for (var skip = _rng.Skip(_logNoReaction); skip > 0 && i < _buckets[b].Count; skip--)
        {
            i = NextSearching(b, i + 1);
        }

        return i;
    }

    private bool FreeRoomOpen => _overLimit + 1 <= _rules.FreeRoom * (_lettings + 1);

    private bool ExceptionsOpen => _exceptions + 1 <= (1 - _rules.PassendMinimumShare) * (_entitled + 1);

    /// <summary>The buckets whose seekers could legally get and afford dwelling <paramref name="d"/> now, in <paramref name="allowed"/>; <see cref="Eligible"/> and <see cref="Accepts"/> still decide each.</summary>
    private int AllowedBuckets(int d, Span<int> allowed)
    {
        var rules = RuleMask(d);
        var rent = _w.DRent[d] / _rules.Law.AftoppingLow;
        var n = 0;
        for (var b = 0; b < BucketCount; b++)
        {
            var k = b / RuleBuckets;
            if ((rules & (1 << (b % RuleBuckets))) != 0 && (k == AffordabilityEdges.Length || AffordabilityEdges[k] > rent))
            {
                allowed[n++] = b;
            }
        }

        return n;
    }

    private int RuleMask(int d)
    {
        var mask = FreeRoomOpen ? 0xFF : 0x0F;
        var u = _w.DUnit[d];
        var rooms = _w.DRooms[d];
        var exceptions = ExceptionsOpen;
        for (var large = 0; large <= 1; large++)
        {
            if (!exceptions && _w.DRent[d] > (large == 0 ? _rules.Law.AftoppingLow : _rules.Law.AftoppingHigh))
            {
                mask &= ~((1 << (EntitledBit | large)) | (1 << (OverLimitBit | EntitledBit | large)));
            }

            if (_rules.SizeLabels[u] && (large == 0 ? rooms >= 4 : rooms <= 1))
            {
                mask &= ~(0x55 << large);
            }
        }

        return mask;
    }

    private bool Reacts(int h, int u, Ranking ranking) => (_w.HFlags[h] & HouseholdTraits.Searching) != 0 && Preferred(h, u, ranking);

    /// <summary>An eligible reaction: let if the household accepts; the advert closes after <see cref="MaxCandidates"/> eligible reactions.</summary>
    private Scan? Offer(int h, int d, int t, ref int eligible)
    {
        if (!Eligible(h, d, t))
        {
            return null;
        }

        if (Accepts(h, d, priority: false))
        {
            _allocation.QueueLettings++;
            _allocation.CandidateNumbers += eligible + 1;
            Let(h, d, t);
            return Scan.Let;
        }

        return ++eligible >= MaxCandidates ? Scan.Capped : null;
    }

    /// <summary>An advert to the regular queue: its reactions are the reaction rate times the searching seekers who could take it (the whole city's).</summary>
    private void CountReactions(int d)
    {
        Span<int> allowed = stackalloc int[BucketCount];
        var seekers = 0;
        foreach (var b in allowed[..AllowedBuckets(d, allowed)])
        {
            seekers += _buckets[b].Count;
        }

        // Reactions come from the whole city's seekers: a run on part of the households counts its own scaled back.
        _allocation.Adverts++;
        _allocation.Reactions += _m.ReactionRate * seekers / _plan.Scale;
    }

    /// <summary>Offers the vacancy to the queue: in queue order (a merge of the allowed buckets), or by lottery.</summary>
    private Scan TryRegular(int d, int t, Ranking ranking)
    {
        Span<int> allowed = stackalloc int[BucketCount];
        allowed = allowed[..AllowedBuckets(d, allowed)];
        return ranking == Ranking.Lottery ? TryLottery(d, t, allowed) : TryInOrder(d, t, ranking, allowed);
    }

    private Scan TryInOrder(int d, int t, Ranking ranking, ReadOnlySpan<int> allowed)
    {
        var u = _w.DUnit[d];
        Span<int> next = stackalloc int[allowed.Length];
        for (var i = 0; i < allowed.Length; i++)
        {
            next[i] = NextReacting(allowed[i], 0);
        }

        var eligible = 0;
        while (true)
        {
            int best = -1, position = int.MaxValue;
            for (var i = 0; i < allowed.Length; i++)
            {
                var bucket = _buckets[allowed[i]];
                if (next[i] < bucket.Count && bucket[next[i]] < position)
                {
                    (best, position) = (i, bucket[next[i]]);
                }
            }

            if (best < 0)
            {
                return Scan.Exhausted;
            }

            next[best] = next[best] + 1 < _buckets[allowed[best]].Count ? NextReacting(allowed[best], next[best] + 1) : int.MaxValue;
            var h = _regular[position];
            if (Reacts(h, u, ranking) && Offer(h, d, t, ref eligible) is { } outcome)
            {
                return outcome;
            }
        }
    }

    /// <summary>Random draws (with replacement) from the allowed buckets, as many as they hold seekers.</summary>
    private Scan TryLottery(int d, int t, ReadOnlySpan<int> allowed)
    {
        var u = _w.DUnit[d];
        var total = 0;
        foreach (var b in allowed)
        {
            total += _buckets[b].Count;
        }

        var eligible = 0;
        for (long draw = _rng.Skip(_logNoReaction); draw < total; draw += 1L + _rng.Skip(_logNoReaction))
        {
            var k = _rng.Next(total);
            var i = 0;
            while (k >= _buckets[allowed[i]].Count)
            {
                k -= _buckets[allowed[i++]].Count;
            }

            var h = _regular[_buckets[allowed[i]][k]];
            if (Reacts(h, u, Ranking.Lottery) && Offer(h, d, t, ref eligible) is { } outcome)
            {
                return outcome;
            }
        }

        return Scan.Exhausted;
    }

    /// <summary>Offers a waiting vacancy to the seekers who joined since it was last offered, in queue order per month.</summary>
    private Scan TryJoined(int d, int t, int mark)
    {
        Span<bool> mask = stackalloc bool[BucketCount];
        Span<int> allowed = stackalloc int[BucketCount];
        foreach (var b in allowed[..AllowedBuckets(d, allowed)])
        {
            mask[b] = true;
        }

        var eligible = 0;
        for (long i = mark + _rng.Skip(_logNoReaction); i < _joined.Count; i += 1L + _rng.Skip(_logNoReaction))
        {
            var h = _joined[(int)i];
            if ((_w.HFlags[h] & HouseholdTraits.Searching) != 0 && mask[BucketOf(h)] && Offer(h, d, t, ref eligible) is { } outcome)
            {
                return outcome;
            }
        }

        return Scan.Exhausted;
    }

    private void Park(int d) => _waiting.Add(new Waiting(d, _joined.Count, !FreeRoomOpen, !ExceptionsOpen));

    /// <summary>
    /// Waiting vacancies parked before this month: offered to everyone again when a quota that was
    /// closed has reopened, else to urgent households and the seekers who joined since.
    /// </summary>
    private void ServeWaiting(int t, int parkedBefore)
    {
        var kept = 0;
        for (var i = 0; i < _waiting.Count; i++)
        {
            var waiting = _waiting[i];
            var d = waiting.Dwelling;
            if (_w.DOccupant[d] >= 0 || !_w.DActive[d] || _w.DSegment[d] != Segment.SocialRent)
            {
                continue;
            }

            if (i >= parkedBefore)
            {
                _waiting[kept++] = waiting;
                continue;
            }

            if ((_soldThisYear.Count > 0 && TrySell(d)) || (waiting.FreeRoomClosed && FreeRoomOpen) || (waiting.ExceptionsClosed && ExceptionsOpen))
            {
                _vacantNext.Add(d);
                continue;
            }

            if (TryReturn(d, t) || TryQueue(_priority, d, t, null))
            {
                continue;
            }

            var outcome = TryJoined(d, t, waiting.Mark);
            if (outcome == Scan.Capped)
            {
                _vacantNext.Add(d);
            }
            else if (outcome == Scan.Exhausted)
            {
                _waiting[kept++] = waiting with { Mark = _joined.Count, FreeRoomClosed = !FreeRoomOpen, ExceptionsClosed = !ExceptionsOpen };
            }
        }

        _waiting.RemoveRange(kept, _waiting.Count - kept);
    }

    /// <summary>On 1 January rules, incomes and rents change: every waiting vacancy is offered to the whole queue again.</summary>
    private void WakeAllWaiting()
    {
        foreach (var waiting in _waiting)
        {
            _vacantNext.Add(waiting.Dwelling);
        }

        _waiting.Clear();
        _joined.Clear();
    }
}
