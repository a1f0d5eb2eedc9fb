using Wijkmix.Simulation.Scenarios;
using Wijkmix.Simulation.Tests.StylisedFacts;

namespace Wijkmix.Simulation.Tests;

public sealed partial class StylisedFactTests
{
    private const int RotterdamwetAreas = 40;
    private const int RotterdamwetYears = 15;

    /// <summary>
    /// Wbmgp art. 8 in the 40 buurten (over 500 households) with the highest low-income share,
    /// against the null (no designation) and a placebo (the same rule in 40 other buurten drawn at
    /// random), both measured in the designated buurten and in the rest of the city. Expected as the
    /// evaluations found, not guessed: households the rule refuses moved less to the designated
    /// buurten and more often elsewhere in the city, mostly its edges (Hochstenbach, Uitermark and
    /// Van Gent, "Evaluatie effecten Wbmgp (Rotterdamwet) in Rotterdam", UvA/AISSR for BZK, Oct 2015;
    /// summary at aissr.uva.nl, Dec 2015); refusals are rare in practice and the inflow of the
    /// designated areas changes mostly through priority (RIGO, "Selectieve woningtoewijzing:
    /// landelijke evaluatie van artikel 8, 9 en 10 Wbmgp", rijksoverheid.nl 29 Mar 2021, sent with
    /// kst-33340-24); unemployment in the designated streets fell somewhat, the composition otherwise
    /// hardly changed (Koster and Van Ommeren, "Neighbourhood stigma and place-based policies",
    /// Economic Policy, as summarised at urbaneconomics.nl). The model has no region: a refused
    /// household that is not let elsewhere in the city gives up and leaves the city's books.
    /// Measured (8 seeds, 15 years): share with work of the area's lettings +3.9 pp (2.0–6.6) against a
    /// placebo spread of 0.5 pp; lettings to newcomers without work −822 in the area (−865 to −785)
    /// and +681 in the rest of the city (600–804; placebo spread 113), so about five in six are let
    /// elsewhere in the city and the rest leave its books or still wait (not asserted: in some seeds
    /// more were let elsewhere than the area refused). The vulnerable share of the area's
    /// households hardly moves (−0.3 pp, not asserted), as Koster and Van Ommeren found. Checked with
    /// the mechanism off (Replicate.Eligible without the art. 8 test): every effect 0, fails.
    /// </summary>
    [Fact]
    public void Rotterdamwet_ShiftsTheAreasInflowTowardWork_WhileTheRefusedAreHousedElsewhereInTheCity()
    {
        var figures = cities.Amsterdam;
        var plan = Amsterdam();
        var large = figures.Units.Select((u, i) => (u, i)).Where(p => p.u.Households > 500).ToArray();
        var target = large.OrderByDescending(p => p.u.LowIncomePct ?? 0).Take(RotterdamwetAreas).Select(p => p.i).ToHashSet();
        var random = new Random(7);
        var elsewhere = large.Where(p => !target.Contains(p.i)).OrderBy(_ => random.Next()).Take(RotterdamwetAreas).Select(p => p.i);
        var rest = Enumerable.Range(0, figures.Units.Count).Where(u => !target.Contains(u)).ToArray();
        Arm Designated(IEnumerable<int> units) => new([new Rotterdamwet(Codes(units), null, null, Article8: true, Article9Share: 0, Article10RefusalRate: 0)]);
        var arms = new Arms(figures, plan, RotterdamwetYears, Seeds, Designated(target), Designated(elsewhere));

        var work = Measured(PairedEffect.Of("share with work of the lettings in the designated buurten", arms.Effects(r => Share(r.Log.Employed, r.Log.Lettings, target))));
        var refusedThere = Measured(PairedEffect.Of("lettings to newcomers without work in the designated buurten", arms.Effects(r => LettingLog.Sum(r.Log.NewcomerWithoutWork, target))));
        var refusedElsewhere = Measured(PairedEffect.Of("lettings to newcomers without work in the rest of the city", arms.Effects(r => LettingLog.Sum(r.Log.NewcomerWithoutWork, rest))));

        work.AssertBeyondPlacebo(+1);
        refusedThere.AssertBeyondPlacebo(-1);
        refusedElsewhere.AssertBeyondPlacebo(+1);
    }
}
