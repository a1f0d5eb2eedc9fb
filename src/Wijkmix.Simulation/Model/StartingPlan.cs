using Wijkmix.Simulation.Input;

namespace Wijkmix.Simulation.Model;

/// <summary>
/// Households per unit and cell (segment × income class × origin × size class) fitted by IPF to
/// the unit's published marginals, and dwellings per unit and segment. Computed once per
/// scenario; every replicate draws its own individual households from it.
/// </summary>
internal sealed class StartingPlan
{
    public static readonly int[] Shape = [4, World.IncomeClassCount, World.OriginCount, 3];

    /// <summary>
    /// The association the seed table carries (an assumption, docs/simulatie.md): low incomes more
    /// often in social rent, high incomes and families more often owner-occupiers. The margins
    /// themselves are CBS figures.
    /// </summary>
    private static readonly double[,] SegmentByIncome =
    {
        { 3.0, 2.0, 1.0, 0.2 },
        { 0.3, 0.8, 1.5, 1.0 },
        { 0.8, 1.0, 1.0, 1.0 },
        { 0.3, 0.6, 1.2, 1.8 },
    };

    private static readonly double[,] SegmentBySize =
    {
        { 1.3, 1.0, 0.8 },
        { 1.2, 1.0, 0.6 },
        { 1.3, 1.0, 0.6 },
        { 0.6, 1.0, 1.5 },
    };

    private static readonly double[] SocialByOrigin = [1.0, 1.0, 2.0];

    /// <summary>Assumption: share of other (non-corporation) rental homes that is regulated mid rent.</summary>
    private const double MidRentShareOfOtherRent = 0.4;

    public required MunicipalityFigures Figures { get; init; }

    /// <summary>Households per unit and flattened cell.</summary>
    public required int[][] Cells { get; init; }

    /// <summary>Dwellings per unit and segment (at least the households of that segment), besides the partner complexes'.</summary>
    public required int[][] Dwellings { get; init; }

    /// <summary>The partners' complexes placed explicitly, in the order of <see cref="MunicipalityFigures.Complexes"/> within each unit (units in order).</summary>
    public IReadOnlyList<PlacedComplex> Complexes { get; init; } = [];

    /// <summary>Segments given more dwellings than the KWB figures have, to hold the complexes.</summary>
    public IReadOnlyList<StockRaise> Raises { get; init; } = [];

    /// <summary>Complex households drawn in addition because their unit's segment had no fitted households left.</summary>
    public int AddedHouseholds { get; init; }

    public required double[] PriceRank { get; init; }

    public required double[] Woz { get; init; }

    public required double[] Senior { get; init; }

    public required double[] Participation { get; init; }

    public required double Scale { get; init; }

    /// <summary>Largest relative marginal error left after fitting, over all units.</summary>
    public required double FitError { get; init; }

    public static StartingPlan Fit(MunicipalityFigures figures, double scale)
    {
        var units = figures.Units;
        var city = CityMeans(units);
        var woz = units.Select(u => u.WozValue ?? city.Woz).ToArray();
        var cells = new int[units.Count][];
        var dwellings = new int[units.Count][];
        var worst = 0.0;
        var table = new double[Shape.Aggregate(1, (a, b) => a * b)];
        var sample = new SimRandom(SampleSeed);
        var byUnit = ComplexesByUnit(figures);
        var carving = new SimRandom(CarveSeed);
        var placed = new List<PlacedComplex>();
        var raises = new List<StockRaise>();
        var added = 0;
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var households = u.Households;
            var segments = SegmentShares(u, city);
            var margins = new[]
            {
                Times(segments, households),
                Times(IncomeShares(u, city), households),
                Times(OriginShares(u, city), households),
                Times(SizeShares(u, city), households),
            };
            Seed(table);
            worst = Math.Max(worst, Ipf.Fit(table, Shape, margins));
            cells[i] = Ipf.Integerise(table);
            if (scale < 1)
            {
                // A smaller scale is a random sample of the whole city's households: rounding the
                // scaled table instead gave the few households of small cells to the larger ones and
                // raised D at 10 % (Amsterdam 0.239 against 0.205 at full scale; docs/simulatie.md).
                for (var c = 0; c < cells[i].Length; c++)
                {
                    cells[i][c] = Thin(cells[i][c], scale, sample);
                }
            }
            var perSegment = new int[4];
            for (var c = 0; c < table.Length; c++)
            {
                perSegment[c / (table.Length / 4)] += cells[i][c];
            }

            var stock = (u.Dwellings ?? (u.Households * 1.03)) * scale;
            dwellings[i] = new int[4];
            for (var s = 0; s < 4; s++)
            {
                dwellings[i][s] = Math.Max(perSegment[s], (int)Math.Round(stock * segments[s]));
            }

            if (byUnit.TryGetValue(u.Code, out var complexes))
            {
                added += ComplexCarving.Carve(i, complexes, cells[i], dwellings[i], table, scale, carving, placed, raises);
            }
        }

        return new StartingPlan
        {
            Figures = figures,
            Cells = cells,
            Dwellings = dwellings,
            PriceRank = Ranks(woz),
            Woz = woz,
            Senior = units.Select(u => (u.Aged65PlusPct ?? city.Senior) / 100).ToArray(),
            Participation = units.Select(u => (u.LabourParticipationPct ?? city.Participation) / 100).ToArray(),
            Scale = scale,
            FitError = worst,
            Complexes = placed,
            Raises = raises,
            AddedHouseholds = added,
        };
    }

    /// <summary>The complexes per unit code, after checking them against the units (the monitor checks first).</summary>
    private static Dictionary<string, List<ComplexFigures>> ComplexesByUnit(MunicipalityFigures figures)
    {
        var problems = ComplexFigures.Check(figures.Complexes, figures, "complexen");
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(figures));
        }

        return figures.Complexes.GroupBy(c => c.BuurtCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The sample of a smaller scale is the same for every seed, as the whole city is.</summary>
    private const ulong SampleSeed = 0x5CA1E;

    /// <summary>Which fitted households become a complex's occupants is the same for every seed too.</summary>
    private const ulong CarveSeed = 0xC0313E;

    private static int Thin(int count, double share, SimRandom random)
    {
        var kept = 0;
        for (var k = 0; k < count; k++)
        {
            kept += random.Chance(share) ? 1 : 0;
        }

        return kept;
    }

    private static void Seed(double[] table)
    {
        var i = 0;
        for (var s = 0; s < 4; s++)
        {
            for (var inc = 0; inc < World.IncomeClassCount; inc++)
            {
                for (var o = 0; o < World.OriginCount; o++)
                {
                    for (var z = 0; z < 3; z++)
                    {
                        table[i++] = SegmentByIncome[s, inc] * SegmentBySize[s, z] * (s == 0 ? SocialByOrigin[o] : 1.0);
                    }
                }
            }
        }
    }

    private static double[] Times(double[] shares, double total) => shares.Select(s => s * total).ToArray();

    private static double[] Normalised(params double[] values)
    {
        var clipped = values.Select(v => Math.Max(0, v)).ToArray();
        var sum = clipped.Sum();
        return sum > 0 ? clipped.Select(v => v / sum).ToArray() : clipped.Select(_ => 1.0 / clipped.Length).ToArray();
    }

    private static double[] SegmentShares(UnitFigures u, CityFigures c)
    {
        var other = u.OtherRentPct ?? c.OtherRent;
        return Normalised(u.CorporationPct ?? c.Corporation, other * MidRentShareOfOtherRent, other * (1 - MidRentShareOfOtherRent), u.OwnerOccupiedPct ?? c.Owner);
    }

    private static double[] IncomeShares(UnitFigures u, CityFigures c)
    {
        var low = u.LowIncomePct ?? c.LowIncome;
        var low40 = Math.Max(low, u.Lowest40IncomePct ?? c.Lowest40);
        var high = u.Highest20IncomePct ?? c.Highest20;
        return Normalised(low, low40 - low, 100 - low40 - high, high);
    }

    private static double[] OriginShares(UnitFigures u, CityFigures c)
    {
        var europe = u.EuropeanOriginPct ?? c.Europe;
        var outside = u.OutsideEuropeOriginPct ?? c.OutsideEurope;
        return Normalised(100 - europe - outside, europe, outside);
    }

    private static double[] SizeShares(UnitFigures u, CityFigures c)
    {
        var one = u.OnePersonPct ?? c.OnePerson;
        var children = u.WithChildrenPct ?? c.WithChildren;
        return Normalised(one, 100 - one - children, children);
    }

    private static double[] Ranks(double[] values)
    {
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new double[values.Length];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = order.Length > 1 ? (double)r / (order.Length - 1) : 0.5;
        }

        return ranks;
    }

    private sealed record CityFigures(double Owner, double Corporation, double OtherRent, double Woz, double LowIncome, double Lowest40, double Highest20, double Europe, double OutsideEurope, double OnePerson, double WithChildren, double Senior, double Participation);

    /// <summary>Household-weighted means over the units that have a value: the fallback for a unit without one.</summary>
    private static CityFigures CityMeans(IReadOnlyList<UnitFigures> units)
    {
        double Mean(Func<UnitFigures, double?> field, double fallback)
        {
            double sum = 0, weight = 0;
            foreach (var u in units)
            {
                if (field(u) is { } v)
                {
                    sum += v * u.Households;
                    weight += u.Households;
                }
            }

            return weight > 0 ? sum / weight : fallback;
        }

        return new CityFigures(
            Mean(u => u.OwnerOccupiedPct, 45), Mean(u => u.CorporationPct, 30), Mean(u => u.OtherRentPct, 25), Mean(u => u.WozValue, 300_000),
            Mean(u => u.LowIncomePct, 10), Mean(u => u.Lowest40IncomePct, 40), Mean(u => u.Highest20IncomePct, 20),
            Mean(u => u.EuropeanOriginPct, 10), Mean(u => u.OutsideEuropeOriginPct, 15), Mean(u => u.OnePersonPct, 40),
            Mean(u => u.WithChildrenPct, 30), Mean(u => u.Aged65PlusPct, 15), Mean(u => u.LabourParticipationPct, 68));
    }
}
