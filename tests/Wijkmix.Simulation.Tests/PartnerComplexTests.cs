using System.Globalization;
using Wijkmix.Simulation.Input;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Rules;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// Starting from a partner's complexes (Utrecht's bundled KWB figures per buurt; the complexes are
/// generated from the fitted stock of the buurten with the most social rent, not typed in): their
/// dwellings and income mix are in the start, the rest of the buurt is the buurt minus them, the
/// other buurten are untouched, and the outcome says so.
/// </summary>
[Collection(nameof(RealCities))]
public sealed class PartnerComplexTests(RealCities cities)
{
    private static readonly MarketParameters Market = new();

    /// <summary>The two buurten with the most social rent dwellings in the synthetic start, and its stock there.</summary>
    private static (int First, int Second) SocialBuurten(StartingPlan plain)
    {
        var order = Enumerable.Range(0, plain.Dwellings.Length).OrderByDescending(u => plain.Dwellings[u][0]).ThenBy(u => u).ToArray();
        return (order[0], order[1]);
    }

    /// <summary>
    /// Complex A: a third of the first buurt's social dwellings, occupied like the buurt's social stock, two
    /// thirds of its households with a low income and a tenth with a high one. B: a fifth of its mid rent and a
    /// tenth of its owner-occupied dwellings, incomes unknown. C: a quarter of the second buurt's social
    /// dwellings, occupied like its buurt's, half of them low incomes.
    /// </summary>
    internal static ComplexFigures[] Generate(MunicipalityFigures figures, StartingPlan plain)
    {
        var (first, second) = SocialBuurten(plain);
        ComplexFigures WithIncomes(string code, int unit, int social, double occupied, double low, double high)
        {
            var households = (int)Math.Round(social * occupied);
            var (l, h) = ((int)Math.Round(households * low), (int)Math.Round(households * high));
            return new ComplexFigures(code, "Complex " + code, figures.Units[unit].Code, social, 0, 0, 0, l, households - l - h, h, "Corporatie Oost");
        }

        double Occupancy(int unit) => (double)plain.Cells[unit].Take(plain.Cells[unit].Length / 4).Sum() / plain.Dwellings[unit][0];
        var a = WithIncomes(figures.Units[first].Code + ":complex-A", first, plain.Dwellings[first][0] / 3, Occupancy(first), 2.0 / 3, 0.1);
        var b = new ComplexFigures(figures.Units[first].Code + ":complex-B", "Complex B", figures.Units[first].Code, 0, plain.Dwellings[first][1] / 5, 0, plain.Dwellings[first][3] / 10, null, null, null, "Beleggers West");
        var c = WithIncomes(figures.Units[second].Code + ":complex-C", second, plain.Dwellings[second][0] / 4, Occupancy(second), 0.5, 0.05);
        return [a, b, c];
    }

    private static World Start(StartingPlan plan) =>
        StartingState.Build(plan, Market, RuleBook.For(2025, Market.Indexation), new SimRandom(7));

    private static int[] PerSegment(World w, Func<int, bool> dwelling)
    {
        var counts = new int[4];
        for (var d = 0; d < w.DwellingCount; d++)
        {
            if (dwelling(d))
            {
                counts[(int)w.DSegment[d]]++;
            }
        }

        return counts;
    }

    private static bool InPartnerComplex(World w, int d, string code, StartingPlan plan) =>
        w.PartnerComplexes.TryGetValue(w.DComplex[d], out var p) && plan.Complexes[p].Figures.Code == code;

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.25)]
    public void Start_WithComplexes_BuurtDwellingsAreTheComplexesScaledPlusTheRemainder(double scale)
    {
        var plain = StartingPlan.Fit(cities.Utrecht, scale);
        var complexes = Generate(cities.Utrecht, scale == 1 ? plain : StartingPlan.Fit(cities.Utrecht, 1));
        var plan = StartingPlan.Fit(cities.Utrecht with { Complexes = complexes }, scale);
        var world = Start(plan);

        var units = cities.Utrecht.Units.Select((u, i) => (u.Code, i)).ToDictionary(p => p.Code, p => p.i);
        foreach (var unit in complexes.Select(c => units[c.BuurtCode]).Distinct())
        {
            var here = complexes.Where(c => c.BuurtCode == cities.Utrecht.Units[unit].Code).ToArray();
            var scaled = Enumerable.Range(0, 4).Select(s => here.Sum(c => (int)Math.Round(c.BySegment()[s] * scale))).ToArray();
            var inComplexes = PerSegment(world, d => world.DUnit[d] == unit && world.PartnerComplexes.ContainsKey(world.DComplex[d]));
            var all = PerSegment(world, d => world.DUnit[d] == unit);

            Assert.Equal(scaled, inComplexes);
            Assert.Equal(Enumerable.Range(0, 4).Select(s => scaled[s] + plan.Dwellings[unit][s]), all);
            // The generated complexes fit inside their buurt and are at least as full as it: the buurt keeps its KWB stock.
            Assert.Equal(plain.Dwellings[unit], all);
        }

        Assert.Empty(plan.Raises);
    }

    /// <summary>At scale 1 the counts are the partner's exactly; at a smaller scale each class is rounded on its own (within one).</summary>
    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(0.25, 1)]
    public void Start_ComplexWithIncomes_ItsResidentsHaveItsIncomeMix(double scale, int rounding)
    {
        var plain = StartingPlan.Fit(cities.Utrecht, scale);
        var complexes = Generate(cities.Utrecht, scale == 1 ? plain : StartingPlan.Fit(cities.Utrecht, 1));
        var plan = StartingPlan.Fit(cities.Utrecht with { Complexes = complexes }, scale);
        var world = Start(plan);

        foreach (var complex in complexes.Where(c => c.IncomeKnown))
        {
            var classes = new int[World.IncomeClassCount];
            for (var d = 0; d < world.DwellingCount; d++)
            {
                if (InPartnerComplex(world, d, complex.Code, plan) && world.DOccupant[d] >= 0)
                {
                    classes[world.IncomeClass(world.DOccupant[d])]++;
                }
            }

            int[] expected = [complex.LowIncome!.Value, complex.MiddleIncome!.Value, complex.HighIncome!.Value];
            int[] actual = [classes[0] + classes[1], classes[2], classes[3]];
            Assert.All(expected.Zip(actual), p => Assert.InRange(p.Second, Math.Round(p.First * scale) - rounding, Math.Round(p.First * scale) + rounding));
        }
    }

    [Fact]
    public void Fit_WithComplexes_OtherBuurtenAreFittedAsWithout()
    {
        var plain = StartingPlan.Fit(cities.Utrecht, 1);
        var complexes = Generate(cities.Utrecht, plain);
        var plan = StartingPlan.Fit(cities.Utrecht with { Complexes = complexes }, 1);
        var withComplexes = complexes.Select(c => c.BuurtCode).ToHashSet();

        for (var u = 0; u < plain.Cells.Length; u++)
        {
            if (!withComplexes.Contains(cities.Utrecht.Units[u].Code))
            {
                Assert.Equal(plain.Cells[u], plan.Cells[u]);
                Assert.Equal(plain.Dwellings[u], plan.Dwellings[u]);
            }
        }

        // In the complexes' buurten the fitted households are shared between the complexes and the rest.
        var first = plan.Complexes[0].Unit;
        var housed = plan.Complexes.Where(c => c.Unit == first).Sum(c => c.Occupants.Sum(o => o.Length));
        Assert.Equal(plain.Cells[first].Sum(), plan.Cells[first].Sum() + housed - plan.AddedHouseholds);
    }

    /// <summary>
    /// The complexes' draws come after those of the buurten before theirs: the synthetic start of those buurten is the
    /// one without complexes, dwelling for dwelling (a start without complexes takes the unchanged path throughout).
    /// </summary>
    [Fact]
    public void Start_WithComplexes_BuurtenBeforeTheirsAreDrawnAsWithout()
    {
        var plain = StartingPlan.Fit(cities.Utrecht, 1);
        var complexes = Generate(cities.Utrecht, plain);
        var plan = StartingPlan.Fit(cities.Utrecht with { Complexes = complexes }, 1);
        var (before, with) = (Start(plain), Start(plan));

        var firstUnit = plan.Complexes.Min(c => c.Unit);
        var prefix = Enumerable.Range(0, before.DwellingCount).TakeWhile(d => before.DUnit[d] < firstUnit).Count();
        Assert.True(prefix > 1000, $"{prefix} dwellings before the first complex's buurt");
        for (var d = 0; d < prefix; d++)
        {
            Assert.Equal((before.DUnit[d], before.DSegment[d], before.DRent[d], before.DRooms[d], before.DComplex[d]), (with.DUnit[d], with.DSegment[d], with.DRent[d], with.DRooms[d], with.DComplex[d]));
            Assert.Equal(before.DOccupant[d] >= 0 ? before.HIncome[before.DOccupant[d]] : -1, with.DOccupant[d] >= 0 ? with.HIncome[with.DOccupant[d]] : -1);
        }

        Assert.NotEqual(before.DwellingCount, prefix);
        Assert.Equal(prefix, Enumerable.Range(0, with.DwellingCount).TakeWhile(d => with.DUnit[d] < firstUnit).Count());
    }

    /// <summary>
    /// A social complex of high incomes only, more of them than the buurt's fitted social households have: the
    /// complex still has its income mix, and the buurt's social households stay as many (others make way).
    /// </summary>
    [Fact]
    public void Start_ComplexIncomesBeyondTheBuurtsFit_TakeThePlaceOfOthersInTheSegment()
    {
        var plain = StartingPlan.Fit(cities.Utrecht, 1);
        var (unit, _) = SocialBuurten(plain);
        var perClass = plain.Cells[unit].Length / 4 / World.IncomeClassCount;
        var highInSocial = plain.Cells[unit].Skip(3 * perClass).Take(perClass).Sum();
        var size = highInSocial + 25;
        Assert.True(size * 2 < plain.Dwellings[unit][0], $"{size} of {plain.Dwellings[unit][0]} social dwellings");
        var code = cities.Utrecht.Units[unit].Code;
        var rich = new ComplexFigures(code + ":rijk", "Rijk complex", code, size, 0, 0, 0, 0, 0, size, "Corporatie Oost");

        var plan = StartingPlan.Fit(cities.Utrecht with { Complexes = [rich] }, 1);
        var world = Start(plan);

        Assert.Equal(0, plan.AddedHouseholds);
        var social = Enumerable.Range(0, world.DwellingCount).Where(d => world.DUnit[d] == unit && world.DSegment[d] == Segment.SocialRent && world.DOccupant[d] >= 0).ToArray();
        Assert.Equal(plain.Cells[unit].Take(plain.Cells[unit].Length / 4).Sum(), social.Length);
        Assert.Equal(size, social.Count(d => InPartnerComplex(world, d, rich.Code, plan) && world.IncomeClass(world.DOccupant[d]) == 3));
    }

    [Fact]
    public void Start_ComplexLargerThanItsBuurt_RaisesTheBuurtToTheComplex()
    {
        var plain = StartingPlan.Fit(cities.Utrecht, 1);
        var (unit, _) = SocialBuurten(plain);
        var code = cities.Utrecht.Units[unit].Code;
        var owner = plain.Dwellings[unit][3] + 40;
        var big = new ComplexFigures(code + ":groot", "Groot complex", code, 0, 0, 0, owner, null, null, null, "Corporatie Oost");

        var plan = StartingPlan.Fit(cities.Utrecht with { Complexes = [big] }, 1);
        var world = Start(plan);

        Assert.Equal(owner, PerSegment(world, d => world.DUnit[d] == unit)[3]);
        Assert.Contains(plan.Raises, r => r.Unit == unit && r.Segment == Segment.Owner && r.Kwb == plain.Dwellings[unit][3] && r.Used == owner);
    }

    [Fact]
    public void Run_WithComplexes_NotesNameThemAndTheRowsReportEach()
    {
        var complexes = Generate(cities.Utrecht, StartingPlan.Fit(cities.Utrecht, 1));
        var scenario = new Scenario("complexen", cities.Utrecht.Code, 2025, 1, 5, 0.1, Market, new ScenarioVariant("Basis", []), []);

        var dutch = new CultureInfo("nl-NL");
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = dutch;
        var outcome = Simulator.Run(scenario, cities.Utrecht with { Complexes = complexes }, 1);
        var without = Simulator.Run(scenario, cities.Utrecht, 1);
        CultureInfo.CurrentUICulture = before;

        var units = cities.Utrecht.Units;
        var note = Assert.Single(outcome.Notes, n => n.Contains("Corporatie Oost", StringComparison.Ordinal));
        Assert.Contains($"{complexes.Length} complex(en)", note, StringComparison.Ordinal);
        Assert.Contains(complexes.Sum(c => c.Dwellings).ToString("N0", dutch), note, StringComparison.Ordinal);
        Assert.Contains("Beleggers West", note, StringComparison.Ordinal);
        Assert.All(complexes.Select(c => units.Single(u => u.Code == c.BuurtCode)), u => Assert.Contains($"{u.Name} ({u.Code})", note, StringComparison.Ordinal));
        Assert.All(without.Notes, n => Assert.Contains(n, outcome.Notes));
        Assert.DoesNotContain(without.Notes, n => n.Contains("Corporatie Oost", StringComparison.Ordinal));
        var complexRows = outcome.Baseline.Rows.Where(r => r.Level == "complex").Select(r => r.Code).ToHashSet();
        Assert.Contains(complexes[0].Code, complexRows);
    }

    [Fact]
    public void Run_ComplexInAnUnknownBuurt_IsRefused()
    {
        var scenario = new Scenario("complexen", cities.Utrecht.Code, 2025, 1, 5, 0.1, Market, new ScenarioVariant("Basis", []), []);
        var stray = new ComplexFigures("BU99999999:complex-1", "Nergens", "BU99999999", 10, 0, 0, 0, null, null, null, "Corporatie Oost");

        var refused = Assert.Throws<ArgumentException>(() => Simulator.Run(scenario, cities.Utrecht with { Complexes = [stray] }, 1));

        Assert.Contains("BU99999999", refused.Message, StringComparison.Ordinal);
    }
}
