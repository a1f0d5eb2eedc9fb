using CsCheck;
using Wijkmix.Segregation.Tests.Support;

namespace Wijkmix.Segregation.Tests.SegregationTests;

public class GroupContributionsTests
{
    [Fact]
    public void GroupContributions_ThreeGroupTable_GivesHandComputedParts()
    {
        // u1 3 1 0 / u2 0 1 1 / u3 1 0 1; unit weights t_u/T = 1/2, 1/4, 1/4.
        var table = CountTable.Create(["u1", "u2", "u3"], ["A", "B", "C"], new double[,] { { 3, 1, 0 }, { 0, 1, 1 }, { 1, 0, 1 } });
        var parts = Segregation.GroupContributions(table);

        // A (4 people): 3/4 ln((3/4)/(1/2)) + 1/4 ln((1/4)/(1/4)) = 3/4 ln 1.5; share 1/2.
        Assert.Equal(("A", 0.5), (parts[0].Group, parts[0].Share));
        Assert.Equal(0.75 * Math.Log(1.5), parts[0].LocalSegregation, 14);
        // B (2): 1/2 ln((1/2)/(1/2)) + 1/2 ln((1/2)/(1/4)) = 1/2 ln 2.
        Assert.Equal(0.5 * Math.Log(2), parts[1].LocalSegregation, 14);
        // C (2): 1/2 ln 2 + 1/2 ln 2 = ln 2.
        Assert.Equal(Math.Log(2), parts[2].LocalSegregation, 14);
        // Σ P_g ls_g = 3/8 ln 1.5 + 1/8 ln 2 + 1/4 ln 2 = 3/8 ln 3 = M.
        Assert.Equal(0.375 * Math.Log(3), parts.Sum(p => p.Contribution), 14);
        Assert.Equal(0.25 * Math.Log(2), parts[2].Contribution, 14);
    }

    [Fact]
    public void GroupContributions_RandomTables_SumToM()
    {
        Generators.Grids().Sample(grid =>
        {
            var table = grid.ToTable();
            foreach (var logBase in new[] { Math.E, 2 })
            {
                var parts = Segregation.GroupContributions(table, logBase);
                Approx.Absolute(Segregation.MutualInformation(table, logBase), parts.Sum(p => p.Contribution), 1e-12, "Σ P_g ls_g");
                Approx.Absolute(1, parts.Sum(p => p.Share), 1e-12, "Σ P_g");
                Assert.Equal(table.Groups, parts.Select(p => p.Group));
                Assert.All(parts, p => Approx.Equal(p.Share * p.LocalSegregation, p.Contribution, "P_g ls_g"));
            }
        }, iter: Generators.Iterations, print: g => g.ToString());
    }
}
