using System.Runtime.InteropServices;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Rules;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Engine;

/// <summary>
/// One run of one variant: a synthetic city stepped year by year, with monthly allocation rounds.
/// Everything random comes from the one <see cref="SimRandom"/> it is given, so a seed repeats exactly.
/// </summary>
internal sealed partial class Replicate
{
    private readonly World _w;
    private readonly StartingPlan _plan;
    private readonly Scenario _scenario;
    private readonly MarketParameters _m;
    private readonly IReadOnlyList<Instrument> _instruments;
    private readonly AreaIndex _areas;
    private readonly SimRandom _rng;
    private readonly double[] _socialTurnover;

    private readonly List<int> _regular = [];
    private readonly List<int> _regularNew = [];
    private readonly List<int> _priority = [];
    private readonly List<int> _placement = [];
    private List<int> _vacant = [];
    private List<int> _vacantNext = [];
    private readonly List<int>[] _exitsByMonth = Enumerable.Range(0, 12).Select(_ => new List<int>()).ToArray();
    private readonly List<int> _displaced = [];

    private YearRules _rules = null!;
    private int _year;

    /// <summary>The month the run starts in: before 0 when a burn-in precedes the start year.</summary>
    private readonly int _firstMonth;

    /// <summary>The month of 1 January of the year being run.</summary>
    private int _yearStart;

    private bool _burningIn;
    private bool _firstYear = true;

    // Yearly counters of the legal shares (one corporation per municipality).
    private int _lettings, _overLimit, _entitled, _exceptions;
    private int _entered, _left, _built, _demolished;
    private GroupYear[] _groups = new GroupYear[Enum.GetValues<SeekerGroup>().Length];
    private AllocationYear _allocation;
    private float[] _vulnerableInflow;
    private float[] _specialInflow;
    private float[] _socialLettings;
    private double _expectedLettings;
    private int _socialDwellings;

    public Replicate(StartingPlan plan, Scenario scenario, IReadOnlyList<Instrument> instruments, ulong seed)
    {
        _plan = plan;
        _scenario = scenario;
        _m = scenario.Market;
        _instruments = instruments;
        _rng = new SimRandom(seed);
        _firstMonth = -12 * Math.Max(0, scenario.BurnInYears);
        var law = RuleBook.For(scenario.StartYear, _m.Indexation);
        _w = StartingState.Build(plan, _m, law, _rng);
        _areas = AreaIndex.Of(_w, plan.Figures.Code);
        _w.Bands = IncomeBands.Start.Indexed(Math.Pow(1 + _m.Indexation, Math.Max(0, scenario.StartYear - RuleBook.FirstYear)));
        for (var h = 0; h < _w.HouseholdCount; h++)
        {
            _w.HIncome[h] *= _w.Bands.Lowest40 / IncomeBands.Start.Lowest40;
        }

        _w.RebuildCounts();
        _socialTurnover = Enumerable.Repeat(_m.TurnoverSocial, _w.UnitCount).ToArray();
        foreach (var rate in _m.SocialTurnoverByArea)
        {
            foreach (var u in _areas.Units([rate.Area]))
            {
                _socialTurnover[u] = rate.Rate;
            }
        }

        _vulnerableInflow = new float[_w.UnitCount];
        _specialInflow = new float[_w.UnitCount];
        _socialLettings = new float[_w.UnitCount];
        RecordTemplates();
        SeedQueue();
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            if (_w.DOccupant[d] < 0)
            {
                _vacantNext.Add(d);
            }
        }
    }

    internal World World => _w;

    /// <summary>Runs the burn-in and the recorded years; <paramref name="yearDone"/> is called after each year of either.</summary>
    public ReplicateResult Run(Action? yearDone = null)
    {
        YearSnapshot? fitted = null;
        if (_scenario.BurnInYears > 0)
        {
            fitted = Snapshot(_scenario.StartYear, new Ledger(0, 0, 0, LiveHouseholds(), 0, 0, 0, ActiveDwellings()));
            BurnIn(yearDone);
        }

        var years = new List<YearSnapshot> { Snapshot(_scenario.StartYear, new Ledger(0, 0, 0, LiveHouseholds(), 0, 0, 0, ActiveDwellings())) };
        for (var k = 0; k < _scenario.Years; k++)
        {
            _year = _scenario.StartYear + k;
            var ledgerStart = (Households: LiveHouseholds(), Dwellings: ActiveDwellings());
            RunYear(k * 12);
            var ledger = new Ledger(ledgerStart.Households, _entered, _left, LiveHouseholds(), ledgerStart.Dwellings, _built, _demolished, ActiveDwellings());
            years.Add(Snapshot(_year + 1, ledger));
            yearDone?.Invoke();
        }

        return new ReplicateResult
        {
            Years = years,
            Fitted = fitted,
            Flows = Flows(),
            FinalComplexShares = ComplexShares(),
            ComplexUnits = ComplexUnits(),
            PartnerComplexes = _w.PartnerComplexes,
        };
    }

    /// <summary>
    /// The burn-in (docs/simulatie.md, "Kalibratie en inloop"): the city runs <see cref="Scenario.BurnInYears"/>
    /// years under the start year's law and the baseline's rules, without nominal indexation or stock
    /// interventions and without recording, so the queue, the tenancies and the incomes reach the
    /// state the model's flows sustain before the first recorded year.
    /// </summary>
    private void BurnIn(Action? yearDone)
    {
        _burningIn = true;
        for (var k = 0; k < _scenario.BurnInYears; k++)
        {
            _year = _scenario.StartYear;
            RunYear(_firstMonth + (k * 12));
            yearDone?.Invoke();
        }

        _burningIn = false;
    }

    private void RunYear(int yearStart)
    {
        _yearStart = yearStart;
        StartYear();
        for (var month = 0; month < 12; month++)
        {
            RunMonth(yearStart + month, month);
        }
    }

    private void StartYear()
    {
        _rules = YearRules.Resolve(_year, _burningIn ? _scenario.Baseline.Instruments : _instruments, _areas, _m);
        _lettings = _overLimit = _entitled = _exceptions = 0;
        _entered = _left = _built = _demolished = 0;
        _groups = new GroupYear[_groups.Length];
        _allocation = default;
        _vulnerableInflow = new float[_w.UnitCount];
        _specialInflow = new float[_w.UnitCount];
        _socialLettings = new float[_w.UnitCount];
        WakeAllWaiting();
        _w.Release(_departed);
        IndexIncomes();
        ApplyStockInterventions();
        CountSocialStock();
        _allocation.SocialDwellings = _socialDwellings;
        RouteSpecialGroups();
        CountActiveSeekers();
        ScheduleExits();
    }

    private void RunMonth(int t, int month)
    {
        foreach (var h in _exitsByMonth[month])
        {
            Exit(h, t);
        }

        _exitsByMonth[month].Clear();
        ReturnFromRenovation(t);
        Inflow(t);
        MergeQueue(t);
        IndexCandidates();
        IndexPriority();
        (_vacant, _vacantNext) = (_vacantNext, _vacant);
        _vacantNext.Clear();
        _rng.Shuffle(CollectionsMarshal.AsSpan(_vacant));
        UpdateCityOriginShares();
        if (_rules.Placement is not null)
        {
            PlaceSpecialGroups(t);
        }

        var parkedBefore = _waiting.Count;
        foreach (var d in _vacant)
        {
            if (_w.DOccupant[d] >= 0 || !_w.DActive[d])
            {
                continue;
            }

            var social = _w.DSegment[d] == Segment.SocialRent && !(_soldThisYear.Count > 0 && TrySell(d));
            var outcome = social ? LetSocial(d, t) : FillMarket(d, t) ? Scan.Let : Scan.Capped;
            if (outcome == Scan.Capped)
            {
                _vacantNext.Add(d);
            }
            else if (outcome == Scan.Exhausted)
            {
                Park(d);
            }
        }

        ServeWaiting(t, parkedBefore);
    }

    /// <summary>
    /// Incomes and the limits move with the indexation; individual incomes also drift, so some rise
    /// out of the target group and some fall into low income. During the burn-in only the drift runs
    /// (the start year's limits and rents stay).
    /// </summary>
    private void IndexIncomes()
    {
        if (_firstYear)
        {
            _firstYear = false;
            return;
        }

        var nominal = !_burningIn && _year > _scenario.StartYear;
        var f = nominal ? (float)(1 + _m.Indexation) : 1f;
        if (nominal)
        {
            _w.Bands = _w.Bands.Indexed(1 + _m.Indexation);
        }

        for (var h = 0; h < _w.HouseholdCount; h++)
        {
            if (_w.HState[h] != HouseholdState.Left)
            {
                _w.HIncome[h] *= f * (float)_rng.Uniform(0.93, 1.08);
            }
        }

        _w.RebuildCounts();
        if (nominal && _m.IndexRents)
        {
            IndexRents(RuleBook.For(_year - 1, _m.Indexation), _rules.Law);
        }
    }

    /// <summary>
    /// Rents rise on 1 January with the limits (DOMAIN A11: limits, aftoppingsgrenzen and rent
    /// ceilings are indexed every year): social rents by the rise of the aftoppingsgrenzen (A4), so a
    /// home below or above them stays so, never above the year's social ceiling (liberalisatiegrens,
    /// A5); regulated mid rents by wage growth + 1 % (A5, wage growth taken as the indexation); free
    /// rents and owners' costs by the indexation (assumption).
    /// </summary>
    private void IndexRents(RuleYear before, RuleYear now)
    {
        var social = now.AftoppingLow / before.AftoppingLow;
        var mid = 1 + _m.Indexation + 0.01;
        var free = 1 + _m.Indexation;
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            _w.DRent[d] = _w.DSegment[d] switch
            {
                Segment.SocialRent => (float)Math.Min(now.SocialRentCeiling, _w.DRent[d] * social),
                Segment.MidRent => (float)(_w.DRent[d] * mid),
                _ => (float)(_w.DRent[d] * free),
            };
        }
    }

    private void ScheduleExits()
    {
        var law = _rules.Law;
        for (var h = 0; h < _w.HouseholdCount; h++)
        {
            if (_w.HState[h] != HouseholdState.Housed)
            {
                continue;
            }

            var d = _w.HDwelling[h];
            var u = _w.DUnit[d];
            double p = _w.DSegment[d] switch
            {
                Segment.SocialRent => _socialTurnover[u],
                Segment.MidRent => _m.TurnoverMidRent,
                Segment.PrivateRent => _m.TurnoverPrivateRent,
                _ => _m.TurnoverOwner,
            };
            if (_w.DSegment[d] == Segment.SocialRent && _w.HIncome[h] > DaebLimit(law, _w.HSize[h]))
            {
                p += _rules.HuurOpMaat[u] ? _m.RiserExitRate * 0.25 : _m.RiserExitRate;
            }

            if (_rng.Chance(p))
            {
                _exitsByMonth[_rng.Next(12)].Add(h);
            }
        }
    }

    /// <summary>A household ends its tenancy: a social tenant may look for another social home (doorstroom), everyone else leaves the city's books.</summary>
    private void Exit(int h, int t)
    {
        if (_w.HState[h] != HouseholdState.Housed || (_w.HFlags[h] & HouseholdTraits.Searching) != 0)
        {
            return;
        }

        var d = _w.HDwelling[h];
        if (_w.DSegment[d] == Segment.SocialRent && _w.HIncome[h] <= DaebLimit(_rules.Law, _w.HSize[h]) && _rng.Chance(_m.InternalMoveShare))
        {
            _w.HFlags[h] |= HouseholdTraits.Searching;
            _w.HSeekSince[h] = t;
            _regularNew.Add(h);
            Count(h, t, seekers: true);
            return;
        }

        _w.Vacate(d);
        _vacantNext.Add(d);
        Leave(h);
    }

    /// <summary>Departed households whose slots go back to the world on 1 January (displaced ones stay: their flows are reported).</summary>
    private readonly List<int> _departed = [];

    private void Leave(int h)
    {
        if (!_displacedOrigin.ContainsKey(h))
        {
            _departed.Add(h);
        }

        _w.HState[h] = HouseholdState.Left;
        _w.HFlags[h] &= ~HouseholdTraits.Searching;
        _left++;
    }

    internal static double DaebLimit(RuleYear law, int size) => size == 1 ? law.DaebLimitSingle : law.DaebLimitMulti;

    private int LiveHouseholds()
    {
        var n = 0;
        for (var h = 0; h < _w.HouseholdCount; h++)
        {
            n += _w.HState[h] != HouseholdState.Left ? 1 : 0;
        }

        return n;
    }

    private int ActiveDwellings()
    {
        var n = 0;
        for (var d = 0; d < _w.DwellingCount; d++)
        {
            n += _w.DActive[d] ? 1 : 0;
        }

        return n;
    }
}
