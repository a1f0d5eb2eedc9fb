using Wijkmix.Simulation.Model;

namespace Wijkmix.Simulation.Analysis;

/// <summary>One factor's elementary effects on one output: μ* (mean of the absolute effects), μ (mean) and σ (standard deviation).</summary>
/// <remarks>
/// A large μ* means the output moves with the factor; a σ that is large beside μ* means the effect depends on the other
/// factors (interaction) or is not linear. Effects are per unit of the factor's range scaled to [0, 1], so factors with
/// different units compare.
/// </remarks>
public readonly record struct ElementaryEffects(double MeanAbsolute, double Mean, double StandardDeviation, int Count);

/// <summary>
/// Morris's one-at-a-time screening (Morris 1991, "Factorial sampling plans for preliminary computational experiments",
/// Technometrics 33(2); μ* as in Campolongo, Cariboni and Saltelli 2007, Environmental Modelling and Software 22(10)).
/// Each of <c>r</c> trajectories starts at a random point of a grid of <c>p</c> levels on [0, 1]^k and moves every factor
/// once, in random order, by Δ = p / (2 (p − 1)) up or down; the change of each output divided by Δ is one elementary
/// effect. Cost: r (k + 1) model runs. The same seed gives the same trajectories.
/// </summary>
public static class MorrisScreening
{
    /// <summary>The trajectories: r × (k + 1) points in [0, 1]^k, consecutive points differing in one factor by ±Δ.</summary>
    public static double[][][] Trajectories(int factors, int trajectories, int levels, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 1);
        if (levels < 2 || levels % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(levels));
        }

        var delta = Delta(levels);
        var random = new SimRandom(seed);
        var result = new double[trajectories][][];
        for (var t = 0; t < trajectories; t++)
        {
            // A random grid point; each factor then steps Δ up, or down where up would leave [0, 1] (with an even
            // number of levels both land on the grid).
            var point = Enumerable.Range(0, factors).Select(_ => random.Next(levels) / (double)(levels - 1)).ToArray();
            var order = Enumerable.Range(0, factors).ToArray();
            random.Shuffle(order.AsSpan());
            var path = new double[factors + 1][];
            path[0] = (double[])point.Clone();
            for (var step = 0; step < factors; step++)
            {
                var i = order[step];
                point[i] = point[i] + delta <= 1 + 1e-12 ? point[i] + delta : point[i] - delta;
                path[step + 1] = (double[])point.Clone();
            }

            result[t] = path;
        }

        return result;
    }

    /// <summary>Δ for <paramref name="levels"/> grid levels.</summary>
    public static double Delta(int levels) => levels / (2.0 * (levels - 1));

    /// <summary>
    /// Runs <paramref name="model"/> on every point of the trajectories (scaled factors in [0, 1]) and returns, per factor
    /// and output, its elementary effects. Outputs that are not finite at either end of a step give no effect for it.
    /// </summary>
    public static ElementaryEffects[,] Run(Func<double[], double[]> model, int factors, int trajectories, int levels, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plan = Trajectories(factors, trajectories, levels, seed);
        var outputs = plan.Select(path => path.Select(model).ToArray()).ToArray();
        var count = outputs[0][0].Length;
        var effects = new List<double>[factors, count];
        for (var i = 0; i < factors; i++)
        {
            for (var o = 0; o < count; o++)
            {
                effects[i, o] = [];
            }
        }

        for (var t = 0; t < plan.Length; t++)
        {
            for (var step = 1; step < plan[t].Length; step++)
            {
                var i = Enumerable.Range(0, factors).Single(f => plan[t][step][f] != plan[t][step - 1][f]);
                var change = plan[t][step][i] - plan[t][step - 1][i];
                for (var o = 0; o < count; o++)
                {
                    var effect = (outputs[t][step][o] - outputs[t][step - 1][o]) / change;
                    if (double.IsFinite(effect))
                    {
                        effects[i, o].Add(effect);
                    }
                }
            }
        }

        var result = new ElementaryEffects[factors, count];
        for (var i = 0; i < factors; i++)
        {
            for (var o = 0; o < count; o++)
            {
                result[i, o] = Summarise(effects[i, o]);
            }
        }

        return result;
    }

    private static ElementaryEffects Summarise(List<double> effects)
    {
        if (effects.Count == 0)
        {
            return new ElementaryEffects(double.NaN, double.NaN, double.NaN, 0);
        }

        var mean = effects.Average();
        var sd = effects.Count > 1 ? Math.Sqrt(effects.Sum(e => (e - mean) * (e - mean)) / (effects.Count - 1)) : 0;
        return new ElementaryEffects(effects.Average(Math.Abs), mean, sd, effects.Count);
    }
}
