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

    /// <summary>
    /// A household from outside the social queue moves in, resembling a household that lived in the
    /// segment in the wijk at the start (the KWB fit), its income indexed with the bands. Copying the
    /// current occupants instead made each wijk's incomes a random walk (a voter model), so income
    /// sorting crept up for as long as the run lasted and no burn-in could reach a steady state.
    /// </summary>
    private bool FillMarket(int d, int t)
    {
        if (!_rng.Chance(MarketFillRate))
        {
            return false;
        }

        int h;
        if (Template(d) is { } template)
        {
            var local = _rng.Chance(0.5);
            var income = template.RelativeIncome * _w.Bands.Lowest40 * (float)_rng.Uniform(0.85, 1.15);
            h = _w.AddHousehold(template.Size, income, template.Origin, template.Flags | (local ? HouseholdTraits.LocalBinding : 0), t, local ? t - 120 : t);
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

    /// <summary>A household of the start in the dwelling's segment, in the same wijk if it had one, else anywhere in the city.</summary>
    private Resident? Template(int d)
    {
        var segment = (int)_w.DSegment[d];
        var local = _templates[4 + (_w.UnitParent[_w.DUnit[d]] * 4) + segment];
        var list = local.Count > 0 ? local : _templates[segment];
        return list.Count > 0 ? list[_rng.Next(list.Count)] : null;
    }

    /// <summary>A household of the start: size, income as a multiple of the lowest-40 % line, origin, employment and age.</summary>
    private readonly record struct Resident(byte Size, float RelativeIncome, byte Origin, HouseholdTraits Flags);

    /// <summary>The start's households per segment (index 0–3) and per wijk and segment (4 + wijk × 4 + segment).</summary>
    private List<Resident>[] _templates = [];

    private void RecordTemplates()
    {
        _templates = Enumerable.Range(0, 4 + (_w.ParentCodes.Length * 4)).Select(_ => new List<Resident>()).ToArray();
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            var h = _w.DOccupant[d];
            if (h >= 0 && _w.DActive[d] && _w.DSegment[d] != Model.Segment.SocialRent)
            {
                var segment = (int)_w.DSegment[d];
                var resident = new Resident(_w.HSize[h], _w.HIncome[h] / _w.Bands.Lowest40, _w.HOrigin[h], _w.HFlags[h] & (HouseholdTraits.Employed | HouseholdTraits.Senior));
                _templates[segment].Add(resident);
                _templates[4 + (_w.UnitParent[_w.DUnit[d]] * 4) + segment].Add(resident);
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
