using System.Globalization;
using Wijkmix.Core.Areas;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Simulation.Calibration;
using Wijkmix.Simulation.Model;
using Wijkmix.Simulation.Scenarios;
using Xunit.Abstractions;

namespace Wijkmix.Simulation.Tests;

/// <summary>
/// Calibration: the targets are DOMAIN A12's figures, the engine measures what they count, the
/// optimiser keeps the best point it saw, and every result says which calibration it ran with.
/// </summary>
[Collection(nameof(RealCities))]
public sealed class CalibrationTests(RealCities cities, ITestOutputHelper output)
{
    private static double Target(string code, string quantity) => CalibrationTargets.For(code).Single(t => t.Quantity == quantity).Value;

    [Fact]
    public void Targets_AreDomainA12Figures_ComputedAsStated()
    {
        // Utrecht: lettings ÷ stock 2015–18 and the means of the published series (DOMAIN A12).
        var utrechtTurnover = new[] { 2379 / 43681.0, 2207 / 43461.0, 2305 / 42403.0, 2390 / 43032.0 }.Average();
        Assert.Equal(utrechtTurnover, Target("GM0344", CalibrationMeasures.LettingsPerStock), 4);
        Assert.Equal(new[] { 9.0, 9.7, 10.4, 10.4 }.Average(), Target("GM0344", CalibrationMeasures.RegistrationYears), 1);
        Assert.Equal(new[] { 4.3, 4.9, 4.4, 4.5 }.Average(), Target("GM0344", CalibrationMeasures.SearchYears), 1);
        Assert.Equal(new[] { 0.043, 0.039, 0.041, 0.032 }.Average(), Target("GM0344", CalibrationMeasures.SuccessRate), 3);
        Assert.Equal(new[] { 0.40, 0.39, 0.33, 0.36 }.Average(), Target("GM0344", CalibrationMeasures.PriorityShare), 2);
        Assert.Equal(0.31 * 0.36, Target("GM0344", CalibrationMeasures.StatusHolderShare), 3);

        // Amsterdam: AFWC 2020–21.
        Assert.Equal(new[] { 7615 / 165676.0, 8037 / 165676.0 }.Average(), Target("GM0363", CalibrationMeasures.LettingsPerStock), 3);
        Assert.Equal((3138 + 948) / 7615.0, Target("GM0363", CalibrationMeasures.PriorityShare), 3);
        Assert.Equal((6667 - 3138) / 62500.0, Target("GM0363", CalibrationMeasures.SuccessRate), 3);
        Assert.Equal(433, Target("GM0363", CalibrationMeasures.ReactionsPerAdvert));
        Assert.All(CalibrationTargets.Municipalities.SelectMany(CalibrationTargets.For), t => Assert.Contains("DOMAIN A", t.Source, StringComparison.Ordinal));
        Assert.Empty(CalibrationTargets.For("GM0518"));
    }

    [Fact]
    public void Measures_LettingsPerStockAndStatusHolderShare_EqualTheLettingsCountedOneByOne()
    {
        var scenario = new Scenario("meten", cities.Utrecht.Code, 2025, 3, 3, 0.05, new MarketParameters(), new ScenarioVariant("Basis", []), []);
        var plan = StartingPlan.Fit(cities.Utrecht, 0.05);
        int lettings = 0, statusHolders = 0;
        var (result, engine) = Simulator.RunOne(scenario, plan, scenario.Baseline, 0, e => e.LetObserver = (h, d, t) =>
        {
            lettings++;
            statusHolders += (e.World.HFlags[h] & HouseholdTraits.StatusHolder) != 0 ? 1 : 0;
        });
        var w = engine.World;
        var social = Enumerable.Range(0, w.DwellingCount).Count(d => w.DActive[d] && w.DSegment[d] == Segment.SocialRent);

        Assert.Equal((double)lettings / (3 * social), CalibrationMeasures.Of(CalibrationMeasures.LettingsPerStock, result), 12);
        Assert.Equal((double)statusHolders / lettings, CalibrationMeasures.Of(CalibrationMeasures.StatusHolderShare, result), 12);
    }

    [Fact]
    public void Knobs_EachMovesTheQuantityItIsFittedTo()
    {
        var plan = StartingPlan.Fit(cities.Utrecht, 0.05);
        var settings = new CalibrationSettings { Replicates = 2, Scale = 0.05, BurnInYears = 10, MeasuredYears = 3 };
        double Measure(MarketParameters m, string quantity) => CalibrationMeasures.Of(quantity, Calibrator.Run(plan, cities.Utrecht.Code, m, settings)).Median;
        var d = new MarketParameters();

        Assert.True(Measure(d with { TurnoverSocial = 0.08 }, CalibrationMeasures.LettingsPerStock) > 1.3 * Measure(d with { TurnoverSocial = 0.04 }, CalibrationMeasures.LettingsPerStock));
        Assert.True(Measure(d with { GiveUpRate = 0.02 }, CalibrationMeasures.RegistrationYears) > Measure(d with { GiveUpRate = 0.3 }, CalibrationMeasures.RegistrationYears) + 1);
        // Registered before searching: registration time at letting grows, search time does not.
        Assert.True(Measure(d with { RegistrationHeadStartYears = 6 }, CalibrationMeasures.RegistrationYears) > Measure(d, CalibrationMeasures.RegistrationYears) + 2);
        Assert.Equal(Measure(d, CalibrationMeasures.SearchYears), Measure(d with { RegistrationHeadStartYears = 6 }, CalibrationMeasures.SearchYears), 0);
        Assert.True(Measure(d with { UrgentShare = 0.3 }, CalibrationMeasures.PriorityShare) > Measure(d with { UrgentShare = 0.02 }, CalibrationMeasures.PriorityShare) + 0.1);
        Assert.True(Measure(d with { ReactionRate = 0.1 }, CalibrationMeasures.ReactionsPerAdvert) * 2 < Measure(d with { ReactionRate = 0.4 }, CalibrationMeasures.ReactionsPerAdvert));
        Assert.True(Measure(d with { AcceptanceIntercept = -2 }, CalibrationMeasures.CandidateNumber) > Measure(d with { AcceptanceIntercept = 2 }, CalibrationMeasures.CandidateNumber) + 1);
    }

    [Fact]
    public void Fit_SmallBudget_KeepsTheBestPointWithinBounds_AndReportsEveryTarget()
    {
        var settings = new CalibrationSettings { Evaluations = 8, Replicates = 1, Scale = 0.05, BurnInYears = 10, MeasuredYears = 2 };
        var start = new MarketParameters();
        var plan = StartingPlan.Fit(cities.Utrecht, 0.05);
        var fit = Calibrator.Fit(cities.Utrecht, start, settings);
        var targets = CalibrationTargets.For("GM0344");
        double Distance(MarketParameters m)
        {
            var results = Calibrator.Run(plan, "GM0344", m, settings);
            return targets.Where(t => t.Weight > 0).Sum(t => t.Weight * Math.Pow((CalibrationMeasures.Of(t.Quantity, results).Median - t.Value) / t.Value, 2));
        }

        output.WriteLine(fit.ToJson());
        Assert.Equal(8, fit.Evaluations);
        Assert.Equal(targets.Select(t => t.Quantity), fit.Fit.Select(f => f.Quantity));
        Assert.Equal(Distance(fit.Apply(start)), fit.Distance, 5);
        Assert.True(fit.Distance <= Distance(start) + 1e-9);
        Assert.All(fit.Parameters, p => Assert.InRange(p.Value, CalibrationKnobs.Named(p.Key)!.Low, CalibrationKnobs.Named(p.Key)!.High));
        Assert.Equal(CalibrationFit.FromJson(fit.ToJson()).Parameters, fit.Parameters);
    }

    [Fact]
    public void Apply_SetsTheFittedParameters_ExceptThoseTheScenarioGives()
    {
        var fit = new CalibrationFit { Municipality = "GM0344", Name = "Utrecht", Parameters = new Dictionary<string, double> { ["opgeven"] = 0.2, ["reactiekans"] = 0.05 }, Fit = [], Settings = new() };
        var market = ScenarioReader.Read("naam: x\ngemeente: GM0344\nstartjaar: 2025\njaren: 1\nmarkt:\n  reactiekans: 0.5\n", "x.yaml").Scenario!.Market;

        var applied = fit.Apply(market);

        Assert.Equal(0.2, applied.GiveUpRate);
        Assert.Equal(0.5, applied.ReactionRate);
    }

    [Fact]
    public void NelderMead_FindsTheMinimumOfACoupledQuadratic_WithinItsBudget()
    {
        var calls = 0;
        var (best, value, evaluations) = NelderMead.Minimise(x =>
        {
            calls++;
            return Math.Pow(x[0] - 0.3, 2) + Math.Pow(x[1] - 0.7, 2) + (0.5 * (x[0] - 0.3) * (x[1] - 0.7)) + Math.Pow(x[2] - 0.5, 2);
        }, [0.9, 0.1, 0.9], 200);

        Assert.Equal(200, evaluations);
        Assert.Equal(200, calls);
        Assert.Equal(0.3, best[0], 2);
        Assert.Equal(0.7, best[1], 2);
        Assert.Equal(0.5, best[2], 2);
        Assert.True(value < 1e-4);
    }

    [Fact]
    public void Run_ShowsTheFit_CalibratedOrStatedAsDefault()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        try
        {
            var denHaag = SimulationFigures.Read(cities.Store, AreaCode.Parse("GM0518"))!;
            Scenario Short(string code) => new("fit", code, 2025, 1, 1, 0.02, new MarketParameters(), new ScenarioVariant("Basis", []), []) { BurnInYears = 2 };
            var utrecht = Simulator.Run(Short("GM0344"), cities.Utrecht, 2);
            var other = Simulator.Run(Short("GM0518"), denHaag, 2);

            Assert.NotNull(utrecht.Calibration);
            Assert.Equal(CalibrationFit.Bundled("GM0344") is not null, utrecht.Calibration!.Fitted);
            Assert.Equal(0.0538, utrecht.Calibration.Rows.Single(r => r.Quantity == CalibrationMeasures.LettingsPerStock).Target);
            Assert.Contains(utrecht.Notes, n => n.Contains("Utrecht", StringComparison.Ordinal) && n.Contains("data/calibration/", StringComparison.Ordinal));
            Assert.False(other.Calibration!.Fitted);
            Assert.All(other.Calibration.Rows, r => Assert.Null(r.Target));
            Assert.Contains(other.Notes, n => n.StartsWith("Geen waargenomen toewijzingscijfers voor 's-Gravenhage", StringComparison.Ordinal));
            Assert.Contains(other.Baseline.Summary, l => l.StartsWith("Drift van de basis zonder beleid over 1 jaar", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
