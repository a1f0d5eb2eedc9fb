using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Rules;

namespace Wijkmix.Simulation.Engine;

/// <summary>
/// The allocation pipeline for a social vacancy: eligibility (DAEB limit with its free room,
/// passend toewijzen, size labels, Wbmgp, complex caps), priority (urgent households first, then
/// local binding, co-selection or Wbmgp art. 9 where a vacancy is designated so), ranking
/// (registration time, or lottery), and acceptance by the household (a choice model).
/// </summary>
internal sealed partial class Replicate
{
    /// <summary>
    /// Eligible reactions an advert takes before it is closed and carried to the next month; WoningNet
    /// shows hundreds of reactions per advert (DOMAIN A12: 433 in Amsterdam, 2020).
    /// </summary>
    private const int MaxCandidates = 400;

    /// <summary>Assumption: no household takes a home whose yearly rent exceeds this share of its income.</summary>
    private const double MaxBurden = 0.6;

    /// <summary>Assumption: a household moved out for demolition returns to a new home in its old buurt with this probability.</summary>
    private const double ReturnProbability = 0.5;

    private enum Ranking
    {
        Registration,
        Lottery,
        LocalBinding,
        CoSelection,
        Article9,
    }

    /// <summary>Lets a social vacancy: returners, urgent households, then the queue by the ranking drawn for it (by registration if that finds nobody).</summary>
    private Scan LetSocial(int d, int t)
    {
        if (_w.DSpecial[d])
        {
            return TryQueue(_placement, d, t, h => (_w.HFlags[h] & HouseholdTraits.CareLeaver) != 0)
                || TryQueue(_priority, d, t, h => (_w.HFlags[h] & HouseholdTraits.CareLeaver) != 0) ? Scan.Let : Scan.Capped;
        }

        if (TryReturn(d, t) || TryQueue(_priority, d, t, null))
        {
            return Scan.Let;
        }

        CountReactions(d);
        var outcome = TryRegular(d, t, ChooseRanking(_w.DUnit[d]));
        return outcome == Scan.Let ? outcome : TryRegular(d, t, Ranking.Registration);
    }

    private Ranking ChooseRanking(int u)
    {
        var r = _rng.NextDouble();
        if ((r -= _rules.Lottery[u]) < 0)
        {
            return Ranking.Lottery;
        }

        if ((r -= _rules.LocalBinding[u]) < 0)
        {
            return Ranking.LocalBinding;
        }

        if ((r -= _rules.CoSelection[u]) < 0)
        {
            return Ranking.CoSelection;
        }

        return r - _rules.Article9[u] < 0 ? Ranking.Article9 : Ranking.Registration;
    }

    /// <summary>
    /// Urgent households or special groups in order of arrival; as in the regular queue the cap counts
    /// eligible offers, and a household that would refuse the rent for certain is passed over by one
    /// comparison (its highest rent is kept beside the queue).
    /// </summary>
    private bool TryQueue(List<int> queue, int d, int t, Func<int, bool>? only)
    {
        var rent = _w.DRent[d];
        var highest = ReferenceEquals(queue, _priority) ? _priorityHighestRent : null;
        var eligible = 0;
        for (var i = 0; i < queue.Count && eligible < MaxCandidates; i++)
        {
            if (highest is not null && highest[i] < rent)
            {
                continue;
            }

            var h = queue[i];
            if ((_w.HFlags[h] & HouseholdTraits.Searching) == 0 || (only is not null && !only(h)) || !Eligible(h, d, t))
            {
                continue;
            }

            eligible++;
            if (Accepts(h, d, priority: true))
            {
                Let(h, d, t);
                return true;
            }
        }

        return false;
    }

    private float[] _priorityHighestRent = [];

    /// <summary>The highest rent each urgent household would pay, beside <see cref="_priority"/> (which only changes before the month's lettings).</summary>
    private void IndexPriority()
    {
        if (_priorityHighestRent.Length < _priority.Count)
        {
            _priorityHighestRent = new float[_priority.Count * 2];
        }

        for (var i = 0; i < _priority.Count; i++)
        {
            _priorityHighestRent[i] = (float)(Math.Max(1f, _w.HIncome[_priority[i]]) * MaxBurden / 12 * (1 + 1e-6));
        }
    }

    private bool TryReturn(int d, int t)
    {
        if (_displaced.Count == 0 || _w.DComplex[d] < 0)
        {
            return false;
        }

        var u = _w.DUnit[d];
        foreach (var h in _displaced)
        {
            if (_w.HDisplacedFrom[h] == u && _w.HState[h] != HouseholdState.Left && (_w.HDwelling[h] < 0 || _w.DUnit[_w.HDwelling[h]] != u)
                && (_w.HFlags[h] & HouseholdTraits.Away) == 0 && Eligible(h, d, t) && _rng.Chance(ReturnProbability))
            {
                if ((_w.HFlags[h] & HouseholdTraits.Searching) == 0)
                {
                    // Rehoused meanwhile, it seeks again by returning: a seeker this year, so the success rate stays a share.
                    Count(h, t, seekers: true);
                }

                Let(h, d, t);
                _w.HDisplacedFrom[h] = -1;
                return true;
            }
        }

        return false;
    }

    private bool Preferred(int h, int u, Ranking ranking) => ranking switch
    {
        Ranking.LocalBinding => (_w.HFlags[h] & HouseholdTraits.LocalBinding) != 0,
        Ranking.Article9 => (_w.HFlags[h] & HouseholdTraits.Employed) != 0,
        Ranking.CoSelection => (_w.HDwelling[h] >= 0 && _w.UnitParent[_w.DUnit[_w.HDwelling[h]]] == _w.UnitParent[u]) || (_w.HFlags[h] & HouseholdTraits.Employed) != 0,
        _ => true,
    };

    /// <summary>Whether letting dwelling <paramref name="d"/> to <paramref name="h"/> now is legal under the rules in force.</summary>
    internal bool Eligible(int h, int d, int t)
    {
        var u = _w.DUnit[d];
        var law = _rules.Law;
        var income = _w.HIncome[h];
        var size = _w.HSize[h];
        if (income > DaebLimit(law, size) && _overLimit + 1 > _rules.FreeRoom * (_lettings + 1))
        {
            return false;
        }

        if (IsEntitled(h, u) && _w.DRent[d] > Aftopping(law, size) && _exceptions + 1 > (1 - _rules.PassendMinimumShare) * (_entitled + 1))
        {
            return false;
        }

        var rooms = _w.DRooms[d];
        if (_rules.SizeLabels[u] && ((rooms >= 4 && size < 3) || (rooms <= 1 && size > 2)))
        {
            return false;
        }

        if (_rules.Article8[u] && t - _w.HArrived[h] < RuleBook.RotterdamwetResidenceMonths && (_w.HFlags[h] & HouseholdTraits.Employed) == 0)
        {
            return false;
        }

        if (_rules.Article10[u] > 0 && _rng.Chance(_rules.Article10[u]))
        {
            return false;
        }

        var c = _w.DComplex[d];
        return !(c >= 0 && _rules.ComplexCap[u] < 1 && _w.IsVulnerable(h) && _w.ComplexVulnerable[c] + 1 > _rules.ComplexCap[u] * _w.ComplexSize[c]);
    }

    private bool IsEntitled(int h, int u) =>
        _w.HIncome[h] <= (_w.HSize[h] == 1 ? _rules.Law.PassendThresholdSingle : _rules.Law.PassendThresholdMulti) * (1 + _rules.PassendMargin[u]);

    internal static double Aftopping(RuleYear law, int size) => size <= 2 ? law.AftoppingLow : law.AftoppingHigh;

    /// <summary>
    /// The household's choice (assumed logit weights, docs/simulatie.md): affordability, fit of
    /// rooms to household size, the buurt's price rank, and a tunable preference for neighbours of
    /// the same origin; households with priority accept almost any suitable offer.
    /// </summary>
    private bool Accepts(int h, int d, bool priority)
    {
        var burden = _w.DRent[d] * 12 / Math.Max(1f, _w.HIncome[h]);
        if (burden > MaxBurden)
        {
            return false;
        }

        var size = _w.HSize[h];
        var rooms = _w.DRooms[d];
        var fit = rooms < size ? -1.0 : rooms <= size + 2 ? 0.4 : 0.0;
        var u = _w.DUnit[d];
        var utility = _m.AcceptanceIntercept - (5 * Math.Max(0, burden - 0.3)) + fit + (_w.UnitPriceRank[u] - 0.5) + (_m.SimilarityPreference * 3 * SimilarityGap(h, u)) + (priority ? 2.5 : 0);
        return _rng.NextDouble() < 1 / (1 + Math.Exp(-utility));
    }

    /// <summary>The share of the buurt's households with the household's origin, minus that share in the city.</summary>
    private double SimilarityGap(int h, int u)
    {
        var o = _w.HOrigin[h];
        var inUnit = _w.UnitHouseholds[u];
        return inUnit == 0 ? 0 : ((double)_w.UnitByOrigin[(u * World.OriginCount) + o] / inUnit) - _cityOriginShare[o];
    }

    private readonly double[] _cityOriginShare = new double[World.OriginCount];

    private void Let(int h, int d, int t)
    {
        var law = _rules.Law;
        _lettings++;
        if (_w.HIncome[h] > DaebLimit(law, _w.HSize[h]))
        {
            _overLimit++;
        }

        if (IsEntitled(h, _w.DUnit[d]))
        {
            _entitled++;
            if (_w.DRent[d] > Aftopping(law, _w.HSize[h]))
            {
                _exceptions++;
            }
        }

        Count(h, t, seekers: false);
        _socialLettings[_w.DUnit[d]]++;
        if (_w.HDwelling[h] is var old and >= 0)
        {
            _vacantNext.Add(old);
        }

        _w.Occupy(h, d);
        _w.HFlags[h] &= ~(HouseholdTraits.Searching | HouseholdTraits.Urgent);
        StoppedSearching(h);
        if (_w.IsVulnerable(h))
        {
            _vulnerableInflow[_w.DUnit[d]]++;
        }

        if ((_w.HFlags[h] & (HouseholdTraits.StatusHolder | HouseholdTraits.CareLeaver)) != 0)
        {
            _specialInflow[_w.DUnit[d]]++;
        }

        LetObserver?.Invoke(h, d, t);
    }

    /// <summary>The year's lettings, those above the DAEB limit, to huurtoeslag-entitled households, and those above the aftopping (legal shares).</summary>
    internal (int Lettings, int OverLimit, int Entitled, int Exceptions) LegalCounts => (_lettings, _overLimit, _entitled, _exceptions);

    internal YearRules Rules => _rules;

    /// <summary>Called after every social letting (tests check each one against the rules in force).</summary>
    internal Action<int, int, int>? LetObserver { get; set; }
}
