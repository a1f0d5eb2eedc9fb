using Wijkmix.Core.Areas;
using Wijkmix.Data.Tests;
using Wijkmix.Monitor.SimulationInput;
using Wijkmix.Monitor.Tests.Requests;

namespace Wijkmix.Monitor.Tests;

/// <summary>
/// The hindcast: Amsterdam's baseline from KWB 2019 compared with KWB 2021 buurt by buurt. The naive forecast's error is
/// recomputed here from the raw OData files (string splitting, not the importers); the model's error is measured on the
/// same buurten and weights.
/// </summary>
public sealed class HindcastTests(DemoStore demo) : DutchDemo(demo), IClassFixture<DemoStore>
{
    private static Dictionary<string, Dictionary<string, string>> Amsterdam(int year) =>
        RawKwb.OData("kwb_buurt_g4_2019_2021", year == 2019 ? "kwb2019_84583NED_amsterdam_allcolumns.csv.gz" : "kwb2021_amsterdam_selected.csv.gz")
            .Where(r => r.Value["SoortRegio_2"].Trim() == "Buurt").ToDictionary(r => r.Key.Trim(), r => r.Value);

    [Fact]
    public void Amsterdam2019To2021_NaiveErrorIsThePublishedChange_ModelErrorOnTheSameBuurten()
    {
        var (then, now) = (Amsterdam(2019), Amsterdam(2021));
        var both = then.Keys.Intersect(now.Keys)
            .Where(k => then[k].Number("HuishoudensTotaal_28") > 0 && now[k].Number("HuishoudensTotaal_28") > 0).ToList();
        var weights = both.Sum(k => now[k].Number("HuishoudensTotaal_28")!.Value);
        var naive = both.Sum(k => now[k].Number("HuishoudensTotaal_28")!.Value
            * Math.Abs(then[k].Number("HuishoudensTotaal_28")!.Value - now[k].Number("HuishoudensTotaal_28")!.Value)) / weights;

        var (result, problem) = Hindcast.Run(Store, AreaCode.Parse("GM0363"), 2019, 2021, replicates: 1, scale: 0.25);

        Assert.Null(problem);
        var households = result!.Measures.Single(m => m.Measure == "households");
        Assert.Equal((both.Count, naive), (households.Units, households.NaiveError), new ToleranceComparer());
        Assert.InRange(households.ModelError, 1, 10 * naive);
        var origin = result.Measures.Single(m => m.Measure == "outside_europe_share");
        Assert.InRange(origin.NaiveError, 0.5, 5);
        Assert.InRange(origin.ModelError, 0.1, 10 * origin.NaiveError);
        Assert.Contains("Terugblik: gestart vanuit de KWB van 2019 met de regels van 2024", result.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void GemeenteWithoutTenurePerUnit_IsRefusedWithTheSimulatorsReason()
    {
        var (result, problem) = Hindcast.Run(Store, AreaCode.Parse("GM0855"), 2024, 2025, replicates: 1, scale: 0.1);

        Assert.Null(result);
        Assert.StartsWith("Tilburg kan niet per buurt gesimuleerd worden: de opgeslagen cijfers (KWB 2024) geven per buurt niet het aandeel koopwoningen", problem, StringComparison.Ordinal);
    }

    /// <summary>Counts equal, errors equal to 1e-9 relative.</summary>
    private sealed class ToleranceComparer : IEqualityComparer<(int, double)>
    {
        public bool Equals((int, double) x, (int, double) y) => x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) <= 1e-9 * Math.Max(1, Math.Abs(y.Item2));

        public int GetHashCode((int, double) obj) => obj.Item1;
    }
}
