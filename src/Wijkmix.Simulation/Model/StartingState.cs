using Wijkmix.Simulation.Rules;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Model;

/// <summary>Draws one replicate's synthetic city from the fitted plan: households, dwellings, complexes, seekers.</summary>
internal static class StartingState
{
    /// <summary>Social dwellings per complex (assumption: a typical corporation complex).</summary>
    public const int ComplexSize = 48;

    /// <summary>Assumption: probability of income from work, pension or study by income class (Wbmgp art. 8).</summary>
    public static readonly double[] EmployedByClass = [0.3, 0.65, 0.95, 0.98];

    public static World Build(StartingPlan plan, MarketParameters market, RuleYear law, SimRandom rng)
    {
        var units = plan.Figures.Units;
        var parents = units.Select(u => u.ParentCode).Distinct(StringComparer.Ordinal).ToArray();
        var parentIndex = parents.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var world = new World
        {
            UnitCodes = units.Select(u => u.Code).ToArray(),
            UnitNames = units.Select(u => u.Name).ToArray(),
            UnitParent = units.Select(u => parentIndex[u.ParentCode]).ToArray(),
            ParentCodes = parents,
            ParentNames = parents.Select(p => units.First(u => u.ParentCode == p).ParentName).ToArray(),
            UnitPriceRank = plan.PriceRank,
        };
        world.UnitHouseholds = new int[units.Count];
        world.UnitVulnerable = new int[units.Count];
        world.UnitByOrigin = new int[units.Count * World.OriginCount];
        var cellsPerSegment = plan.Cells[0].Length / 4;
        var people = new List<int>();
        var partners = plan.Complexes.Select((c, i) => (c.Unit, Index: i)).ToLookup(p => p.Unit, p => p.Index);
        for (var u = 0; u < units.Count; u++)
        {
            foreach (var p in partners[u])
            {
                PlacePartnerComplex(world, plan, p, law, rng);
            }

            for (var s = 0; s < 4; s++)
            {
                people.Clear();
                for (var c = s * cellsPerSegment; c < (s + 1) * cellsPerSegment; c++)
                {
                    for (var k = 0; k < plan.Cells[u][c]; k++)
                    {
                        people.Add(c);
                    }
                }

                rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(people));
                var segment = (Segment)s;
                var complex = -1;
                for (var k = 0; k < plan.Dwellings[u][s]; k++)
                {
                    if (segment == Segment.SocialRent && k % ComplexSize == 0)
                    {
                        complex = world.NewComplex();
                    }

                    Place(world, plan, u, complex, segment, k < people.Count ? people[k] : -1, law, rng);
                }
            }
        }

        return world;
    }

    /// <summary>A partner's complex: its dwellings of each segment, the first of them housing its occupants.</summary>
    private static void PlacePartnerComplex(World world, StartingPlan plan, int index, RuleYear law, SimRandom rng)
    {
        var placed = plan.Complexes[index];
        var complex = world.NewComplex();
        world.PartnerComplexes[complex] = index;
        for (var s = 0; s < 4; s++)
        {
            var occupants = placed.Occupants[s];
            for (var k = 0; k < placed.Dwellings[s]; k++)
            {
                Place(world, plan, placed.Unit, complex, (Segment)s, k < occupants.Length ? occupants[k] : -1, law, rng);
            }
        }
    }

    /// <summary>One dwelling of <paramref name="segment"/>, occupied by a household of fitted cell <paramref name="cell"/> (or vacant when −1).</summary>
    private static void Place(World world, StartingPlan plan, int u, int complex, Segment segment, int cell, RuleYear law, SimRandom rng)
    {
        byte size = cell >= 0 ? SizeOf(cell % 3, rng) : (byte)(1 + rng.Next(4));
        var rooms = (byte)Math.Clamp(size + rng.Next(2), 1, 6);
        var d = world.AddDwelling(u, complex, segment, Rent(segment, plan, u, law, rng), rooms);
        if (cell >= 0)
        {
            var incomeClass = cell / (World.OriginCount * 3) % World.IncomeClassCount;
            var h = AddResident(world, plan, u, size, incomeClass, (byte)(cell / 3 % World.OriginCount), rng);
            world.Occupy(h, d);
        }
    }

    private static int AddResident(World world, StartingPlan plan, int unit, byte size, int incomeClass, byte origin, SimRandom rng)
    {
        var (low, high) = world.Bands.Range(incomeClass);
        var flags = HouseholdTraits.LocalBinding;
        var senior = rng.Chance(Math.Min(1, plan.Senior[unit] * (size == 1 ? 1.6 : 0.9)));
        if (senior)
        {
            flags |= HouseholdTraits.Senior | HouseholdTraits.Employed;
        }
        else if (rng.Chance(EmployedByClass[incomeClass]))
        {
            flags |= HouseholdTraits.Employed;
        }

        // Registered and arrived some time before the start (months, negative); a share arrived within six years.
        return world.AddHousehold(size, (float)rng.Uniform(low, high), origin, flags, -rng.Next(240), -rng.Next(600));
    }

    /// <summary>Size class 0 → 1 person, 1 → 2, 2 → 3 to 5.</summary>
    public static byte SizeOf(int sizeClass, SimRandom rng) =>
        sizeClass switch { 0 => 1, 1 => 2, _ => (byte)(3 + rng.Pick([0.45, 0.35, 0.2])) };

    /// <summary>
    /// Monthly rent (or owner's monthly cost) of a dwelling. Social rents follow the buurt's price
    /// rank around the lower aftopping (cheap buurten below it, dear ones above, never above the
    /// social ceiling); assumption documented in docs/simulatie.md.
    /// </summary>
    public static float Rent(Segment segment, StartingPlan plan, int unit, RuleYear law, SimRandom rng)
    {
        var rank = plan.PriceRank[unit];
        return segment switch
        {
            Segment.SocialRent => (float)Math.Min(law.SocialRentCeiling, law.AftoppingLow * (0.8 + (0.45 * rank)) * rng.Uniform(0.88, 1.12)),
            Segment.MidRent => (float)(law.SocialRentCeiling * rng.Uniform(1.02, 1.3)),
            Segment.PrivateRent => (float)(law.SocialRentCeiling * (1.3 + (0.9 * rank)) * rng.Uniform(0.9, 1.1)),
            _ => (float)(plan.Woz[unit] * rng.Uniform(0.75, 1.25) * 0.004),
        };
    }
}
