using System.Globalization;
using Wijkmix.Simulation.Results;

namespace Wijkmix.Simulation.Tests.StylisedFacts;

/// <summary>
/// An instrument's effect on one measure, paired per seed (instrument − null), beside its placebo's
/// (placebo − null): the same instrument on a random or irrelevant area, or a setting that should do
/// nothing. The checks are on sign, seed by seed (all 8 of 8 seeds: a sign test at p = 1/256 if the
/// instrument did nothing), and on a margin against the Monte Carlo spread.
/// </summary>
internal sealed record PairedEffect(string Name, double[] Effect, double[] Placebo)
{
    public static PairedEffect Of(string name, (double[] Effect, double[] Placebo) effects) => new(name, effects.Effect, effects.Placebo);

    /// <summary>Root mean square of the placebo's effects: what an instrument that does nothing here moves the measure by.</summary>
    public double PlaceboSpread => Math.Sqrt(Placebo.Average(p => p * p));

    /// <summary>
    /// The placebo should do nothing to this measure: the effect has the expected sign in every seed,
    /// and its median exceeds twice the placebo's spread.
    /// </summary>
    public void AssertBeyondPlacebo(int sign)
    {
        Assert.True(Effect.All(e => sign * e > 0), $"{this}: sign not {Sign(sign)} in every seed");
        Assert.True(sign * Band.Of(Effect).Median > 2 * PlaceboSpread, $"{this}: median not beyond twice the placebo's spread {F(PlaceboSpread)}");
    }

    /// <summary>
    /// The placebo is the same instrument where the mechanism should not work (it may move its own
    /// area by arithmetic): the effect has the expected sign in every seed and exceeds the placebo's in every seed.
    /// </summary>
    public void AssertAbovePlacebo(int sign)
    {
        Assert.True(Effect.All(e => sign * e > 0), $"{this}: sign not {Sign(sign)} in every seed");
        Assert.True(Effect.Zip(Placebo).All(p => sign * (p.First - p.Second) > 0), $"{this}: not beyond the placebo in every seed");
    }

    public override string ToString() =>
        $"{Name}: effect {Describe(Effect)}; placebo {Describe(Placebo)}";

    private static string Describe(double[] values)
    {
        var band = Band.Of(values);
        return $"median {F(band.Median)} (min {F(values.Min())}, max {F(values.Max())}; per seed {string.Join(" ", values.Select(F))})";
    }

    private static string Sign(int sign) => sign > 0 ? "+" : "−";

    private static string F(double v) => v.ToString(Math.Abs(v) >= 100 ? "N0" : "0.0000", CultureInfo.InvariantCulture);
}
