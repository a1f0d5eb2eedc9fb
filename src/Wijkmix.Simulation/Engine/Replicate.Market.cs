using Wijkmix.Simulation.Model;

namespace Wijkmix.Simulation.Engine;

/// <summary>Direct placement of special groups, and the free market (mid rent, private rent, owner-occupied).</summary>
internal sealed partial class Replicate
{
    /// <summary>Assumption: a vacant free-market dwelling finds a household within a month with this probability.</summary>
    private const double MarketFillRate = 0.85;

    /// <summary>
    /// Statushouders and uitstromers, first come first served, each to a vacancy in a buurt whose
    /// vulnerable share is below the spreading limit; after the maximum wait, to any legal vacancy.
    /// </summary>
    private void PlaceSpecialGroups(int t)
    {
        var placement = _rules.Placement!;
        foreach (var h in _placement)
        {
            if ((_w.HFlags[h] & HouseholdTraits.Searching) == 0)
            {
                continue;
            }

            var spread = t - _w.HSeekSince[h] < placement.MaxWaitMonths;
            var placed = false;
            for (var k = 0; k < _vacant.Count && !placed; k++)
            {
                placed = TryPlace(h, _vacant[k], t, spread);
            }

            for (var k = 0; k < _waiting.Count && !placed; k++)
            {
                placed = TryPlace(h, _waiting[k].Dwelling, t, spread);
            }
        }
    }

    private bool TryPlace(int h, int d, int t, bool spread)
    {
        if (_w.DOccupant[d] >= 0 || !_w.DActive[d] || _w.DSegment[d] != Model.Segment.SocialRent || _w.DSpecial[d])
        {
            return false;
        }

        var u = _w.DUnit[d];
        if (!_rules.PlacementUnits[u] || (spread && VulnerableShare(u) >= _rules.Placement!.MaxVulnerableShare)
            || !Eligible(h, d, t) || _w.DRent[d] * 12 / _w.HIncome[h] > MaxBurden)
        {
            return false;
        }

        Let(h, d, t);
        return true;
    }

    private double VulnerableShare(int u) => _w.UnitHouseholds[u] == 0 ? 0 : (double)_w.UnitVulnerable[u] / _w.UnitHouseholds[u];

    /// <summary>A household from outside the social queue moves in, resembling the current occupants of the segment in the wijk.</summary>
    private bool FillMarket(int d, int t)
    {
        if (!_rng.Chance(MarketFillRate))
        {
            return false;
        }

        var template = Neighbour(d);
        int h;
        if (template >= 0)
        {
            var flags = _w.HFlags[template] & (HouseholdTraits.Employed | HouseholdTraits.Senior);
            var local = _rng.Chance(0.5);
            h = _w.AddHousehold(_w.HSize[template], _w.HIncome[template] * (float)_rng.Uniform(0.85, 1.15), _w.HOrigin[template], flags | (local ? HouseholdTraits.LocalBinding : 0), t, local ? t - 120 : t);
        }
        else
        {
            var (low, high) = _w.Bands.Range(_w.DSegment[d] == Model.Segment.MidRent ? 2 : 3);
            h = _w.AddHousehold((byte)(1 + _rng.Next(4)), (float)_rng.Uniform(low, high), 0, HouseholdTraits.Employed, t, t);
        }

        _entered++;
        _w.Occupy(h, d);
        return true;
    }

    /// <summary>An occupant of a dwelling of the same segment, in the same wijk if one is found, else anywhere in the city.</summary>
    private int Neighbour(int d)
    {
        var segment = (int)_w.DSegment[d];
        var local = _segmentDwellings[4 + (_w.UnitParent[_w.DUnit[d]] * 4) + segment];
        foreach (var list in new[] { local, _segmentDwellings[segment] })
        {
            for (var tries = 0; tries < 32 && list.Count > 0; tries++)
            {
                var h = _w.DOccupant[list[_rng.Next(list.Count)]];
                if (h >= 0)
                {
                    return h;
                }
            }
        }

        return -1;
    }

    /// <summary>Dwellings by segment (index 0–3) and by wijk and segment (4 + wijk × 4 + segment).</summary>
    private List<int>[] _segmentDwellings = [];

    private void IndexSegments()
    {
        _segmentDwellings = Enumerable.Range(0, 4 + (_w.ParentCodes.Length * 4)).Select(_ => new List<int>()).ToArray();
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            if (_w.DActive[d])
            {
                var segment = (int)_w.DSegment[d];
                _segmentDwellings[segment].Add(d);
                _segmentDwellings[4 + (_w.UnitParent[_w.DUnit[d]] * 4) + segment].Add(d);
            }
        }
    }

    private void UpdateCityOriginShares()
    {
        var total = 0.0;
        Span<double> byOrigin = stackalloc double[World.OriginCount];
        for (var u = 0; u < _w.UnitCount; u++)
        {
            for (var o = 0; o < World.OriginCount; o++)
            {
                byOrigin[o] += _w.UnitByOrigin[(u * World.OriginCount) + o];
            }

            total += _w.UnitHouseholds[u];
        }

        for (var o = 0; o < World.OriginCount; o++)
        {
            _cityOriginShare[o] = total > 0 ? byOrigin[o] / total : 0;
        }
    }
}
