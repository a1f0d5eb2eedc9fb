using CsCheck;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.Internal;

public class DecompositionTests
{
    // u1 3 1 0 / u2 0 1 1 / u3 1 0 1, M = 3/8 ln 3; u1 and u2 in wijk W1 = (3, 2, 1), u3 in W2 = (1, 0, 1).
    private static readonly CountTable Three = CountTable.Create(["u1", "u2", "u3"], ["A", "B", "C"], new double[,] { { 3, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 } });

    [Fact]
    public void Decompose_OneLevel_SplitsMByHand()
    {
        var result = Segregation.Decompose(Three, [("wijk", ["W1", "W1", "W2"])], "buurt");

        // Between wijken: E = 1.5 ln 2; wijk entropies: W1 shares 1/2, 1/3, 1/6 → 2/3 ln 2 + 1/2 ln 3,
        // W2 → ln 2; weights 3/4, 1/4: Σ = 3/4 ln 2 + 3/8 ln 3. Between = 1.5 ln 2 − that = 3/4 ln 2 − 3/8 ln 3.
        // Within = M − between = 3/8 ln 3 − 3/4 ln 2 + 3/8 ln 3 = 3/4 ln(3/2) (also the Local test's sum).
        var between = (0.75 * Math.Log(2)) - (0.375 * Math.Log(3));
        var within = 0.75 * Math.Log(1.5);
        Assert.Equal(["wijk", "buurt within wijk"], result.Components.Select(c => c.Level));
        Assert.Equal(between, result.Components[0].MutualInformation, 14);
        Assert.Equal(within, result.Components[1].MutualInformation, 14);
        Assert.Equal(0.375 * Math.Log(3), result.MutualInformation, 14);
        Assert.Equal(0.25 * Math.Log2(3), result.Theil, 14); // H = M / E = (3/8 ln 3) / (3/2 ln 2)
        Assert.Equal(between / (1.5 * Math.Log(2)), result.Components[0].Theil, 14);
        Assert.Equal(between / (0.375 * Math.Log(3)), result.Components[0].Share, 14);
    }

    [Fact]
    public void Decompose_NoLevels_IsOneComponentHoldingAllOfM()
    {
        var result = Segregation.Decompose(Three, [], logBase: 2);
        var component = Assert.Single(result.Components);
        Assert.Equal("unit", component.Level);
        Assert.Equal(0.375 * Math.Log2(3), component.MutualInformation, 14);
        Assert.Equal(1, component.Share, 14);
    }

    [Fact]
    public void Decompose_TwoLevels_NamesComponentsFromTheTopDown()
    {
        var result = Segregation.Decompose(Three, [("wijk", ["W1", "W1", "W2"]), ("gemeente", ["G", "G", "G"])], "buurt");
        Assert.Equal(["gemeente", "wijk within gemeente", "buurt within wijk"], result.Components.Select(c => c.Level));
        Assert.Equal(0, result.Components[0].MutualInformation); // one gemeente: nothing between gemeenten
    }

    [Fact]
    public void Decompose_SameAncestorNameOnTwoLevels_KeepsTheLevelsApart()
    {
        // "X" is a wijk and also a gemeente; the levels still nest.
        var named = Segregation.Decompose(Three, [("wijk", ["X", "X", "Y"]), ("gemeente", ["X", "X", "X"])]);
        var plain = Segregation.Decompose(Three, [("wijk", ["W1", "W1", "W2"]), ("gemeente", ["G", "G", "G"])]);
        Assert.Equal(plain.Components.Select(c => c.MutualInformation), named.Components.Select(c => c.MutualInformation));
    }

    [Fact]
    public void Decompose_EvenTable_HasZeroSharesRatherThanNaN()
    {
        var even = CountTable.Create(["u1", "u2"], ["A", "B"], new double[,] { { 1, 3 }, { 2, 6 } });
        var result = Segregation.Decompose(even, [("wijk", ["W", "W"])]);
        Assert.All(result.Components, c => Assert.Equal(0, c.Share));
        Assert.Equal(0, result.MutualInformation);
    }

    [Fact]
    public void Decompose_RandomTwoLevelNesting_ComponentsAddUpToM()
    {
        Generators.Nestings().Sample(t =>
        {
            var table = t.Grid.ToTable();
            var wijk = Wijken(t);
            foreach (var logBase in new[] { Math.E, 2 })
            {
                var result = Segregation.Decompose(table, [("wijk", wijk)], logBase: logBase);
                var m = Segregation.MutualInformation(table, logBase);
                Assert.Equal(2, result.Components.Count);
                Approx.Absolute(m, result.Components.Sum(c => c.MutualInformation), 1e-12, "Σ components");
                Approx.Absolute(m, result.MutualInformation, 1e-12, "M of the decomposition");
                Approx.Absolute(Segregation.MutualInformation(table.Aggregate(wijk), logBase), result.Components[0].MutualInformation, 1e-12,
                    "between = M of the aggregated table");
                var within = Segregation.Local(table, wijk, logBase).Sum(l => l.Contribution);
                Approx.Absolute(within, result.Components[1].MutualInformation, 1e-12, "within = Σ local contributions against the parent");
            }

            var theil = Segregation.Decompose(table, [("wijk", wijk)]);
            Approx.Absolute(Segregation.Theil(table), theil.Components.Sum(c => c.Theil), 1e-12, "Σ H components");
            Approx.Absolute(Segregation.Theil(table), theil.Theil, 1e-12, "H of the decomposition");
        }, iter: Generators.Iterations, print: Show);
    }

    [Fact]
    public void Decompose_RandomThreeLevelNesting_ComponentsAddUpToM()
    {
        Generators.Nestings().Sample(t =>
        {
            var table = t.Grid.ToTable();
            var (wijk, gemeente) = (Wijken(t), Gemeenten(t));
            var result = Segregation.Decompose(table, [("wijk", wijk), ("gemeente", gemeente)]);
            var m = Segregation.MutualInformation(table);
            Assert.Equal(3, result.Components.Count);
            Approx.Absolute(m, result.Components.Sum(c => c.MutualInformation), 1e-12, "Σ components");
            Approx.Absolute(m, result.MutualInformation, 1e-12, "M of the decomposition");

            var mGemeente = Segregation.MutualInformation(table.Aggregate(gemeente));
            var mWijk = Segregation.MutualInformation(table.Aggregate(wijk));
            Approx.Absolute(mGemeente, result.Components[0].MutualInformation, 1e-12, "between gemeenten");
            Approx.Absolute(mWijk - mGemeente, result.Components[1].MutualInformation, 1e-12, "wijken within gemeenten");
            Approx.Absolute(m - mWijk, result.Components[2].MutualInformation, 1e-12, "units within wijken");
            Assert.All(result.Components, c => Assert.True(c.MutualInformation >= 0, c.Level));
            if (m > 1e-9)
            {
                Approx.Absolute(1, result.Components.Sum(c => c.Share), 1e-9, "Σ shares");
            }
        }, iter: Generators.Iterations, print: Show);
    }

    private static string[] Wijken((Grid Grid, int[] WijkOf, int[] GemeenteOf) t) => [.. t.WijkOf.Select(w => "W" + w)];

    private static string[] Gemeenten((Grid Grid, int[] WijkOf, int[] GemeenteOf) t) => [.. t.WijkOf.Select(w => "G" + t.GemeenteOf[w])];

    private static string Show((Grid Grid, int[] WijkOf, int[] GemeenteOf) t) =>
        $"wijk of unit {string.Join(',', t.WijkOf)}, gemeente of wijk {string.Join(',', t.GemeenteOf)} of\n{t.Grid}";
}
