using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Engine;

/// <summary>Stock interventions: demolition and rebuilding, sale, new build, renovation, special housing.</summary>
internal sealed partial class Replicate
{
    private readonly List<(int Year, int Unit, int Count, SegmentMix Mix)> _rebuilds = [];
    private readonly List<(int Month, int Household, int Dwelling)> _renovations = [];
    private readonly Dictionary<SaleOfSocial, (int Sold, HashSet<int> Units)> _soldThisYear = [];

    private void ApplyStockInterventions()
    {
        _soldThisYear.Clear();
        if (_burningIn)
        {
            return;
        }

        foreach (var instrument in _instruments)
        {
            if (instrument.FromYear != _year && instrument is not SaleOfSocial)
            {
                continue;
            }

            var units = _areas.Units(instrument.Areas);
            switch (instrument)
            {
                case DemolishRebuild demolish:
                    Demolish(units, demolish);
                    break;
                case NewBuild build:
                    Spread(units, build.Dwellings, u => AddNew(u, build.Social ? Segment.SocialRent : Segment.MidRent, special: false));
                    break;
                case SpecialHousing special:
                    Spread(units, special.Places, u => AddNew(u, Segment.SocialRent, special: true));
                    break;
                case Renovation renovation:
                    Renovate(units, renovation);
                    break;
                case SaleOfSocial sale when sale.ActiveIn(_year):
                    _soldThisYear[sale] = (0, units.ToHashSet());
                    break;
                default:
                    break;
            }
        }

        foreach (var rebuild in _rebuilds.Where(r => r.Year == _year))
        {
            var mix = new[] { rebuild.Mix.SocialRent, rebuild.Mix.MidRent, rebuild.Mix.PrivateRent, rebuild.Mix.Owner };
            var counts = Ipf.Integerise(mix.Select(m => m * rebuild.Count).ToArray());
            for (var s = 0; s < 4; s++)
            {
                for (var k = 0; k < counts[s]; k++)
                {
                    AddNew(rebuild.Unit, (Segment)s, special: false);
                }
            }
        }

    }

    private static void Spread(IReadOnlyList<int> units, int count, Action<int> add)
    {
        for (var k = 0; k < count && units.Count > 0; k++)
        {
            add(units[k % units.Count]);
        }
    }

    private void AddNew(int u, Segment segment, bool special)
    {
        var complex = segment == Segment.SocialRent ? NewBuildComplex(u) : -1;
        var d = _w.AddDwelling(u, complex, segment, StartingState.Rent(segment, _plan, u, _rules.Law, _rng), (byte)(1 + _rng.Next(5)), special);
        _built++;
        _vacantNext.Add(d);
    }

    private readonly Dictionary<int, int> _newComplex = [];

    private int NewBuildComplex(int u)
    {
        if (!_newComplex.TryGetValue(u, out var c) || _w.ComplexSize[c] >= StartingState.ComplexSize)
        {
            c = _w.NewComplex();
            _newComplex[u] = c;
        }

        return c;
    }

    /// <summary>Residents of demolished homes become urgent seekers (stadsvernieuwingsurgentie) remembering their buurt.</summary>
    private void Demolish(IReadOnlyList<int> units, DemolishRebuild demolish)
    {
        var set = units.ToHashSet();
        var perUnit = new Dictionary<int, int>();
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            if (!_w.DActive[d] || _w.DSegment[d] != Segment.SocialRent || !set.Contains(_w.DUnit[d]) || !_rng.Chance(demolish.DemolishShare))
            {
                continue;
            }

            var u = _w.DUnit[d];
            if (_w.DOccupant[d] is var h and >= 0 && (_w.HFlags[h] & HouseholdTraits.Away) == 0)
            {
                _w.Vacate(d);
                _w.HFlags[h] = (_w.HFlags[h] | HouseholdTraits.Displaced | HouseholdTraits.Urgent | HouseholdTraits.Searching) & ~HouseholdTraits.Young;
                _w.HDisplacedFrom[h] = demolish.RightOfReturn ? u : -1;
                _w.HSeekSince[h] = (_year - _scenario.StartYear) * 12;
                _priority.Add(h);
                _displaced.Add(h);
                _displacedOrigin[h] = u;
            }

            _w.DActive[d] = false;
            if (_w.DComplex[d] >= 0)
            {
                _w.ComplexSize[_w.DComplex[d]]--;
            }

            _demolished++;
            perUnit[u] = perUnit.GetValueOrDefault(u) + 1;
        }

        foreach (var (u, n) in perUnit)
        {
            _rebuilds.Add((_year + demolish.BuildYears, u, (int)Math.Round(n * demolish.RebuildFactor), demolish.Mix));
        }
    }

    /// <summary>Where households moved by an intervention came from (unit), for the flows.</summary>
    private readonly Dictionary<int, int> _displacedOrigin = [];

    private void Renovate(IReadOnlyList<int> units, Renovation renovation)
    {
        var set = units.ToHashSet();
        var t = (_year - _scenario.StartYear) * 12;
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            if (_w.DActive[d] && _w.DSegment[d] == Segment.SocialRent && set.Contains(_w.DUnit[d]) && _w.DOccupant[d] is var h and >= 0
                && (_w.HFlags[h] & HouseholdTraits.Searching) == 0 && _rng.Chance(renovation.Share))
            {
                _w.Vacate(d);
                _w.HFlags[h] |= HouseholdTraits.Away;
                _renovations.Add((t + renovation.Months, h, d));
            }
        }
    }

    private void ReturnFromRenovation(int t)
    {
        for (var k = _renovations.Count - 1; k >= 0; k--)
        {
            var (month, h, d) = _renovations[k];
            if (month > t)
            {
                continue;
            }

            _renovations.RemoveAt(k);
            _w.HFlags[h] &= ~HouseholdTraits.Away;
            if (_w.DActive[d] && _w.DOccupant[d] < 0)
            {
                _w.Occupy(h, d);
            }
            else
            {
                // The home was demolished meanwhile: the household is rehoused as urgent.
                _w.HFlags[h] |= HouseholdTraits.Urgent | HouseholdTraits.Searching | HouseholdTraits.Displaced;
                _priority.Add(h);
                Count(h, t, seekers: true);
            }
        }
    }

    /// <summary>A vacant social home in a sale area is sold to an owner-occupier while the year's number lasts.</summary>
    private bool TrySell(int d)
    {
        foreach (var (sale, (sold, units)) in _soldThisYear)
        {
            if (sold < sale.PerYear && units.Contains(_w.DUnit[d]))
            {
                _soldThisYear[sale] = (sold + 1, units);
                if (_w.DComplex[d] >= 0)
                {
                    _w.ComplexSize[_w.DComplex[d]]--;
                    _w.DComplex[d] = -1;
                }

                _w.DSegment[d] = Segment.Owner;
                _w.DRent[d] = StartingState.Rent(Segment.Owner, _plan, _w.DUnit[d], _rules.Law, _rng);
                return true;
            }
        }

        return false;
    }
}
