using Seg = Wijkmix.Segregation.Segregation;

namespace Wijkmix.Segregation.Tests.InferenceTests;

/// <summary>
/// The simulations against large-sample theory on a large table (200 units × 3 groups, about
/// 800 000 people): the multinomial bootstrap's standard error of M against the delta method, its
/// bias and the mean of M under random allocation against (U − 1)(K − 1)/(2N), the mean of the
/// chi-square 2N·M ~ χ²((U − 1)(K − 1)). A sampler without noise fails all three.
/// </summary>
public class InferenceAccuracyTests
{
    private const int Units = 200;
    private const int Groups = 3;

    private static readonly Lazy<(CountTable Table, InferenceEstimates Result)> Case = new(() =>
    {
        var random = new Random(77);
        var counts = new double[Units, Groups];
        for (var u = 0; u < Units; u++)
        {
            var size = random.Next(2000, 6000);
            for (var g = 0; g < Groups; g++)
            {
                counts[u, g] = Math.Round(size * (0.15 + (g == u % Groups ? 0.4 * random.NextDouble() : 0.2 * random.NextDouble())));
            }
        }

        var table = CountTable.Create(Enumerable.Range(0, Units).Select(u => "u" + u).ToArray(), ["a", "b", "c"], counts);
        return (table, Inference.Run(table, new InferenceOptions { Replicates = 1000, Seed = 1 }));
    });

    /// <summary>
    /// Var(M̂) ≈ (Σ p_ug h_ug² − M²) / N with h_ug = ln(p_ug / (p_u p_g)), the influence of a cell on M.
    /// With 1 000 replicates the bootstrap's standard error has a relative error of about 2.2 %; the tolerance is 10 %.
    /// </summary>
    [Fact]
    public void Bootstrap_StandardErrorOfM_MatchesTheDeltaMethod()
    {
        var (table, result) = Case.Value;
        double n = table.Total, m = Seg.MutualInformation(table), squares = 0;
        for (var u = 0; u < Units; u++)
        {
            for (var g = 0; g < Groups; g++)
            {
                var p = table[u, g] / n;
                var h = Math.Log(p / (table.UnitTotal(u) / n * (table.GroupTotal(g) / n)));
                squares += p * h * h;
            }
        }

        var expected = Math.Sqrt((squares - (m * m)) / n);
        Assert.InRange(result.MutualInformation!.StandardError / expected, 0.9, 1.1);
    }

    /// <summary>
    /// The plug-in M is biased upwards by about (U − 1)(K − 1)/(2N), and so is the bootstrap mean
    /// over M̂: observed − bias-corrected = mean(bootstrap) − observed. The Monte Carlo error of that
    /// mean is about 4 % of the bias; the tolerance is 20 %.
    /// </summary>
    [Fact]
    public void Bootstrap_BiasOfM_IsTheChiSquareMean()
    {
        var (table, result) = Case.Value;
        var expected = (Units - 1) * (Groups - 1) / (2 * table.Total);
        var estimate = result.MutualInformation!;
        Assert.InRange((estimate.Value - estimate.BiasCorrected) / expected, 0.8, 1.2);
    }

    /// <summary>Under random allocation 2N·M is about χ² with (U − 1)(K − 1) degrees of freedom; the mean over 1 000 draws is within 0.3 % of it by chance, the tolerance is 3 %.</summary>
    [Fact]
    public void Null_MeanOfM_IsTheChiSquareMean()
    {
        var (table, result) = Case.Value;
        var expected = (Units - 1) * (Groups - 1) / (2 * table.Total);
        var chance = result.MutualInformationByChance!;
        Assert.InRange(chance.Expected / expected, 0.97, 1.03);
        Assert.Equal(1.0 / 1001, chance.PValue);
    }
}
