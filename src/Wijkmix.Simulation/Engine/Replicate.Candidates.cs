using Wijkmix.Simulation.Model;

namespace Wijkmix.Simulation.Engine;

/// <summary>
/// The regular queue indexed for the monthly rounds (docs/simulatie.md, "De rekenmotor"). Seekers
/// sit in eight buckets by what is fixed for a year (income above the DAEB limit, huurtoeslag-
/// entitled at the national passend threshold, three or more persons), each in queue order, so a
/// vacancy skips whole buckets its rules exclude. The next reacting seeker is one geometric draw
/// away, the cap counts eligible reactions, and a vacancy that nobody in the queue took waits for
/// new seekers, a reopened quota or the next year instead of being offered to everyone again.
/// </summary>
internal sealed partial class Replicate
{
    private const int BucketCount = 8;
    private const int OverLimitBit = 4;
    private const int EntitledBit = 2;
    private const int LargeBit = 1;

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

    /// <summary>Households that joined the regular queue this year, month by month in queue order.</summary>
    private readonly List<int> _joined = [];

    private readonly List<Waiting> _waiting = [];

    private double _logNoReaction;

    private int BucketOf(int h)
    {
        var law = _rules.Law;
        var income = _w.HIncome[h];
        var size = _w.HSize[h];
        return (income > DaebLimit(law, size) ? OverLimitBit : 0)
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

        for (var i = 0; i < _regular.Count; i++)
        {
            _buckets[BucketOf(_regular[i])].Add(i);
        }
    }

    private bool FreeRoomOpen => _overLimit + 1 <= _rules.FreeRoom * (_lettings + 1);

    private bool ExceptionsOpen => _exceptions + 1 <= (1 - _rules.PassendMinimumShare) * (_entitled + 1);

    /// <summary>The buckets whose seekers could legally get dwelling <paramref name="d"/> now (a bit per bucket); <see cref="Eligible"/> still decides each.</summary>
    private int AllowedBuckets(int d)
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
            Let(h, d, t);
            return Scan.Let;
        }

        return ++eligible >= MaxCandidates ? Scan.Capped : null;
    }

    /// <summary>Offers the vacancy to the queue: in queue order (a merge of the allowed buckets), or by lottery.</summary>
    private Scan TryRegular(int d, int t, Ranking ranking)
    {
        var mask = AllowedBuckets(d);
        return ranking == Ranking.Lottery ? TryLottery(d, t, mask) : TryInOrder(d, t, ranking, mask);
    }

    private Scan TryInOrder(int d, int t, Ranking ranking, int mask)
    {
        var u = _w.DUnit[d];
        Span<int> next = stackalloc int[BucketCount];
        for (var b = 0; b < BucketCount; b++)
        {
            next[b] = (mask & (1 << b)) != 0 ? _rng.Skip(_logNoReaction) : int.MaxValue;
        }

        var eligible = 0;
        while (true)
        {
            int best = -1, position = int.MaxValue;
            for (var b = 0; b < BucketCount; b++)
            {
                if (next[b] < _buckets[b].Count && _buckets[b][next[b]] < position)
                {
                    (best, position) = (b, _buckets[b][next[b]]);
                }
            }

            if (best < 0)
            {
                return Scan.Exhausted;
            }

            next[best] = (int)Math.Min(int.MaxValue, next[best] + 1L + _rng.Skip(_logNoReaction));
            var h = _regular[position];
            if (Reacts(h, u, ranking) && Offer(h, d, t, ref eligible) is { } outcome)
            {
                return outcome;
            }
        }
    }

    /// <summary>Random draws (with replacement) from the allowed buckets, as many as they hold seekers.</summary>
    private Scan TryLottery(int d, int t, int mask)
    {
        var u = _w.DUnit[d];
        var total = 0;
        for (var b = 0; b < BucketCount; b++)
        {
            total += (mask & (1 << b)) != 0 ? _buckets[b].Count : 0;
        }

        var eligible = 0;
        for (long draw = _rng.Skip(_logNoReaction); draw < total; draw += 1L + _rng.Skip(_logNoReaction))
        {
            var k = _rng.Next(total);
            var b = 0;
            while ((mask & (1 << b)) == 0 || k >= _buckets[b].Count)
            {
                k -= (mask & (1 << b)) != 0 ? _buckets[b].Count : 0;
                b++;
            }

            var h = _regular[_buckets[b][k]];
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
        var mask = AllowedBuckets(d);
        var eligible = 0;
        for (long i = mark + _rng.Skip(_logNoReaction); i < _joined.Count; i += 1L + _rng.Skip(_logNoReaction))
        {
            var h = _joined[(int)i];
            if ((_w.HFlags[h] & HouseholdTraits.Searching) != 0 && (mask & (1 << BucketOf(h))) != 0 && Offer(h, d, t, ref eligible) is { } outcome)
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
