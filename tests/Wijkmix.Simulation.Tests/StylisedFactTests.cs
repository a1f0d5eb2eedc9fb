using Wijkmix.Simulation.Results;
using Wijkmix.Simulation.Scenarios;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// The sources' stylised facts, each as a direction with a margin, on Amsterdam's real KWB 2019
/// buurten (a 10 % sample of households; four paired replicates over ten years).
/// </summary>
[Collection(nameof(RealCities))]
public sealed class StylisedFactTests(RealCities cities)
{
    private const double Scale = 0.1;
    private const int Replicates = 4;

    private static int[] CheapestUnits(ScenarioRuns runs, double share) =>
        Enumerable.Range(0, runs.Plan.PriceRank.Length).Where(u => runs.Plan.PriceRank[u] < share && runs.Plan.Dwellings[u][0] > 0).ToArray();

    private static double Sum(ReplicateResult r, Func<YearSnapshot, float[]> values, IReadOnlyCollection<int> units) =>
        r.Years.Skip(1).Sum(y => units.Sum(u => (double)values(y)[u]));

    private static double FinalShare(ReplicateResult r, IReadOnlyCollection<int> units) => Summary.Share(r.Years[^1], units.Contains);

    private static MarketParameters Turnover(IEnumerable<string> codes, double there, double elsewhere) =>
        new() { TurnoverSocial = elsewhere, SocialTurnoverByArea = codes.Select(c => new AreaRate(c, there)).ToArray() };

    [Fact]
    public void CheapFastTurningStock_DrawsTheVulnerableInflow()
    {
        var probe = new ScenarioRuns(cities.Amsterdam, 1, 1, Scale, []);
        var cheap = CheapestUnits(probe, 0.15);
        var codes = cheap.Select(u => cities.Amsterdam.Units[u].Code).ToArray();
        var runs = new ScenarioRuns(cities.Amsterdam, 10, Replicates, Scale, [], Turnover(codes, 0.14, 0.05));

        var inflowShare = Band.Of(runs.Changed.Select(r => Sum(r, y => y.VulnerableInflow, cheap) / Sum(r, y => y.VulnerableInflow, Enumerable.Range(0, cities.Amsterdam.Units.Count).ToArray())).ToArray()).Median;
        var stockShare = cheap.Sum(u => (double)runs.Plan.Dwellings[u][0]) / runs.Plan.Dwellings.Sum(d => (double)d[0]);
        var rest = Enumerable.Range(0, cities.Amsterdam.Units.Count).Except(cheap).ToArray();
        double VulnerableShareOfLettings(int[] units) => Band.Of(runs.Changed.Select(r => Sum(r, y => y.VulnerableInflow, units) / Sum(r, y => y.SocialLettings, units)).ToArray()).Median;
        var (inCheap, elsewhere) = (VulnerableShareOfLettings(cheap), VulnerableShareOfLettings(rest));

        Assert.True(inflowShare > 1.5 * stockShare, $"vulnerable inflow share {inflowShare:P1} vs social stock share {stockShare:P1}");
        Assert.True(inCheap > 1.2 * elsewhere, $"vulnerable share of lettings: {inCheap:P1} in the cheap buurten, {elsewhere:P1} elsewhere");
    }

    [Fact]
    public void SpreadingRule_StillEndsInTheCheapestBuurten_WhenOnlyTheyHaveVacancies()
    {
        var probe = new ScenarioRuns(cities.Amsterdam, 1, 1, Scale, []);
        var cheap = CheapestUnits(probe, 0.15);
        var codes = cheap.Select(u => cities.Amsterdam.Units[u].Code).ToArray();
        Instrument[] spreading = [new DirectPlacement([], null, null, MaxVulnerableShare: 0.2, MaxWaitMonths: 6)];
        var onlyCheap = new ScenarioRuns(cities.Amsterdam, 5, Replicates, Scale, spreading, Turnover(codes, 0.14, 0.0) with { RiserExitRate = 0 });
        var everywhere = new ScenarioRuns(cities.Amsterdam, 5, Replicates, Scale, spreading);
        var all = Enumerable.Range(0, cities.Amsterdam.Units.Count).ToArray();
        // From the second year on: the vacancies the starting state has everywhere are let in the first.
        static double After(ReplicateResult r, IReadOnlyCollection<int> units) => r.Years.Skip(2).Sum(y => units.Sum(u => (double)y.SpecialInflow[u]));
        double CheapShare(ScenarioRuns runs) => Band.Of(runs.Changed.Select(r => After(r, cheap) / After(r, all)).ToArray()).Median;

        var whenOnlyCheap = CheapShare(onlyCheap);
        var whenEverywhere = CheapShare(everywhere);

        Assert.True(whenOnlyCheap > 0.8, $"special placements in the cheapest buurten: {whenOnlyCheap:P1}");
        Assert.True(whenOnlyCheap > whenEverywhere + 0.3, $"{whenOnlyCheap:P1} when only they have vacancies vs {whenEverywhere:P1} otherwise");
    }

    [Fact]
    public void Rotterdamwet_LowersConcentrationInItsArea_WhileTheExcludedGetHousedLess()
    {
        var figures = cities.Amsterdam;
        var target = figures.Units.Select((u, i) => (u, i)).Where(p => p.u.Households > 500).OrderByDescending(p => p.u.LowIncomePct ?? 0).Take(25).Select(p => p.i).ToHashSet();
        Instrument[] rule = [new Rotterdamwet(target.Select(u => figures.Units[u].Code).ToArray(), null, null, Article8: true, Article9Share: 0, Article10RefusalRate: 0)];
        var runs = new ScenarioRuns(figures, 10, Replicates, 0.25, rule);
        var g = (int)SeekerGroup.NewcomerWithoutWork;
        double Inflow(ReplicateResult r, IReadOnlyCollection<int> units) => Sum(r, y => y.VulnerableInflow, units) / Sum(r, y => y.SocialLettings, units);

        var inArea = runs.MedianDifference(r => Inflow(r, target));
        var stock = runs.MedianDifference(r => FinalShare(r, target));
        var successRate = runs.MedianDifference(r => Summary.Mean(r, s => s.Groups[g].Lettings, s => s.Groups[g].Seekers));

        // The model does not reproduce the third part of this fact (concentration rising next door):
        // the excluded households spread over the whole city, and the change next door stays within the noise.
        Assert.True(inArea < -0.001, $"vulnerable share of lettings in the designated buurten changed {inArea:P2}");
        Assert.True(stock < 0, $"vulnerable share of households in the designated buurten changed {stock:P2}");
        Assert.True(successRate < 0, $"success rate of newcomers without work changed {successRate:P2}");
    }

    [Fact]
    public void DemolishingCheapStockForOwnerOccupation_RaisesIncome_AndDisplacesToTheNextCheapest()
    {
        var figures = cities.Amsterdam;
        var probe = new ScenarioRuns(figures, 1, 1, Scale, []);
        var target = Enumerable.Range(0, figures.Units.Count).Where(u => (figures.Units[u].CorporationPct ?? 0) > 50 && probe.Plan.Dwellings[u][0] > 20)
            .OrderBy(u => probe.Plan.PriceRank[u]).Take(5).ToHashSet();
        Instrument[] plan = [new DemolishRebuild(target.Select(u => figures.Units[u].Code).ToArray(), 2026, null, DemolishShare: 1, RebuildFactor: 1, new SegmentMix(0, 0, 0, 1), BuildYears: 2, RightOfReturn: false)];
        var runs = new ScenarioRuns(figures, 10, Replicates, Scale, plan);

        var incomeRatio = Band.Of(runs.Changed.Zip(runs.Baseline, (a, b) => Summary.MeanIncome(a.Years[^1], target.Contains) / Summary.MeanIncome(b.Years[^1], target.Contains)).ToArray()).Median;
        var destinations = runs.Changed.SelectMany(r => r.Flows.Where(f => f.Key.To >= 0 && !target.Contains(f.Key.To)).SelectMany(f => Enumerable.Repeat(runs.Plan.PriceRank[f.Key.To], f.Value))).ToArray();

        Assert.True(incomeRatio > 1.15, $"mean income in the area relative to the baseline: {incomeRatio:N2}");
        Assert.NotEmpty(destinations);
        Assert.True(destinations.Average() < 0.45, $"mean price rank of where displaced households landed: {destinations.Average():N2} (0 = cheapest buurt)");
    }

    [Fact]
    public void StricterPassendToewijzen_LittleEffectAfterOneYear_MeasurableAfterTen()
    {
        Instrument[] strict = [new PassendToewijzen([], null, null, MinimumShare: 1, IncomeMargin: 0.3)];
        var runs = new ScenarioRuns(cities.Amsterdam, 10, Replicates, Scale, strict);

        var afterOne = runs.MedianDifference(r => r.Years[1].DissimilarityLowest40);
        var afterTen = runs.MedianDifference(r => r.Years[^1].DissimilarityLowest40);

        Assert.True(Math.Abs(afterTen) > 0.005, $"difference in D after ten years: {afterTen:N4}");
        Assert.True(Math.Abs(afterOne) < Math.Abs(afterTen) / 3, $"after one year {afterOne:N4}, after ten {afterTen:N4}");
    }
}
