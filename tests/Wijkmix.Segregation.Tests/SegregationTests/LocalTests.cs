using CsCheck;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.SegregationTests;

public class LocalTests
{
    // u1 3 1 0 / u2 0 1 1 / u3 1 0 1: T = 8, city shares π = 1/2, 1/4, 1/4, M = 0.375 ln 3 (see reference-cases.txt).
    private static readonly CountTable Three = CountTable.Create(["u1", "u2", "u3"], ["A", "B", "C"], new double[,] { { 3, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 } });

    [Fact]
    public void Local_ThreeGroupTable_GivesHandComputedQuotientsAndDivergences()
    {
        var local = Segregation.Local(Three);

        // u1: shares 3/4, 1/4, 0 against 1/2, 1/4, 1/4 → quotients 3/2, 1, 0; ls = 3/4 ln(3/2) + 1/4 ln 1;
        // weight 4/8; entropy −(3/4 ln 3/4 + 1/4 ln 1/4) = 2 ln 2 − 3/4 ln 3.
        Assert.Equal("u1", local[0].Unit);
        Assert.Equal(0.5, local[0].Weight, 15);
        Assert.Equal([1.5, 1, 0], local[0].LocationQuotients);
        Assert.Equal(0.75 * Math.Log(1.5), local[0].LocalSegregation, 14);
        Assert.Equal((2 * Math.Log(2)) - (0.75 * Math.Log(3)), local[0].Entropy, 14);

        // u2: shares 0, 1/2, 1/2 → quotients 0, 2, 2; ls = 1/2 ln 2 + 1/2 ln 2 = ln 2; entropy ln 2.
        Assert.Equal([0, 2, 2], local[1].LocationQuotients);
        Assert.Equal(Math.Log(2), local[1].LocalSegregation, 14);
        Assert.Equal(Math.Log(2), local[1].Entropy, 14);

        // u3: shares 1/2, 0, 1/2 → quotients 1, 0, 2; ls = 1/2 ln 1 + 1/2 ln 2.
        Assert.Equal([1, 0, 2], local[2].LocationQuotients);
        Assert.Equal(0.5 * Math.Log(2), local[2].LocalSegregation, 14);

        // Σ p_u ls_u = 1/2 · 3/4 ln(3/2) + 1/4 ln 2 + 1/4 · 1/2 ln 2 = 3/8 ln(3/2) + 3/8 ln 2 = 3/8 ln 3 = M.
        Assert.Equal(0.375 * Math.Log(3), local.Sum(l => l.Contribution), 14);
        Assert.Equal(local[1].Weight * local[1].LocalSegregation, local[1].Contribution);
    }

    [Fact]
    public void Local_BaseTwo_ReportsBits()
    {
        var local = Segregation.Local(Three, logBase: 2);
        Assert.Equal(1, local[1].LocalSegregation, 14); // ln 2 nats = 1 bit
        Assert.Equal(1, local[1].Entropy, 14);
        Assert.Equal(0.375 * Math.Log2(3), local.Sum(l => l.Contribution), 14);
    }

    [Fact]
    public void Local_WithParents_MeasuresEachUnitAgainstItsParent()
    {
        // W1 = u1 + u2 = (3, 2, 1), shares 1/2, 1/3, 1/6; W2 = u3 = (1, 0, 1).
        var local = Segregation.Local(Three, ["W1", "W1", "W2"]);

        // u1 against W1: quotients (3/4)/(1/2), (1/4)/(1/3), 0; ls = 3/4 ln(3/2) + 1/4 ln(3/4).
        Assert.Equal([1.5, 0.75, 0], local[0].LocationQuotients);
        Assert.Equal((0.75 * Math.Log(1.5)) + (0.25 * Math.Log(0.75)), local[0].LocalSegregation, 14);

        // u2 against W1: 1/2 ln(3/2) + 1/2 ln 3.
        Assert.Equal((0.5 * Math.Log(1.5)) + (0.5 * Math.Log(3)), local[1].LocalSegregation, 14);

        // u3 is all of W2: no divergence; B is absent from W2, so its quotient 0/0 is not a number.
        Assert.Equal(0, local[2].LocalSegregation, 15);
        Assert.Equal(1, local[2].LocationQuotients[0], 15);
        Assert.True(double.IsNaN(local[2].LocationQuotients[1]));

        // Within part: 1/2 (3/4 ln 1.5 + 1/4 ln 0.75) + 1/4 (1/2 ln 1.5 + 1/2 ln 3) = 1/2 ln 1.5 + 1/8 ln 2.25 = 3/4 ln 1.5.
        Assert.Equal(0.75 * Math.Log(1.5), local.Sum(l => l.Contribution), 14);
    }

    [Fact]
    public void Local_RandomTables_ContributionsSumToM()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            var local = Segregation.Local(table);
            Approx.Absolute(Segregation.MutualInformation(table), local.Sum(l => l.Contribution), 1e-12, "Σ p_u ls_u");
            Approx.Absolute(1, local.Sum(l => l.Weight), 1e-12, "Σ p_u");
            Assert.Equal(table.Units, local.Select(l => l.Unit));
            Assert.All(local, l => Assert.True(l.LocalSegregation >= 0));
            var bits = Segregation.Local(table, logBase: 2);
            Approx.Absolute(Segregation.MutualInformation(table, 2), bits.Sum(l => l.Contribution), 1e-12, "Σ p_u ls_u in bits");
        }, iter: Generators.Iterations, print: g => g.ToString());
    }

    [Fact]
    public void Local_RandomTablesWithParents_ContributionsSumToTheWithinPart()
    {
        Generators.Nestings().Sample(t =>
        {
            var table = t.Grid.ToTable();
            var parents = t.WijkOf.Select(w => "W" + w).ToArray();
            var within = Segregation.MutualInformation(table) - Segregation.MutualInformation(table.Aggregate(parents));
            Approx.Absolute(within, Segregation.Local(table, parents).Sum(l => l.Contribution), 1e-12, "Σ p_u ls_u against the parent");
        }, iter: Generators.Iterations, print: t => $"wijken {string.Join(',', t.WijkOf)} of\n{t.Grid}");
    }
}
