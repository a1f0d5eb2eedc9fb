using Wijkmix.Simulation.Input;

namespace Wijkmix.Simulation.Model;

/// <summary>
/// A partner's complex as the starting state places it: its dwellings per segment (scaled) and, per
/// segment, the fitted cells (segment × income class × origin × size) of the households living in them.
/// </summary>
internal sealed record PlacedComplex(int Unit, ComplexFigures Figures, int[] Dwellings, int[][] Occupants);

/// <summary>A segment of a unit that the start gives more dwellings than the KWB figures (scaled) do.</summary>
internal sealed record StockRaise(int Unit, Segment Segment, int Kwb, int Used);

/// <summary>
/// Takes a unit's partner complexes out of its fitted households and dwellings: the complexes'
/// dwellings per segment, their occupants (income class from the complex where known, origin and
/// size from the unit's fitted table in that segment and income class), and what remains for the
/// synthetic rest of the unit. Deterministic: the same plan for every replicate.
/// </summary>
internal static class ComplexCarving
{
    /// <summary>The model's income classes of the partner's low (lowest 40 %: both lowest classes), middle and high counts.</summary>
    private static readonly (int Low, int High)[] IncomeGroups = [(0, 1), (2, 2), (3, 3)];

    private static readonly (int Low, int High) AnyIncome = (0, World.IncomeClassCount - 1);

    private static int CellsPerSegment => World.IncomeClassCount * World.OriginCount * 3;

    /// <summary>
    /// Carves <paramref name="complexes"/> (all in <paramref name="unit"/>) out of the unit's
    /// <paramref name="cells"/> and <paramref name="dwellings"/>, which are left as the remainder.
    /// Returns the number of complex households beyond the unit's fitted households in their segment (drawn in addition).
    /// </summary>
    public static int Carve(int unit, IReadOnlyList<ComplexFigures> complexes, int[] cells, int[] dwellings, double[] fitted, double scale, SimRandom random, List<PlacedComplex> placed, List<StockRaise> raises)
    {
        var households = HouseholdsPerSegment(cells);
        var kwb = (int[])dwellings.Clone();
        var inComplexes = new int[4];
        var extra = 0;
        foreach (var complex in complexes)
        {
            var own = complex.BySegment().Select(n => (int)Math.Round(n * scale)).ToArray();
            var occupants = Enumerable.Range(0, 4).Select(_ => new List<int>()).ToArray();
            foreach (var (segment, income, count) in Occupancy(complex, own, households, kwb, scale))
            {
                for (var n = 0; n < count; n++)
                {
                    var (cell, added) = Draw(cells, fitted, segment, income, random);
                    occupants[segment].Add(cell);
                    extra += added ? 1 : 0;
                }
            }

            for (var s = 0; s < 4; s++)
            {
                inComplexes[s] += own[s];
            }

            placed.Add(new PlacedComplex(unit, complex, own, occupants.Select(o => o.ToArray()).ToArray()));
        }

        var remaining = HouseholdsPerSegment(cells);
        for (var s = 0; s < 4; s++)
        {
            // The rest of the unit keeps a dwelling for each of its households; the unit never has fewer than its complexes.
            var rest = Math.Max(kwb[s] - inComplexes[s], remaining[s]);
            dwellings[s] = rest;
            if (inComplexes[s] + rest > kwb[s])
            {
                raises.Add(new StockRaise(unit, (Segment)s, kwb[s], inComplexes[s] + rest));
            }
        }

        return extra;
    }

    /// <summary>
    /// The occupants of a complex as runs of (segment, income classes, households). With known incomes
    /// every dwelling up to the households is occupied, spread over the segments in proportion to their
    /// dwellings, and the lowest incomes take the cheapest segments (social first, owner-occupied last:
    /// an assumption, docs/simulatie.md). Without, each segment is occupied like the unit's.
    /// </summary>
    private static IEnumerable<(int Segment, (int Low, int High) Income, int Count)> Occupancy(ComplexFigures complex, int[] own, int[] households, int[] kwb, double scale)
    {
        var total = own.Sum();
        if (!complex.IncomeKnown)
        {
            var rate = kwb.Sum() > 0 ? (double)households.Sum() / kwb.Sum() : 1;
            for (var s = 0; s < 4; s++)
            {
                var occupancy = kwb[s] > 0 ? (double)households[s] / kwb[s] : rate;
                yield return (s, AnyIncome, Math.Min(own[s], (int)Math.Round(own[s] * occupancy)));
            }

            yield break;
        }

        var groups = new[] { complex.LowIncome!.Value, complex.MiddleIncome!.Value, complex.HighIncome!.Value }.Select(n => (int)Math.Round(n * scale)).ToArray();
        while (groups.Sum() > total)
        {
            groups[Array.IndexOf(groups, groups.Max())]--;
        }

        var housed = groups.Sum();
        var slots = total > 0 ? Ipf.Integerise(own.Select(d => (double)d * housed / total).ToArray()) : new int[4];
        var g = 0;
        for (var s = 0; s < 4; s++)
        {
            while (slots[s] > 0 && g < groups.Length)
            {
                var n = Math.Min(slots[s], groups[g]);
                if (n > 0)
                {
                    yield return (s, IncomeGroups[g], n);
                }

                slots[s] -= n;
                groups[g] -= n;
                g += groups[g] == 0 ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// One household's cell in <paramref name="segment"/> with an income class in <paramref name="income"/>,
    /// taken from the unit's fitted households. When none of that income is left in the segment, the
    /// household is drawn from the fitted table's proportions (or evenly) and takes the place of one of
    /// another income in the segment, so the segment keeps its households; only when the segment has
    /// none left is it an additional household.
    /// </summary>
    private static (int Cell, bool Added) Draw(int[] cells, double[] fitted, int segment, (int Low, int High) income, SimRandom random)
    {
        var first = (segment * CellsPerSegment) + (income.Low * World.OriginCount * 3);
        var count = (income.High - income.Low + 1) * World.OriginCount * 3;
        if (Take(cells, first, count, random) is { } taken)
        {
            return (taken, false);
        }

        Span<double> weights = stackalloc double[count];
        var any = 0.0;
        for (var c = 0; c < count; c++)
        {
            weights[c] = fitted[first + c];
            any += weights[c];
        }

        var cell = first + (any > 0 ? random.Pick(weights) : random.Next(count));
        return (cell, Take(cells, segment * CellsPerSegment, CellsPerSegment, random) is null);
    }

    /// <summary>Removes one household from cells <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/>, drawn by their counts; null when they are empty.</summary>
    private static int? Take(int[] cells, int first, int count, SimRandom random)
    {
        Span<double> weights = stackalloc double[count];
        var left = 0;
        for (var c = 0; c < count; c++)
        {
            weights[c] = cells[first + c];
            left += cells[first + c];
        }

        if (left == 0)
        {
            return null;
        }

        var taken = first + random.Pick(weights);
        cells[taken]--;
        return taken;
    }

    private static int[] HouseholdsPerSegment(int[] cells)
    {
        var perSegment = new int[4];
        for (var c = 0; c < cells.Length; c++)
        {
            perSegment[c / CellsPerSegment] += cells[c];
        }

        return perSegment;
    }
}
