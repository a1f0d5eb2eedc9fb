using Wijkmix.Core.Areas;
using Wijkmix.Core.Observations;

namespace Wijkmix.Data.Tests.Store;

/// <summary>Estimates in the store: their own dataset and source, replaced per area by a re-run, never half-written.</summary>
public class EstimateStoreTests
{
    private static readonly EstimateMethod Method = new(AreaLevel.Municipality, 2019, AreaLevel.Municipality, 2022);

    private static Observation Estimate(string code, int year, double value) =>
        new Observation(AreaCode.Parse(code), year, "inhabitants", value) { Estimate = Method.Code };

    private static AreaCode[] Codes(params string[] codes) => codes.Select(AreaCode.Parse).ToArray();

    [Fact]
    public void StoreEstimates_RerunForOneGemeente_ReplacesItsEstimatesAndKeepsTheOthers()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.StoreEstimates([(Method, Codes("GM1980", "GM1982"), [Estimate("GM1980", 2021, 86_722), Estimate("GM1982", 2021, 90_000)])]);
        store.StoreEstimates([(Method, Codes("GM1980"), [Estimate("GM1980", 2021, 86_700)])]);

        var stored = store.Get(Codes("GM1980", "GM1982"), ["inhabitants"]);
        Assert.Equal([("GM1980", 86_700.0), ("GM1982", 90_000.0)], stored.Select(o => (o.Area.Value, o.Value!.Value)).Order());
        Assert.All(stored, o => Assert.Equal(Method.Code, o.Estimate));
        Assert.Equal(2, store.Info().Sources.Count(s => s.Dataset == EstimateMethod.Dataset));
        Assert.Empty(store.Info().Years); // estimates add no area-year: the area did not exist then
    }

    [Fact]
    public void StoreEstimates_EstimateOutsideItsScope_WritesNothing()
    {
        using var scratch = new Scratch();
        using var store = scratch.Store();
        store.StoreEstimates([(Method, Codes("GM1980"), [Estimate("GM1980", 2021, 86_722)])]);
        var before = store.Fingerprint();

        Assert.Throws<ArgumentException>(() => store.StoreEstimates(
        [
            (Method, Codes("GM1982"), [Estimate("GM1982", 2021, 90_000)]),
            (Method, Codes("GM1980"), [Estimate("GM1982", 2020, 1)]),
        ]));
        Assert.Equal(before, store.Fingerprint());
    }
}
