using Wijkmix.Simulation.Model;

namespace Wijkmix.Simulation.Tests;

/// <summary>Iterative proportional fitting: checked against a table fitted by hand, and for its two defining properties.</summary>
public sealed class IpfTests
{
    [Fact]
    public void Fit_TwoByTwo_MatchesTheHandComputedTable()
    {
        // Seed [[1, 1], [1, 3]] (odds ratio 3) to rows (40, 60) and columns (50, 50). With a the top-left
        // cell, the table is [[a, 40 − a], [50 − a, 10 + a]] and keeps the odds ratio:
        // a(10 + a) = 3(40 − a)(50 − a) ⇔ a² − 140a + 3000 = 0 ⇔ a = 70 − √1900.
        double[] cells = [1, 1, 1, 3];
        var a = 70 - Math.Sqrt(1900);

        Ipf.Fit(cells, [2, 2], [[40, 60], [50, 50]]);

        Assert.Equal(a, cells[0], 9);
        Assert.Equal(40 - a, cells[1], 9);
        Assert.Equal(50 - a, cells[2], 9);
        Assert.Equal(10 + a, cells[3], 9);
    }

    [Fact]
    public void Fit_ThreeDimensions_MatchesEveryMarginAndKeepsTheSeedsOddsRatio()
    {
        var seed = new double[2 * 3 * 2];
        for (var i = 0; i < seed.Length; i++)
        {
            seed[i] = 1 + (i % 5);
        }

        var cells = (double[])seed.Clone();
        double[][] margins = [[30, 70], [20, 30, 50], [45, 55]];

        var error = Ipf.Fit(cells, [2, 3, 2], margins);

        Assert.True(error < 1e-9, $"remaining error {error}");
        Assert.Equal(30, cells[..6].Sum(), 9);
        Assert.Equal(20, cells[0] + cells[1] + cells[6] + cells[7], 9);
        Assert.Equal(45, cells.Where((_, i) => i % 2 == 0).Sum(), 9);
        static double Odds(double[] t) => t[0] * t[7] / (t[1] * t[6]);
        Assert.Equal(Odds(seed), Odds(cells), 9);
    }

    [Fact]
    public void Integerise_KeepsTheRoundedTotal_AndEachCellWithinOne()
    {
        double[] values = [2.6, 0.2, 3.3, 1.9, 0.0];

        var whole = Ipf.Integerise(values);

        Assert.Equal(8, whole.Sum());
        Assert.All(values.Zip(whole), p => Assert.True(Math.Abs(p.First - p.Second) < 1));
    }
}
