using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Engine;

/// <summary>Who is looking: the registered queue (ordered by registration), urgent households, and special groups.</summary>
internal sealed partial class Replicate
{
    private static readonly double[] StarterIncome = [0.3, 0.4, 0.27, 0.03];

    /// <summary>Social dwellings, and the lettings a year their turnover gives (per-area turnover included).</summary>
    private void CountSocialStock()
    {
        _socialDwellings = 0;
        _expectedLettings = 0;
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            if (_w.DActive[d] && _w.DSegment[d] == Segment.SocialRent)
            {
                _socialDwellings++;
                _expectedLettings += _socialTurnover[_w.DUnit[d]];
            }
        }
    }

    /// <summary>Registered seekers without a home at the start, registered uniformly over twice the mean registration time.</summary>
    private void SeedQueue()
    {
        CountSocialStock();
        var n = (int)Math.Round(_m.SeekersPerSocialDwelling * _socialDwellings);
        var span = (int)(_m.MeanRegistrationYears * 24);
        for (var k = 0; k < n; k++)
        {
            var h = NewSeeker(_firstMonth - _rng.Next(span), _firstMonth, local: true);
            _regularNew.Add(h);
        }

        MergeQueue(_firstMonth);
        _entered = 0;
    }

    /// <summary>A starter household: size and origin like a random social tenant, income from the starters' distribution.</summary>
    private int NewSeeker(int registered, int t, bool local)
    {
        var (size, origin) = SocialTenantProfile();
        var incomeClass = _rng.Pick(StarterIncome);
        var (low, high) = _w.Bands.Range(incomeClass);
        var flags = HouseholdTraits.Searching | HouseholdTraits.Young;
        if (local)
        {
            flags |= HouseholdTraits.LocalBinding;
        }

        if (_rng.Chance(StartingState.EmployedByClass[incomeClass]))
        {
            flags |= HouseholdTraits.Employed;
        }

        var arrived = local ? t - 72 - _rng.Next(240) : t;
        _entered++;
        return _w.AddHousehold(size, (float)_rng.Uniform(low, high), origin, flags, registered, arrived);
    }

    private (byte Size, byte Origin) SocialTenantProfile()
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var d = _rng.Next(_w.DwellingCount);
            var h = _w.DOccupant[d];
            if (h >= 0 && _w.DSegment[d] == Segment.SocialRent)
            {
                return (_w.HSize[h], _w.HOrigin[h]);
            }
        }

        return ((byte)(1 + _rng.Next(3)), (byte)_rng.Next(World.OriginCount));
    }

    /// <summary>New households this month: starters and arrivals, urgent households, statushouders and uitstromers, each as a share of the year's expected lettings.</summary>
    private void Inflow(int t)
    {
        var lettings = _expectedLettings;
        for (var k = Draw(_m.NewSeekerRate * _socialDwellings / 12); k > 0; k--)
        {
            var local = _rng.Chance(0.7);
            var h = NewSeeker(t - HeadStartMonths(), t, local);
            _w.HSeekSince[h] = t;
            _regularNew.Add(h);
            Count(h, t, seekers: true);
        }

        for (var k = Draw(_m.UrgentShare * lettings / 12); k > 0; k--)
        {
            var h = NewSeeker(t - _rng.Next(60), t, local: true);
            _w.SetIncome(h, (float)_rng.Uniform(_w.Bands.Range(0).Low, _w.Bands.Range(1).High));
            _w.HFlags[h] |= HouseholdTraits.Urgent;
            _priority.Add(h);
            Count(h, t, seekers: true);
        }

        AddSpecial(Draw(_m.StatusHolderShare * lettings / 12), HouseholdTraits.StatusHolder, t);
        AddSpecial(Draw(_m.CareLeaverShare * lettings / 12), HouseholdTraits.CareLeaver, t);
    }

    private void AddSpecial(int count, HouseholdTraits trait, int t)
    {
        for (var k = 0; k < count; k++)
        {
            var status = trait == HouseholdTraits.StatusHolder;
            var size = status ? StartingState.SizeOf(_rng.Pick([0.5, 0.2, 0.3]), _rng) : (byte)1;
            var origin = status ? (byte)2 : SocialTenantProfile().Origin;
            var (low, high) = _w.Bands.Range(0);
            var flags = trait | HouseholdTraits.Searching | (status ? HouseholdTraits.None : HouseholdTraits.LocalBinding);
            var h = _w.AddHousehold(size, (float)_rng.Uniform(low, high), origin, flags, t, status ? t : t - 120);
            _entered++;
            (_rules.Placement is null ? _priority : _placement).Add(h);
            Count(h, t, seekers: true);
        }
    }

    /// <summary>Months registered before searching: exponential with mean <see cref="MarketParameters.RegistrationHeadStartYears"/>.</summary>
    private int HeadStartMonths() =>
        _m.RegistrationHeadStartYears <= 0 ? 0 : (int)(-Math.Log(1 - _rng.NextDouble()) * _m.RegistrationHeadStartYears * 12);

    /// <summary>A whole number with the given expectation (stochastic rounding).</summary>
    private int Draw(double expected)
    {
        var whole = (int)expected;
        return whole + (_rng.Chance(expected - whole) ? 1 : 0);
    }

    /// <summary>Merges this month's registrations into the queue by registration time, dropping the housed and the departed, and lets some seekers give up.</summary>
    private void MergeQueue(int t)
    {
        _regularNew.Sort((a, b) => _w.HRegistered[a] != _w.HRegistered[b] ? _w.HRegistered[a].CompareTo(_w.HRegistered[b]) : a.CompareTo(b));
        var merged = new List<int>(_regular.Count + _regularNew.Count);
        int i = 0, j = 0;
        var giveUp = _m.GiveUpRate / 12;
        while (i < _regular.Count || j < _regularNew.Count)
        {
            int h;
            if (j >= _regularNew.Count || (i < _regular.Count && _w.HRegistered[_regular[i]] <= _w.HRegistered[_regularNew[j]]))
            {
                h = _regular[i++];
            }
            else
            {
                h = _regularNew[j++];
                if ((_w.HFlags[h] & HouseholdTraits.Searching) != 0)
                {
                    _joined.Add(h);
                }
            }

            if ((_w.HFlags[h] & HouseholdTraits.Searching) == 0)
            {
                continue;
            }

            if (t > _firstMonth && _rng.Chance(giveUp))
            {
                _w.HFlags[h] &= ~HouseholdTraits.Searching;
                if (_w.HState[h] == HouseholdState.Seeking)
                {
                    Leave(h);
                }

                continue;
            }

            merged.Add(h);
        }

        _regularNew.Clear();
        _regular.Clear();
        _regular.AddRange(merged);
        Compact(_priority);
        Compact(_placement);
    }

    private void Compact(List<int> queue) => queue.RemoveAll(h => (_w.HFlags[h] & HouseholdTraits.Searching) == 0);

    /// <summary>Special groups queue as urgent households unless direct placement is in force; moves them when the rule changes.</summary>
    private void RouteSpecialGroups()
    {
        var (from, to) = _rules.Placement is null ? (_placement, _priority) : (_priority, _placement);
        for (var k = from.Count - 1; k >= 0; k--)
        {
            var h = from[k];
            if ((_w.HFlags[h] & (HouseholdTraits.StatusHolder | HouseholdTraits.CareLeaver)) != 0)
            {
                to.Add(h);
                from.RemoveAt(k);
            }
        }
    }

    private void CountActiveSeekers()
    {
        var t = _yearStart;
        foreach (var queue in new[] { _regular, _priority, _placement })
        {
            foreach (var h in queue)
            {
                if ((_w.HFlags[h] & HouseholdTraits.Searching) != 0)
                {
                    Count(h, t, seekers: true);
                }
            }
        }
    }

    /// <summary>Adds a household to the seeker counts (or lettings) of every group it belongs to.</summary>
    private void Count(int h, int t, bool seekers)
    {
        var f = _w.HFlags[h];
        Span<bool> member = stackalloc bool[_groups.Length];
        member[(int)SeekerGroup.Regular] = (f & (HouseholdTraits.Urgent | HouseholdTraits.Displaced | HouseholdTraits.StatusHolder | HouseholdTraits.CareLeaver)) == 0;
        member[(int)SeekerGroup.LowIncome] = _w.IncomeClass(h) == 0;
        member[(int)SeekerGroup.Urgent] = (f & HouseholdTraits.Urgent) != 0;
        member[(int)SeekerGroup.StatusHolder] = (f & HouseholdTraits.StatusHolder) != 0;
        member[(int)SeekerGroup.CareLeaver] = (f & HouseholdTraits.CareLeaver) != 0;
        member[(int)SeekerGroup.Displaced] = (f & HouseholdTraits.Displaced) != 0;
        member[(int)SeekerGroup.NewcomerWithoutWork] = (f & HouseholdTraits.Employed) == 0 && t - _w.HArrived[h] < Wijkmix.Simulation.Rules.RuleBook.RotterdamwetResidenceMonths;
        for (var g = 0; g < member.Length; g++)
        {
            if (!member[g])
            {
                continue;
            }

            if (seekers)
            {
                _groups[g].Seekers++;
            }
            else
            {
                _groups[g].Lettings++;
                _groups[g].RegistrationMonths += t - _w.HRegistered[h];
                _groups[g].SearchMonths += t - _w.HSeekSince[h];
            }
        }
    }
}
